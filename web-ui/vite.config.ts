import { fileURLToPath } from 'node:url';
import { NodePackageImporter } from 'sass';
import { defineConfig } from 'vite';

// The LCN server serves dist/ itself (index.html for any non-/api path), so
// asset URLs are root-absolute. In development `npm run dev` proxies /api to a
// running server: LCN_API=http://127.0.0.1:8080 npm run dev
const nhsukImages = fileURLToPath(new URL('./node_modules/nhsuk-frontend/dist/nhsuk/assets/images', import.meta.url));

export default defineConfig({
  base: '/',
  resolve: {
    alias: { '@nhsuk-images': nhsukImages },
  },
  css: {
    preprocessorOptions: {
      // Sass loads nhsuk-frontend itself through "pkg:" URLs, so Vite does not
      // rewrite the design system's url() expressions.
      scss: { api: 'modern-compiler', quietDeps: true, importers: [new NodePackageImporter()] },
    },
  },
  server: {
    proxy: {
      '/api': { target: process.env.LCN_API ?? 'http://127.0.0.1:8080', changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
  },
});
