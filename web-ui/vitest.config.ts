// Unit tests (npm test): *.test.ts beside the code, in happy-dom, with the
// same Vite config as the build (Sass, aliases, import.meta.glob).
import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: 'happy-dom',
      include: ['src/**/*.test.ts'],
      css: false,
      restoreMocks: true,
      // One happy-dom for all files of a worker (5x faster here): each test
      // installs its own FakeClient and user, and mounts a fresh page.
      isolate: false,
    },
  }),
);
