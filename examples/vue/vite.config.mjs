// Builds this example on its own: `npx vite build --config examples/vue/vite.config.mjs`
// (after `npm run build`: the example imports the package by name, which resolves to dist/).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  // No @vitejs/plugin-vue: render functions need no compiler. These are the flags that plugin would set.
  define: {
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  build: {
    outDir: fileURLToPath(new URL('../../build/examples/vue', import.meta.url)),
    emptyOutDir: true,
  },
});
