import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('.', import.meta.url)) },
    // lib/segment imports 'server-only', which only resolves to an empty module under this condition.
    conditions: ['react-server'],
  },
  ssr: { resolve: { conditions: ['react-server', 'node'] } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
