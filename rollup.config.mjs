// Production builds measured by `npm run size` (min+gzip): each element entry with Lit, the
// localization runtime and validation, the default flow and the locale messages as lazy chunks.
import resolve from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

/** zod 4 warns about its own annotations and import cycles: harmless, filtered by code only. */
export function onwarn(warning, warn) {
  if (warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY') return;
  warn(warning);
}

export const plugins = () => [
  resolve({ exportConditions: ['production', 'browser', 'import', 'default'] }),
  json({ preferConst: true, compact: true }),
  esbuild({ tsconfig: 'tsconfig.json', target: 'es2022', minify: false }),
  terser({ ecma: 2022, module: true, format: { comments: false }, compress: { passes: 2 } }),
];

/** Entry points measured, by name. */
export const sizeEntries = {
  'login-help-flow': 'src/define/login-help-flow.ts',
};

export default {
  input: sizeEntries,
  output: { dir: 'build/size', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
  plugins: plugins(),
  onwarn,
};
