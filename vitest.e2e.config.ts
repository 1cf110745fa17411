import { defineConfig } from 'vitest/config';

// End-to-end tests drive one real Chromium each; on a 2-core machine they run one file at a time.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
