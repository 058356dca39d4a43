import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.{ts,tsx}', 'web/src/**/*.test.{ts,tsx}'],
    globalSetup: ['tests/support/global-setup.ts'],
    // All suites share one throwaway Neo4j (Community has a single user database), and some edit
    // the graph, so test files run one after another.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ['default'],
  },
});
