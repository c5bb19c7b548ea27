// Builds the example's browser code: `npx vite build --config examples/ssr/vite.config.mjs`
// (after `npm run build`: it imports the package by name, which resolves to dist/). The name of
// the entry chunk is written to entry.txt for server.mjs.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const outDir = fileURLToPath(new URL('../../build/examples/ssr', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  build: {
    outDir,
    emptyOutDir: true,
    rollupOptions: { input: fileURLToPath(new URL('client.ts', import.meta.url)) },
    manifest: false,
  },
  plugins: [
    {
      name: 'entry-name',
      writeBundle(_options, bundle) {
        const entry = Object.values(bundle).find((chunk) => chunk.type === 'chunk' && chunk.isEntry);
        writeFileSync(`${outDir}/entry.txt`, entry.fileName);
      },
    },
  ],
});
