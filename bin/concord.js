#!/usr/bin/env node
// Runs the Concord CLI from its TypeScript sources: no build step between a checkout and `npx concord`.
import { setFlagsFromString } from 'node:v8';
import { register } from 'tsx/esm/api';

// Extraction runs a few hundred large lexicon regexes; compiled straight to machine code they run 2–3 times
// faster than in V8's regexp interpreter, which otherwise keeps the rarely-repeated ones.
setFlagsFromString('--regexp-tier-up-ticks=0');
register();
await import('../src/cli/run.ts');
