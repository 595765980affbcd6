// Stories: copies of one story (syndication, rewrites, translations) recognised from small signatures.
// A store keeps each signature's band keys in an indexed table; equal keys give candidates to confirm.
export { storySignature, estimateSimilarity, estimateContainment, SIGNATURE_VERSION, SIGNATURE_SHAPE } from './signature.js';
export type { StorySignature } from './signature.js';
export { matchStory, STORY_MATCH_DEFAULTS } from './match.js';
export type { StoryItem, StoryMatch, StoryMatchOptions } from './match.js';
export { groupStories, toStory, GROUP_DEFAULTS } from './group.js';
export type { GroupOptions, Story } from './group.js';
export { storyAnchors } from './anchors.js';
export { syntheticCorpus } from './synthetic.js';
export type { SyntheticCorpus, SyntheticDocument } from './synthetic.js';
