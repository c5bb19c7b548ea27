/**
 * Storybook 10 for the Lit elements of login-help-elements.
 *
 *   dev:   STORYBOOK_DISABLE_TELEMETRY=1 storybook dev -p 6006 --no-open
 *   build: STORYBOOK_DISABLE_TELEMETRY=1 storybook build -o build/storybook --quiet
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsconfigPath = join(root, 'tsconfig.json');

interface DecoratorOptions {
  experimentalDecorators?: boolean;
  useDefineForClassFields?: boolean;
}

/** The options of the project's tsconfig.json that decide how decorators and class fields compile. */
function decoratorOptions(): Required<DecoratorOptions> {
  const { compilerOptions = {} } = JSON.parse(readFileSync(tsconfigPath, 'utf8')) as { compilerOptions?: DecoratorOptions };
  return {
    experimentalDecorators: compilerOptions.experimentalDecorators ?? false,
    useDefineForClassFields: compilerOptions.useDefineForClassFields ?? true,
  };
}

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    const ts = decoratorOptions();
    // Vite 8 compiles TypeScript with Oxc, not esbuild: an `esbuild: { tsconfigRaw }` setting is
    // dropped when Vite converts it to Oxc options. Lit's decorators need the TypeScript
    // (experimental) semantics and `useDefineForClassFields: false`, otherwise the element fails
    // with "Unsupported decorator location" or Lit's "class field" dev-mode error. Oxc would find
    // tsconfig.json on its own; pointing at it and passing the options explicitly makes that
    // independent of where the file being compiled lives.
    return mergeConfig(viteConfig, {
      tsconfig: tsconfigPath,
      // Dev server only: Storybook's web-components renderer (not pre-bundled) imports
      // `lit/directive-helpers.js`, which is not among the pre-bundled deps the stories found, so
      // it was served unbundled next to the pre-bundled `lit`: two lit-html copies and Lit's
      // "Multiple versions of Lit loaded" warning in every story. Pre-bundle it with the rest.
      optimizeDeps: { include: ['lit/directive-helpers.js'] },
      // Storybook's own preview runtime is one ~880 kB chunk: not this project's concern.
      build: { chunkSizeWarningLimit: 1200 },
      oxc: {
        decorator: { legacy: ts.experimentalDecorators },
        assumptions: { setPublicClassFields: !ts.useDefineForClassFields },
        typescript: { removeClassFieldsWithoutInitializer: !ts.useDefineForClassFields },
      },
    });
  },
};

export default config;
