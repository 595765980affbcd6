#!/usr/bin/env node
// Runs the Concord CLI from its TypeScript sources: no build step between a checkout and `npx concord`.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/run.ts');
