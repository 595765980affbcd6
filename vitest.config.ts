import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 120_000,
    // Storage tests open databases; keep the two cores for them rather than oversubscribing.
    maxWorkers: 2,
  },
});
