// The timeline: events and instruments in date order, merged across documents, plans apart from happenings.
export { datesAgree, eventEntries, instrumentEntries, isPlanned, sameEvent, timeline } from './timeline.js';
export type { EventEvidence, TimelineEntry, TimelineFilter, TimelineSource, TimelineStatus, TimelineType } from './timeline.js';
