// The guide as sites ship it, against SurveyJS shipped the same way: page loads over HTTP from a
// static server on 127.0.0.1, with and without round trips emulated over the DevTools Protocol.
//
// - bundler setup (README, "With a bundler"): a site whose page imports
//   'login-help-elements/login-help-flow.js' (the package's dist/ ES modules, resolved through its
//   `exports`), built by Vite with its defaults (code splitting, modulepreload links for the entry's
//   chunks, lazy chunks fetched on first need); SurveyJS built by the same Vite run from its ES
//   modules (survey-core + survey-js-ui + the theme CSS, extracted from the npm tarballs the size
//   section packs), the survey JSON bundled into its entry;
// - one-file setup: dist/login-help-elements.bundle.js in a <script type="module">.
//
// Two spans, each page fresh (nothing cached: the server answers no-store):
// - "create": the page has loaded its scripts; performance.now() before createElement (ours) or
//   new Model(json) (SurveyJS), stop when the first step's heading / first question's title is in
//   the DOM (bench/lib/harness.mjs, as section 2);
// - "load": the element (or the survey's container) is in the page's HTML; from navigation start
//   (performance.timeOrigin) to the same heading / title in the DOM, seen by a MutationObserver set
//   up by a classic inline script in the page (on the guide's shadow root as it is attached).
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from './sizes.mjs';

/**
 * A classic script that records window.__firstStep = { dom, layout } (ms since navigation start)
 * when the first step's heading (ours) or the first question's title (SurveyJS) reaches the DOM.
 */
function probe(kind, title) {
  const find =
    kind === 'ours'
      ? `(root) => { const h = root.querySelector('h2'); return h && collapse(h.textContent) === title ? h : null; }`
      : `(root) => [...root.querySelectorAll('[class*="question__title"], .sv_q_title')].find((n) => collapse(n.textContent).includes(title))`;
  // Ours: the shadow root the element attaches when it is upgraded, or one the HTML declared
  // (a server-rendered guide: already parsed when this script, after it, runs).
  const start =
    kind === 'ours'
      ? `const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    if (this.localName === 'login-help-flow') watch(root);
    return root;
  };
  const declared = document.querySelector('login-help-flow')?.shadowRoot;
  if (declared && !check(declared)) watch(declared);`
      : `watch(document.getElementById('survey'));`;
  return `<script>
(() => {
  const title = ${JSON.stringify(title)};
  const collapse = (value) => (value ?? '').replace(/\\s+/g, ' ').trim();
  const find = ${find};
  const result = (window.__firstStep = {});
  const check = (root) => {
    const node = find(root);
    if (!node || result.dom !== undefined) return false;
    result.dom = performance.now();
    node.getBoundingClientRect();
    result.layout = performance.now();
    return true;
  };
  const watch = (root) => {
    const observer = new MutationObserver(() => check(root) && observer.disconnect());
    observer.observe(root, { childList: true, subtree: true, characterData: true });
  };
  ${start}
})();
</script>`;
}

/** A bench page: `body` in a minimal English document, `head` in its head. */
export const htmlPage = (body, head = '') => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>bench</title>
${head}
</head>
<body>
${body}
</body>
</html>
`;

const HOST = '<main id="host" style="max-width: 42rem; margin: 1rem auto; font-family: sans-serif">';

/**
 * Builds one Vite site per page measured into `<cacheDir>/bundler-site/out/<page>/`, served at `/site/<page>/`.
 * @param {{ root: string, packageRoot: string, compareRoot?: string, cacheDir: string, title: string, surveyJson: object | null, survey: object | null }} options
 *   `packageRoot`: the checkout whose dist/ is the installed package; `compareRoot`: another one, whose
 *   pages are `compare/ours-create` and `compare/ours-load`; `survey`: what surveySizes returned (its tarballs are in `cacheDir`).
 * @returns {Promise<{ outDir: string, pages: Record<string, string>, chunks: { file: string, bytes: number }[], seconds: number }>}
 */
export async function buildSites({ root, packageRoot, compareRoot, cacheDir, title, surveyJson, survey, serverRendered }) {
  const t0 = Date.now();
  const site = join(cacheDir, 'bundler-site');
  rmSync(site, { recursive: true, force: true });
  /** A folder of sites with `checkout` installed as the package. */
  const install = (dir, checkout) => {
    mkdirSync(join(dir, 'node_modules'), { recursive: true });
    // Its own package.json: without it, the nearest one is this repository's, and the bundler
    // resolves 'login-help-elements/…' as a self-reference to it (not to the checkout linked below).
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bench-site', private: true, type: 'module' }));
    // The package as `npm install` puts it (a link: Vite resolves it through its package.json `exports`).
    symlinkSync(checkout, join(dir, 'node_modules', 'login-help-elements'), 'dir');
  };
  install(site, packageRoot);
  const harness = JSON.stringify(join(root, 'bench', 'lib', 'harness.mjs'));
  const ours = {
    'ours-create': {
      'main.js': `import 'login-help-elements/login-help-flow.js';\nimport * as harness from ${harness};\nObject.assign(window, { harness });\nwindow.__ready = true;\n`,
      'index.html': htmlPage(`${HOST}</main>\n<script type="module" src="./main.js"></script>`),
    },
    'ours-load': {
      'main.js': `import 'login-help-elements/login-help-flow.js';\n`,
      'index.html': htmlPage(
        `${HOST}<login-help-flow></login-help-flow></main>\n${probe('ours', title)}\n<script type="module" src="./main.js"></script>`,
      ),
    },
  };
  // One site (a Vite root, one page) per page measured, as a site builds its login page.
  const sites = { ...ours };
  if (serverRendered) {
    // README, "Help before JavaScript": the guide server-rendered into the page's HTML
    // (renderElement of login-help-elements/ssr, done once here as a server does per request),
    // hydrated by 'login-help-elements/hydrate.js' in the page's first module.
    sites['ours-ssr-load'] = {
      'main.js': `import 'login-help-elements/hydrate.js';\n`,
      'index.html': htmlPage(`${HOST}${serverRendered}</main>\n${probe('ours', title)}\n<script type="module" src="./main.js"></script>`),
    };
  }
  if (compareRoot) {
    // The same pages with another checkout installed (BENCH_COMPARE_ROOT), measured in the same run.
    install(join(site, 'compare'), compareRoot);
    for (const [name, files] of Object.entries(ours)) sites[`compare/${name}`] = files;
  }
  if (survey && surveyJson) {
    const [coreVersion, uiVersion] = survey.version.split(' + ');
    await extract(join(cacheDir, `survey-core-${coreVersion}.tgz`), join(site, 'node_modules', 'survey-core'), []);
    await extract(join(cacheDir, `survey-js-ui-${uiVersion}.tgz`), join(site, 'node_modules', 'survey-js-ui'), []);
    // SurveyJS's documented setup for vanilla JS with a bundler: the theme CSS, Model, renderSurvey.
    // The CSS without its web font: the font is fetched from Google's servers, outside this machine.
    const imports = `import 'survey-core/survey-core.fontless.css';\nimport { Model } from 'survey-core';\nimport { renderSurvey } from 'survey-js-ui';\n`;
    sites['survey-create'] = {
      'main.js': `${imports}import * as harness from ${harness};\nObject.assign(window, { harness, Survey: { Model }, __renderSurvey: renderSurvey });\nwindow.__ready = true;\n`,
      'index.html': htmlPage(`${HOST}</main>\n<script type="module" src="./main.js"></script>`),
    };
    sites['survey-load'] = {
      'survey.json': JSON.stringify(surveyJson),
      'main.js': `${imports}import json from './survey.json';\nrenderSurvey(new Model(json), document.getElementById('survey'));\n`,
      'index.html': htmlPage(
        `${HOST}<div id="survey"></div></main>\n${probe('survey', title)}\n<script type="module" src="./main.js"></script>`,
      ),
    };
  }
  const { build } = await import('vite');
  const outDir = join(site, 'out');
  const chunks = [];
  for (const [name, files] of Object.entries(sites)) {
    mkdirSync(join(site, name), { recursive: true });
    for (const [file, text] of Object.entries(files)) writeFileSync(join(site, name, file), text);
    const output = await build({
      root: join(site, name),
      configFile: false,
      logLevel: 'error',
      base: `/site/${name}/`,
      build: { outDir: join(outDir, name), emptyOutDir: true },
    });
    for (const bundle of Array.isArray(output) ? output : [output])
      for (const item of bundle.output ?? [])
        if (item.type === 'chunk') chunks.push({ page: name, file: item.fileName, bytes: Buffer.byteLength(item.code) });
    if (!existsSync(join(outDir, name, 'index.html'))) throw new Error(`vite did not write ${name}/index.html`);
  }
  return {
    outDir,
    pages: Object.fromEntries(Object.keys(sites).map((name) => [name, `/site/${name}/index.html`])),
    chunks,
    seconds: (Date.now() - t0) / 1000,
  };
}

/** The first step's heading as HTML text (the title escaped). */
const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * Pages of the one-file setup (served beside the runner's other pages), and the floor: a page whose
 * HTML is nothing but the first step's heading in a declared shadow root of the element (no style,
 * no script but the probe). No page can show that heading sooner than this one, whatever its code,
 * so SurveyJS's time over this page's is the most any setup could measure from navigation here.
 */
export function oneFilePages(title, bundleUrl = '/dist/login-help-elements.bundle.js') {
  return new Map([
    [
      '/page/floor-load.html',
      {
        type: 'text/html; charset=utf-8',
        body: htmlPage(
          `${HOST}<login-help-flow><template shadowrootmode="open"><h2>${escapeText(title)}</h2></template></login-help-flow></main>\n${probe('ours', title)}`,
        ),
      },
    ],
    [
      '/page/bundle-load.html',
      {
        type: 'text/html; charset=utf-8',
        body: htmlPage(
          `${HOST}<login-help-flow></login-help-flow></main>\n${probe('ours', title)}\n<script type="module" src="${bundleUrl}"></script>`,
        ),
      },
    ],
  ]);
}

/**
 * The longest chain of fetches that waited for one another (a fetch that started after another
 * ended, less 1 ms), over `entries` [{ start, end }]: the round trips in series.
 */
export function roundTripsInSeries(entries) {
  const sorted = [...entries].sort((a, b) => a.start - b.start);
  const depth = [];
  sorted.forEach((entry, i) => {
    let before = 0;
    for (let j = 0; j < i; j++) if (sorted[j].end <= entry.start + 1) before = Math.max(before, depth[j]);
    depth.push(before + 1);
  });
  return depth.length ? Math.max(...depth) : 0;
}

/** The page's fetches as { path, start, end } (ms since navigation start), the document first. */
export function fetchesScript() {
  const navigation = performance.getEntriesByType('navigation')[0];
  return [
    { path: location.pathname, start: 0, end: navigation?.responseEnd ?? 0 },
    ...performance
      .getEntriesByType('resource')
      .map((entry) => ({ path: new URL(entry.name).pathname, start: entry.startTime, end: entry.responseEnd })),
  ];
}
