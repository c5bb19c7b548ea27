// Browser tests in Debian's Chromium (see README): TypeScript through esbuild, JSON modules,
// a summary line `N passed, N failed` for CI. Run under tsx (see package.json): the test server's
// request endpoint is the library's own TypeScript server handler.
import { esbuildPlugin } from '@web/dev-server-esbuild';
// `a11ySnapshot` (Chromium's accessibility tree, shadow roots included) for test/spoken-output.test.ts.
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { testRoutes } from './test/support/test-routes.mjs';
import { requestEndpoint } from './test/support/request-endpoint.ts';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

export default {
  // The keyboard walks of every path, the many-language page and the spoken output (focus moves
  // heard by screen-reader models) run first, on their own, in a page that keeps the focus and
  // full-speed timers (package.json `test:browser`).
  files: [
    'test/**/*.test.ts',
    '!test/**/*.node.test.ts',
    '!test/keyboard-walk.test.ts',
    '!test/keyboard-walk-site.test.ts',
    '!test/mixed-languages.test.ts',
    '!test/spoken-output.test.ts',
  ],
  nodeResolve: true,
  middleware: [testRoutes(), requestEndpoint()],
  concurrency: 2,
  // The keyboard walk of every path takes a while on two cores.
  testsFinishTimeout: 600_000,
  testFramework: { config: { timeout: 10000 } },
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: './tsconfig.json', target: 'es2022' }), a11ySnapshotPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumArgs },
    }),
  ],
  // Lit's dev-mode notice is expected in tests; everything else a test logs is shown.
  filterBrowserLogs: ({ args }) => !args.some((arg) => typeof arg === 'string' && arg.includes('Lit is in dev mode')),
  reporters: [defaultReporter(), summaryReporter()],
};
