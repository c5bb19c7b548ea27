// Three builds:
// - the package (`npm run build`): ESM modules under dist/, one per source module, keeping
//   lit, @lit/localize and zod as imports (Lit is shipped once, by the host's bundler);
// - the one-file bundle (`npm run build` too): dist/login-help-elements.bundle.js, for a plain
//   `<script type="module">` with no bundler and no import map;
// - the size build (`npm run size`, see scripts/size.mjs): each element entry minified with
//   everything inside, as a page loads it.
import resolve from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

/** zod 4 warns about its own annotations and import cycles: harmless, filtered by code only. */
export function onwarn(warning, warn) {
  if (warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY') return;
  warn(warning);
}

const typescript = () => esbuild({ tsconfig: 'tsconfig.json', target: 'es2022', minify: false });

/**
 * Minifies the CSS of Lit's css`…` literals in the element style modules (terser leaves template
 * strings as they are): comments dropped, whitespace collapsed, and removed around `{`, `}`, `;`,
 * after `,` and after a declaration's `property:`. Spaces that carry meaning (descendant selectors, values) stay single spaces.
 */
export function minifyCssLiterals() {
  const literal = /css`([^`]*)`/g;
  const minify = (text) =>
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};])\s*/g, '$1')
      .replace(/,\s+/g, ',')
      .replace(/([{;])(--?[\w-]+|[a-z-]+):\s+/g, '$1$2:')
      .replace(/;}/g, '}')
      .trim();
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (!/\.styles\.ts$/.test(id) || code.includes('${')) return null;
      return { code: code.replace(literal, (_, css) => `css\`${minify(css)}\``), map: null };
    },
  };
}
/**
 * CodeMirror and what it is made of: bundled INTO dist/ (under dist/vendor/, see `entryFileNames`)
 * for the studio (`./studio.js`), so that a site needs no extra dependency; they stay devDependencies.
 */
const isBundledDependency = (id) => /[\\/]node_modules[\\/](@codemirror|@lezer|@marijn|style-mod|w3c-keyname|crelt)[\\/]/.test(id);
const isDependency = (id) =>
  /^(lit|lit-html|lit-element|@lit\/|@lit-labs\/|zod)(\/|$)/.test(id) ||
  id.startsWith('node:') ||
  (id.includes('/node_modules/') && !isBundledDependency(id));

/** The package's modules. */
export const packageConfig = {
  input: {
    index: 'src/index.ts',
    'define/login-help-flow': 'src/define/login-help-flow.ts',
    'define/auth-code-explainer': 'src/define/auth-code-explainer.ts',
    'define/recovery-request-form': 'src/define/recovery-request-form.ts',
    'define/hydrate': 'src/define/hydrate.ts',
    'define/studio': 'src/define/studio.ts',
    'request/index': 'src/request/index.ts',
    'server/index': 'src/server/index.ts',
    'server/deliver/index': 'src/server/deliver/index.ts',
    'server/redis': 'src/server/redis.ts',
    'server/postgres': 'src/server/postgres.ts',
    'adapters/index': 'src/adapters/index.ts',
    'static/index': 'src/static/index.ts',
    'ssr/index': 'src/ssr/index.ts',
    'flow/index': 'src/flow/index.ts',
    'totp/index': 'src/totp/index.ts',
    'cli/bin': 'src/cli/bin.ts',
    'generated/locales/ja': 'src/generated/locales/ja.ts',
    'generated/locales/zh-Hans': 'src/generated/locales/zh-Hans.ts',
  },
  external: isDependency,
  output: {
    dir: 'dist',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'src',
    // npm never packs a folder named node_modules: bundled dependencies go to dist/vendor/.
    entryFileNames: (chunk) => `${chunk.name.replace(/^(.*[\\/])?node_modules[\\/]/, 'vendor/')}.js`,
    banner: (chunk) => (chunk.fileName === 'cli/bin.js' ? '#!/usr/bin/env node' : ''),
  },
  plugins: [resolve(), json({ preferConst: true }), minifyCssLiterals(), typescript()],
  onwarn,
};

/** Entry points measured by `npm run size`, by name. */
export const sizeEntries = {
  'login-help-flow': 'src/define/login-help-flow.ts',
  'auth-code-explainer': 'src/define/auth-code-explainer.ts',
  'recovery-request-form': 'src/define/recovery-request-form.ts',
};

export const sizeConfig = {
  input: sizeEntries,
  output: { dir: 'build/size', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
  plugins: [
    resolve({ exportConditions: ['production', 'browser', 'import', 'default'] }),
    json({ preferConst: true, compact: true }),
    minifyCssLiterals(),
    typescript(),
    terser({ ecma: 2022, module: true, format: { comments: false }, compress: { passes: 2 } }),
  ],
  onwarn,
};

/**
 * `login-help-elements/login-help-elements.bundle.js`: ONE file that registers the three elements,
 * with Lit, @lit/localize and zod inside, for a page with no bundler and no import map. Lazy
 * parts (the default flow, the Japanese messages, validation) are inlined too: a second file
 * would be resolved against the page's import map or 404. Production builds of Lit (no dev-mode
 * warnings), minified. It exports what the root entry exports (the classes and the flow API).
 */
export const bundleConfig = {
  input: 'src/index.ts',
  output: {
    file: 'dist/login-help-elements.bundle.js',
    format: 'es',
    inlineDynamicImports: true,
  },
  plugins: [
    resolve({ browser: true, exportConditions: ['production', 'browser', 'import', 'default'] }),
    json({ preferConst: true, compact: true }),
    minifyCssLiterals(),
    typescript(),
    terser({ ecma: 2022, module: true, format: { comments: false }, compress: { passes: 2 } }),
  ],
  onwarn,
};

/**
 * `dist/studio.bundle.js`: ONE file that registers `<login-help-flow-studio>` (and the guide it
 * shows), with Lit, CodeMirror and everything else inside, minified: what the CLI's `studio`
 * command serves.
 */
export const studioBundleConfig = {
  ...bundleConfig,
  input: 'src/define/studio.ts',
  output: { ...bundleConfig.output, file: 'dist/studio.bundle.js' },
};

export default [packageConfig, bundleConfig, studioBundleConfig];
