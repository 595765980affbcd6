// The vocabulary every stage shares. No I/O lives here.
export * from './span.js';
export * from './language.js';
export * from './mention.js';
export * from './facts.js';
export * from './diagnostic.js';
export * from './extraction.js';
export * from './document.js';
export * from './errors.js';
export * from './ids.js';
