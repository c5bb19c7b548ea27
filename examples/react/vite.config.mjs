// Builds this example on its own: `npx vite build --config examples/react/vite.config.mjs`
// (after `npm run build`: the example imports the package by name, which resolves to dist/).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  // Vite's built-in Oxc transform compiles JSX; no React plugin is needed (none gives Fast Refresh here).
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: fileURLToPath(new URL('../../build/examples/react', import.meta.url)),
    emptyOutDir: true,
  },
});
