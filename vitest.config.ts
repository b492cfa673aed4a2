import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/helpers/build-site.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    // Browser and build tests share two cores; more workers only make them slower.
    maxWorkers: 2,
    reporters: ['default', 'json'],
    outputFile: { json: 'test/.tmp/vitest-results.json' },
  },
});
