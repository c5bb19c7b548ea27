#!/usr/bin/env node
// `npm run bench` (= `npm run build && node --import tsx bench/run.mjs`): the benchmarks of issue 6,
// side by side with the peers, in one run on this machine. Benchmarks, not tests: it prints a
// table (goal / measured / met?) and writes bench/results.json; it exits 0 whatever it measures
// (2 when a benchmark could not run at all).
//
// 1. size: ours from `npm run size` (build/size.json) vs the Okta Sign-In Widget and SurveyJS
//    from their npm tarballs, packed in this run into bench/.cache and gzipped here (-9);
// 2. time to the first rendered step of the default flow vs SurveyJS rendering the same steps,
//    headless Chromium, a fresh page per trial, scripts loaded before the clock starts;
// 3. scale: generated flows of 50, 500 and 5,000 steps: parseFlow in Node and in Chromium, one
//    navigation (choose → next step rendered, heading focused) in Chromium;
// 4. memory: JS heap after 10,000 navigations back and forth vs after 100, GC forced over CDP.
// 5. studio: <login-help-flow-studio> (the one-file dist/studio.bundle.js) editing the generated
//    flows: a keystroke that misspells a step id → its problem underlined and painted, and its size.
// 2b. load (bench/lib/bundler-setup.mjs): the guide as sites ship it — the package's dist/ modules
//    bundled by Vite with code splitting (lazy chunks fetched over HTTP from 127.0.0.1), and the
//    one-file bundle — vs SurveyJS bundled by the same Vite run: createElement → first step, and
//    navigation start → first step, each with no added latency and with 40 ms round trips emulated
//    over CDP (Network.emulateNetworkConditions). From navigation, a page with nothing but the
//    heading in its HTML is measured too: the browser's own floor, which no setup can beat.
// A missed goal gets a pointer to the cost: module sizes, CPU profiles, heap snapshot diff.
//
// Trial counts (env): BENCH_TTFR_TRIALS (15), BENCH_TTFR_WARMUP (2), BENCH_PARSE_RUNS (20),
// BENCH_PARSE_WARMUP (5), BENCH_NAVS (200), BENCH_MAX_PATH (6), BENCH_SIZES (50,500,5000),
// BENCH_MEMORY_NAVS (10000), BENCH_MEMORY_BASE (100), BENCH_MEMORY_FLOW (default | <steps>),
// BENCH_LOAD_TRIALS (15), BENCH_LOAD_WARMUP (2), BENCH_LOAD_RTTS (0,40: ms per round trip),
// BENCH_LOAD_SECONDS (150: section 2b stops adding trials after that long, once it has 5),
// BENCH_STUDIO_KEYS (12: keystrokes per flow size), BENCH_STUDIO_SIZES (50,500),
// BENCH_ONLY (size,ttfr,load,scale,memory,studio), BENCH_PROFILE (auto | always | never),
// BENCH_OFFLINE=1 (peers from bench/.cache only), BENCH_OKTA_SPEC, BENCH_SURVEY_SPEC,
// BENCH_PACKAGE_ROOT (the checkout whose dist/ the browser sections load: another worktree's build,
// for a before/after figure; sizes are always this checkout's `npm run size`), BENCH_COMPARE_ROOT
// (section 2b also measures the bundler setup with that checkout's dist/, interleaved in the same run).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { generateFlow, describeFlow } from './lib/generate-flow.mjs';
import { startStaticServer } from '../scripts/static-server.mjs';
import { summary, median, kb, weightedMedian } from './lib/stats.mjs';
import { ourSizes, pickOurRows, oktaSizes, surveySizes } from './lib/sizes.mjs';
import { flowToSurvey } from './lib/survey-json.mjs';
import { summarizeProfile } from './lib/profile.mjs';
import { buildSites, fetchesScript, htmlPage, oneFilePages, roundTripsInSeries } from './lib/bundler-setup.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cacheDir = join(root, 'bench', '.cache');

const env = (name, fallback) => (process.env[name] === undefined || process.env[name] === '' ? fallback : process.env[name]);
const num = (name, fallback) => Number(env(name, fallback));
const CONFIG = {
  ttfrTrials: num('BENCH_TTFR_TRIALS', 15),
  ttfrWarmup: num('BENCH_TTFR_WARMUP', 2),
  loadTrials: num('BENCH_LOAD_TRIALS', 15),
  loadWarmup: num('BENCH_LOAD_WARMUP', 2),
  loadSeconds: num('BENCH_LOAD_SECONDS', 150),
  loadRtts: env('BENCH_LOAD_RTTS', '0,40').split(',').map(Number),
  packageRoot: env('BENCH_PACKAGE_ROOT', root),
  compareRoot: env('BENCH_COMPARE_ROOT', ''),
  parseRuns: num('BENCH_PARSE_RUNS', 20),
  parseWarmup: num('BENCH_PARSE_WARMUP', 5),
  navs: num('BENCH_NAVS', 200),
  maxPath: num('BENCH_MAX_PATH', 6),
  sizes: env('BENCH_SIZES', '50,500,5000').split(',').map(Number),
  memoryNavs: num('BENCH_MEMORY_NAVS', 10000),
  memoryBase: num('BENCH_MEMORY_BASE', 100),
  memoryFlow: env('BENCH_MEMORY_FLOW', 'default'),
  studioKeys: num('BENCH_STUDIO_KEYS', 12),
  studioSizes: env('BENCH_STUDIO_SIZES', '50,500').split(',').map(Number),
  only: new Set(env('BENCH_ONLY', 'size,ttfr,load,scale,memory,studio').split(',')),
  profile: env('BENCH_PROFILE', 'auto'),
  seed: num('BENCH_SEED', 6),
};

const GOALS = {
  allTogether: 20 * 1024,
  flowAlone: 16 * 1024,
  ttfrSpeedup: 5,
  loadSpeedup: 10,
  parse5000: 50,
  navigation: 8,
  scaleRatio: 1.5,
  memory: 1024 * 1024,
  studioKeystroke: 300,
  studioSize: 150 * 1024,
};

const started = Date.now();
const log = (...args) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s]`, ...args);
const results = {
  config: { ...CONFIG, only: [...CONFIG.only] },
  goals: GOALS,
  machine: {},
  size: null,
  ttfr: null,
  load: null,
  scale: null,
  memory: null,
  studio: null,
  diagnosis: {},
  table: [],
};
let hardFailure = false;

const msText = (x, digits = 2) => (Number.isFinite(x) ? `${x.toFixed(digits)} ms` : 'n/a');
const ratioText = (x) => (Number.isFinite(x) ? `${x.toFixed(1)}×` : 'n/a');
const row = (section, benchmark, goal, measured, met, note = '') => results.table.push({ section, benchmark, goal, measured, met, note });

// ---- machine ---------------------------------------------------------------------------------
/** A dependency's version from its package.json on disk (some packages do not export it). */
function packageVersion(name) {
  try {
    return JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return 'unknown';
  }
}

function machineInfo() {
  const cpus = os.cpus();
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { cwd: root, encoding: 'utf8' }).trim();
    if (dirty) commit += ' (src/ modified)';
  } catch {
    /* not a git checkout */
  }
  let packageMeasured = 'this checkout';
  if (CONFIG.packageRoot !== root) {
    try {
      packageMeasured = `${CONFIG.packageRoot} at ${execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: CONFIG.packageRoot, encoding: 'utf8' }).trim()}`;
    } catch {
      packageMeasured = CONFIG.packageRoot;
    }
  }
  return {
    packageMeasured,
    date: new Date().toISOString(),
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    playwrightCore: packageVersion('playwright-core'),
    lit: packageVersion('lit'),
    commit,
    loadAverageAtStart: os.loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

// ---- 1. size ---------------------------------------------------------------------------------
async function sizeSection() {
  log('size: npm run size, npm pack of the peers');
  // The attribution build (for the report of a missed size goal) runs beside `npm run size`:
  // nothing is timed while sizes are measured.
  const attribution =
    CONFIG.profile === 'never'
      ? null
      : import('./lib/size-attribution.mjs')
          .then(({ attributeSizes }) => attributeSizes(root))
          .catch((error) => ({ error: String(error) }));
  const [ours, okta, survey] = await Promise.all([ourSizes(root), oktaSizes(cacheDir, root), surveySizes(cacheDir, root)]);
  const byModule = await attribution;
  const picked = pickOurRows(ours.rows);
  const flowWithDefault = picked.flow.gzip + (picked.defaultFlow?.gzip ?? 0);
  const section = {
    ours: { rows: ours.rows, npmRunSizeExit: ours.exitCode, flowWithDefaultFlowGzip: flowWithDefault },
    peers: { okta, survey },
    ratios: {
      oktaVsAll: okta.js.gzip / picked.all.gzip,
      oktaVsAllShown: okta.js.gzip / (picked.allShown ?? picked.all).gzip,
      surveyVsAllShown: survey.js.gzip / (picked.allShown ?? picked.all).gzip,
      oktaVsFlow: okta.js.gzip / picked.flow.gzip,
      surveyVsAll: survey.js.gzip / picked.all.gzip,
      surveyVsFlow: survey.js.gzip / picked.flow.gzip,
      surveyVsFlowWithDefault: survey.js.gzip / flowWithDefault,
    },
  };
  results.size = section;
  row(
    '1 size',
    'all three elements registered: Lit, localization, the guide up to its first step, the other two until first shown (min+gzip -9)',
    `≤ ${kb(GOALS.allTogether)}`,
    kb(picked.all.gzip),
    picked.all.gzip <= GOALS.allTogether,
    'validation, bodies, default flow, ja messages: lazy, listed below',
  );
  if (picked.allShown)
    row('1 size', 'all three elements shown (every body loaded; validation still lazy)', '—', kb(picked.allShown.gzip), null);
  row('1 size', '<login-help-flow> alone', `≤ ${kb(GOALS.flowAlone)}`, kb(picked.flow.gzip), picked.flow.gzip <= GOALS.flowAlone);
  row(
    '1 size',
    '<auth-code-explainer> alone: registered | shown',
    '—',
    `${kb(picked.explainer.gzip)} | ${kb(picked.explainerShown?.gzip ?? picked.explainer.gzip)}`,
    null,
  );
  row(
    '1 size',
    '<recovery-request-form> alone: registered | shown',
    '—',
    `${kb(picked.form.gzip)} | ${kb(picked.formShown?.gzip ?? picked.form.gzip)}`,
    null,
  );
  for (const lazy of picked.lazy) row('1 size', lazy.part.replace(/^\s*lazy:\s*/, 'lazy: '), 'listed', kb(lazy.gzip), null);
  row('1 size', '<login-help-flow> + lazy default flow (what the default guide loads)', '—', kb(flowWithDefault), null);
  row(
    '1 size',
    `Okta Sign-In Widget ${okta.version}: ${okta.js.file}`,
    'peer',
    `${kb(okta.js.gzip)} (CSS +${kb(okta.css?.gzip ?? 0)})`,
    null,
    `main → ${okta.main.file} is ${kb(okta.main.gzip)} gzip unminified`,
  );
  row(
    '1 size',
    `SurveyJS ${survey.version}: ${survey.js.file}`,
    'peer',
    `${kb(survey.js.gzip)} (CSS +${kb(survey.css?.gzip ?? 0)})`,
    null,
    survey.bundlesPreact ? 'survey-js-ui bundles Preact' : '',
  );
  row(
    '1 size',
    'ratio Okta / ours (all three registered | all three shown | flow alone)',
    'report',
    `${ratioText(section.ratios.oktaVsAll)} | ${ratioText(section.ratios.oktaVsAllShown)} | ${ratioText(section.ratios.oktaVsFlow)}`,
    null,
  );
  row(
    '1 size',
    'ratio SurveyJS / ours (all three registered | all three shown | flow alone)',
    'report',
    `${ratioText(section.ratios.surveyVsAll)} | ${ratioText(section.ratios.surveyVsAllShown)} | ${ratioText(section.ratios.surveyVsFlow)}`,
    null,
  );
  if (byModule && (wantsProfile('1 size') || byModule.error)) results.diagnosis.sizeByModule = byModule;
  return { picked, survey };
}

// ---- pages -----------------------------------------------------------------------------------
const IMPORT_MAP = {
  imports: {
    lit: '/node_modules/lit/index.js',
    'lit/': '/node_modules/lit/',
    'lit-html': '/node_modules/lit-html/lit-html.js',
    'lit-html/': '/node_modules/lit-html/',
    'lit-element': '/node_modules/lit-element/index.js',
    'lit-element/': '/node_modules/lit-element/',
    '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
    '@lit/reactive-element/': '/node_modules/@lit/reactive-element/',
    '@lit/localize': '/node_modules/@lit/localize/lit-localize.js',
    '@lit/localize/': '/node_modules/@lit/localize/',
    'zod/mini': '/node_modules/zod/mini/index.js',
    'zod/': '/node_modules/zod/',
  },
};

function page(head, script) {
  return htmlPage(
    `<main id="host" style="max-width: 42rem; margin: 1rem auto; font-family: sans-serif"></main>
<script type="module">
${script}
window.__ready = true;
</script>`,
    head,
  ).trimEnd();
}

function pages(survey) {
  const html = (body) => ({ type: 'text/html; charset=utf-8', body });
  const out = new Map();
  // The production one-file bundle (terser, Lit's production build, everything inlined).
  out.set(
    '/page/bundle.html',
    html(
      page(
        '',
        `import * as lib from '/dist/login-help-elements.bundle.js';\nimport * as harness from '/bench/lib/harness.mjs';\nObject.assign(window, { lib, harness });`,
      ),
    ),
  );
  // The module build (dist/, one module per source file, not minified) through an import map,
  // Lit's production modules from node_modules; the lazy default flow (steps + English text) is loaded before the clock.
  out.set(
    '/page/dist.html',
    html(
      page(
        `<script type="importmap">${JSON.stringify(IMPORT_MAP)}</script>`,
        `import '/dist/define/login-help-flow.js';\nawait (await import('/dist/flows/default-flow.js')).loadDefaultFlow('en');\nimport * as harness from '/bench/lib/harness.mjs';\nObject.assign(window, { harness, lib: { parseFlow: (...args) => window.__parse(...args) } });\nwindow.loadParse = async () => { window.__parse = (await import('/dist/flow/parse.js')).parseFlow; };`,
      ),
    ),
  );
  if (survey) {
    out.set(
      '/page/survey.html',
      html(
        page(
          `${survey.paths.css ? `<link rel="stylesheet" href="${survey.paths.css}">` : ''}\n<script src="${survey.paths.core}"></script>\n<script src="${survey.paths.ui}"></script>`,
          `import * as harness from '/bench/lib/harness.mjs';\nObject.assign(window, { harness });`,
        ),
      ),
    );
  }
  return out;
}

/**
 * A fresh page at `url`, once its module script has run (window.__ready). Console errors,
 * warnings and failed requests are kept on `tab.errors`. Retried twice: another engineer's
 * `npm run build` empties dist/ for a few seconds.
 */
async function openPage(context, url, attempts = 3) {
  for (let attempt = 1; ; attempt++) {
    const tab = await context.newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(String(error)));
    tab.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') errors.push(`${message.type()}: ${message.text()}`);
    });
    tab.on('response', (response) => {
      if (response.status() >= 400) errors.push(`HTTP ${response.status()} ${new URL(response.url()).pathname}`);
    });
    try {
      await tab.goto(url);
      await tab.waitForFunction(() => window.__ready === true, null, { timeout: 15000 });
      tab.errors = errors;
      return tab;
    } catch (error) {
      await tab.close();
      const reason = errors.join('; ') || error.message.split('\n')[0];
      if (attempt >= attempts) throw new Error(`${url} did not load: ${reason}`, { cause: error });
      log(`${url} did not load (${reason}); retrying in 5 s`);
      await new Promise((resolve) => setTimeout(resolve, 5000));
    }
  }
}

// ---- 2. time to first rendered step ----------------------------------------------------------
/** The default flow and the English title of its start step (what the first render shows). */
function defaultFlowStart() {
  const defaultFlow = JSON.parse(readFileSync(join(root, 'src', 'flows', 'default.json'), 'utf8'));
  const start = defaultFlow.steps.find((step) => step.id === defaultFlow.start);
  return { defaultFlow, title: typeof start.title === 'string' ? start.title : start.title.en };
}

async function ttfrSection(context, base, surveyAvailable) {
  const { defaultFlow, title } = defaultFlowStart();
  const surveyJson = flowToSurvey(defaultFlow);
  const variants = [
    {
      name: 'ours (one-file bundle)',
      url: '/page/bundle.html',
      run: (tab) => tab.evaluate((t) => window.harness.firstStepOurs({ title: t }), title),
    },
    {
      name: 'ours (dist/ modules + import map)',
      url: '/page/dist.html',
      run: (tab) => tab.evaluate((t) => window.harness.firstStepOurs({ title: t }), title),
    },
  ];
  if (surveyAvailable) {
    variants.push({
      name: 'SurveyJS (survey-core + survey-js-ui)',
      url: '/page/survey.html',
      run: (tab) => tab.evaluate(({ json, t }) => window.harness.firstStepSurvey({ json, title: t }), { json: surveyJson, t: title }),
    });
  }
  const samples = new Map(variants.map((variant) => [variant.name, { dom: [], layout: [], errors: [] }]));
  const total = CONFIG.ttfrWarmup + CONFIG.ttfrTrials;
  log(`ttfr: ${total} fresh pages × ${variants.length} (first ${CONFIG.ttfrWarmup} of each discarded)`);
  for (let trial = 0; trial < total; trial++) {
    // Rotate the order so that no variant always runs first after a page close.
    const order = variants.map((_, i) => variants[(i + trial) % variants.length]);
    for (const variant of order) {
      let tab;
      try {
        tab = await openPage(context, base + variant.url);
        await tab.evaluate(() => window.harness.settle(50));
        const result = await variant.run(tab);
        if (trial >= CONFIG.ttfrWarmup) {
          samples.get(variant.name).dom.push(result.dom);
          samples.get(variant.name).layout.push(result.layout);
        }
      } catch (error) {
        samples.get(variant.name).errors.push(String(error.message ?? error).split('\n')[0]);
      } finally {
        const own = samples.get(variant.name).errors;
        for (const message of tab?.errors ?? []) if (!own.includes(message) && own.length < 5) own.push(message);
        await tab?.close();
      }
    }
  }
  const out = {
    title,
    surveyPages: surveyJson.pages.length,
    setup:
      'headless Chromium, 1280×900, a fresh page per trial (same context), <html lang="en">, scripts loaded and a frame + 50 ms of quiet before the clock; ' +
      "ours: performance.now() before createElement('login-help-flow') + append (default flow, no attributes), stop at the first MutationObserver callback (or synchronous check) that finds the <h2> with the start step's title in the shadow root; " +
      "SurveyJS: the default flow's steps as pages (bench/lib/survey-json.mjs), performance.now() before new Survey.Model(json) + model.render(container), stop when the first question's title is in the container; " +
      '"+layout": after a forced getBoundingClientRect() of that heading. Variants interleaved, order rotated per trial.',
    variants: {},
  };
  for (const [name, s] of samples)
    out.variants[name] = {
      dom: s.dom.length ? summary(s.dom) : null,
      layout: s.layout.length ? summary(s.layout) : null,
      errors: s.errors,
    };
  const ours = out.variants['ours (one-file bundle)'];
  const dist = out.variants['ours (dist/ modules + import map)'];
  const survey = out.variants['SurveyJS (survey-core + survey-js-ui)'];
  if (ours?.dom) out.speedup = survey?.dom ? survey.dom.median / ours.dom.median : NaN;
  if (ours?.layout && survey?.layout) out.speedupWithLayout = survey.layout.median / ours.layout.median;
  results.ttfr = out;
  const cell = (v) =>
    v?.dom
      ? `${msText(v.dom.median)} (p90 ${msText(v.dom.p90)}; +layout ${msText(v.layout.median)})`
      : `failed: ${v?.errors?.[0] ?? 'n/a'}`;
  row(
    '2 first step',
    `ours, production one-file bundle (dist/login-help-elements.bundle.js): createElement → step heading in shadow DOM (n=${ours?.dom?.n ?? 0})`,
    '—',
    cell(ours),
    null,
  );
  row(
    '2 first step',
    `ours, dist/ modules + import map, default-flow module preloaded (same span; n=${dist?.dom?.n ?? 0})`,
    '—',
    cell(dist),
    null,
  );
  row(
    '2 first step',
    `SurveyJS, same ${out.surveyPages} steps as pages, theme CSS loaded: new Model(json) + render → first question title in DOM (n=${survey?.dom?.n ?? 0})`,
    'peer',
    survey ? cell(survey) : 'not run',
    null,
  );
  row(
    '2 first step',
    'speedup SurveyJS / ours (medians; in DOM | with layout)',
    `≥ ${GOALS.ttfrSpeedup}×`,
    `${ratioText(out.speedup)} | ${ratioText(out.speedupWithLayout)}`,
    Number.isFinite(out.speedup) ? out.speedup >= GOALS.ttfrSpeedup : null,
  );
  return out;
}

// ---- 2b. as sites ship it: bundler setup and one-file, with round trips ------------------------
/**
 * The default guide (lang en, as the bench pages) server-rendered by `packageRoot`'s
 * login-help-elements/ssr, in a process of its own (its DOM shim stays out of this one); null
 * when that build has no ./ssr.
 */
function serverRenderedGuide(packageRoot) {
  const ssr = join(packageRoot, 'dist', 'ssr', 'index.js');
  if (!existsSync(ssr)) return null;
  const script = `const { renderElement } = await import(${JSON.stringify(pathToFileURL(ssr).href)});
process.stdout.write(await renderElement('login-help-flow', { lang: 'en' }));`;
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 1 << 24 });
}

/** A fresh page with `rtt` ms of latency emulated on every request (set before the navigation). */
async function openWithLatency(context, url, rtt, ready) {
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(String(error)));
  tab.on('console', (message) => {
    if (message.type() === 'error') errors.push(`error: ${message.text()}`);
  });
  tab.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()} ${new URL(response.url()).pathname}`);
  });
  tab.errors = errors;
  try {
    if (rtt > 0) {
      const cdp = await context.newCDPSession(tab);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: rtt, downloadThroughput: -1, uploadThroughput: -1 });
    }
    await tab.goto(url, { waitUntil: 'commit' });
    await tab.waitForFunction(ready, null, { timeout: 15000, polling: 20 });
    return tab;
  } catch (error) {
    await tab.close();
    throw new Error(`${url}: ${errors.join('; ') || error.message.split('\n')[0]}`, { cause: error });
  }
}

async function loadSection(context, base, sites) {
  const { defaultFlow, title } = defaultFlowStart();
  const surveyJson = flowToSurvey(defaultFlow);
  const setups = [
    { name: 'ours, bundler', who: 'ours', create: sites.pages['ours-create'], load: sites.pages['ours-load'] },
    { name: 'ours, one-file', who: 'ours', create: '/page/bundle.html', load: '/page/bundle-load.html' },
  ];
  if (sites.pages['compare/ours-create'])
    setups.push({
      name: 'ours, bundler, compared',
      who: 'ours',
      create: sites.pages['compare/ours-create'],
      load: sites.pages['compare/ours-load'],
    });
  if (sites.pages['ours-ssr-load'])
    setups.push({ name: 'ours, bundler, server-rendered', who: 'ours', load: sites.pages['ours-ssr-load'] });
  // The floor (bench/lib/bundler-setup.mjs): the heading alone in the HTML, no style, no script.
  setups.push({ name: 'floor', who: 'ours', load: '/page/floor-load.html' });
  if (sites.pages['survey-create'])
    setups.push({ name: 'SurveyJS, bundler', who: 'survey', create: sites.pages['survey-create'], load: sites.pages['survey-load'] });
  const variants = [];
  for (const setup of setups)
    for (const span of ['create', 'load'].filter((each) => setup[each]))
      for (const rtt of CONFIG.loadRtts) variants.push({ ...setup, span, rtt, key: `${setup.name} | ${span} | ${rtt}` });
  const samples = new Map(variants.map((variant) => [variant.key, { dom: [], layout: [], serial: [], documentResponse: [], errors: [] }]));
  const total = CONFIG.loadWarmup + CONFIG.loadTrials;
  log(
    `load: ${total} fresh pages × ${variants.length} (first ${CONFIG.loadWarmup} of each discarded); Vite build ${sites.seconds.toFixed(1)} s`,
  );
  const sectionStart = Date.now();
  let trials = 0;
  for (let trial = 0; trial < total; trial++) {
    // Bounded in time: on a busy machine, fewer trials (at least 5 kept) rather than a longer run.
    if (trial >= CONFIG.loadWarmup + 5 && (Date.now() - sectionStart) / 1000 > CONFIG.loadSeconds) break;
    if (trial >= CONFIG.loadWarmup) trials++;
    const order = variants.map((_, i) => variants[(i + trial) % variants.length]);
    for (const variant of order) {
      const bucket = samples.get(variant.key);
      let tab;
      try {
        if (variant.span === 'create') {
          tab = await openWithLatency(context, base + variant[variant.span], variant.rtt, () => window.__ready === true);
          await tab.evaluate(() => window.harness.settle(50));
          const result = await tab.evaluate(
            async ({ who, t, json }) => {
              const t0 = performance.now();
              const found =
                who === 'ours'
                  ? await window.harness.firstStepOurs({ title: t })
                  : await window.harness.firstStepSurvey({ json, title: t });
              return { ...found, t0 };
            },
            { who: variant.who, t: title, json: variant.who === 'survey' ? surveyJson : null },
          );
          const fetches = (await tab.evaluate(fetchesScript))
            .filter((entry) => entry.start >= result.t0 - 0.5 && entry.start <= result.t0 + result.dom)
            .map((entry) => ({ ...entry, start: entry.start - result.t0, end: entry.end - result.t0 }));
          if (trial >= CONFIG.loadWarmup) {
            bucket.dom.push(result.dom);
            bucket.layout.push(result.layout);
            bucket.serial.push(roundTripsInSeries(fetches));
            bucket.lastFetches = fetches;
          }
        } else {
          tab = await openWithLatency(context, base + variant[variant.span], variant.rtt, () => window.__firstStep?.layout !== undefined);
          const result = await tab.evaluate(() => window.__firstStep);
          const fetches = (await tab.evaluate(fetchesScript)).filter((entry) => entry.start <= result.dom);
          if (trial >= CONFIG.loadWarmup) {
            bucket.dom.push(result.dom);
            bucket.layout.push(result.layout);
            bucket.serial.push(roundTripsInSeries(fetches));
            bucket.documentResponse.push(fetches[0].end);
            bucket.lastFetches = fetches;
          }
        }
      } catch (error) {
        bucket.errors.push(String(error.message ?? error).split('\n')[0]);
      } finally {
        for (const message of tab?.errors ?? [])
          if (!bucket.errors.includes(message) && bucket.errors.length < 5) bucket.errors.push(message);
        await tab?.close();
      }
    }
  }
  const out = {
    title,
    rtts: CONFIG.loadRtts,
    trials,
    seconds: (Date.now() - sectionStart) / 1000,
    setup:
      'headless Chromium, a fresh page per trial, <html lang="en">, default flow, every response no-store from a Node static server on 127.0.0.1; ' +
      `round trips emulated with CDP Network.emulateNetworkConditions { latency } (${CONFIG.loadRtts.join(' and ')} ms), throughput unlimited. ` +
      "bundler: a page importing 'login-help-elements/login-help-flow.js' (the package's dist/ through its exports), built by Vite " +
      `${packageVersion('vite')} with its defaults (code splitting, modulepreload of the entry's chunks); SurveyJS: survey-core + survey-js-ui ES modules + survey-core.css, the survey JSON bundled, same Vite build; ` +
      'one-file: dist/login-help-elements.bundle.js. create: createElement / new Model(json) + render → heading / first question title in the DOM (page loaded, a frame + 50 ms before the clock); ' +
      'load: <login-help-flow> / the survey container in the HTML, navigation start → the same, seen by a MutationObserver of an inline classic script ' +
      "(server-rendered: the guide's declarative shadow root read by that script, after it in the HTML; its page's module is login-help-elements/hydrate.js). " +
      "floor: a page of nothing but the heading in the element's declared shadow root (no style, no script but the probe): the browser's own start of a page, which no setup can beat. " +
      '"in series": the longest chain of fetches in the span that each started after another ended (round trips paid one after the other).',
    vite: { seconds: sites.seconds, chunks: sites.chunks.length },
    variants: {},
  };
  for (const variant of variants) {
    const s = samples.get(variant.key);
    out.variants[variant.key] = {
      dom: s.dom.length ? summary(s.dom) : null,
      layout: s.layout.length ? summary(s.layout) : null,
      fetchesInSeries: s.serial.length ? median(s.serial) : null,
      documentResponseEnd: s.documentResponse.length ? median(s.documentResponse) : undefined,
      lastTrialFetches: s.lastFetches?.map((entry) => ({
        ...entry,
        start: Math.round(entry.start * 10) / 10,
        end: Math.round(entry.end * 10) / 10,
      })),
      errors: s.errors,
    };
  }
  results.load = out;
  const get = (name, span, rtt) => out.variants[`${name} | ${span} | ${rtt}`];
  const cell = (v) =>
    v?.dom
      ? `${msText(v.dom.median, 1)} (p90 ${msText(v.dom.p90, 1)}; ${v.fetchesInSeries} in series)`
      : `failed: ${v?.errors?.[0] ?? 'not run'}`;
  const ratio = (peer, ours) => (peer?.dom && ours?.dom ? peer.dom.median / ours.dom.median : NaN);
  const spans = {
    create: 'createElement (page loaded) → first step heading in the DOM',
    load: 'navigation start → first step heading in the DOM (element in the HTML)',
  };
  out.speedups = {};
  for (const span of ['create', 'load']) {
    for (const rtt of CONFIG.loadRtts) {
      const bundler = get('ours, bundler', span, rtt);
      const oneFile = get('ours, one-file', span, rtt);
      const survey = get('SurveyJS, bundler', span, rtt);
      const rttText = rtt ? `${rtt} ms round trips` : 'no added latency';
      row(
        '2b load',
        `${spans[span]}, ${rttText}: ours, bundler setup (Vite, lazy chunks) (n=${bundler?.dom?.n ?? 0})`,
        '—',
        cell(bundler),
        null,
      );
      const compared = get('ours, bundler, compared', span, rtt);
      if (compared)
        row(
          '2b load',
          `same, ours, bundler setup with ${CONFIG.compareRoot} (BENCH_COMPARE_ROOT; n=${compared.dom?.n ?? 0})`,
          '—',
          cell(compared),
          null,
        );
      row('2b load', `same, ours, one-file bundle (n=${oneFile?.dom?.n ?? 0})`, '—', cell(oneFile), null);
      // From navigation, a page can carry the first step in its HTML: the bundler setup with the
      // guide server-rendered (the heading is in the DOM once the parser has read it).
      const rendered = get('ours, bundler, server-rendered', span, rtt);
      if (rendered)
        row('2b load', `same, ours, bundler setup, guide server-rendered (n=${rendered.dom?.n ?? 0})`, '—', cell(rendered), null);
      const floor = get('floor', span, rtt);
      if (floor)
        row(
          '2b load',
          `same, a page of nothing but the heading in a declared shadow root (no style, no script; no page can be faster) (n=${floor.dom?.n ?? 0})`,
          '—',
          cell(floor),
          null,
        );
      row('2b load', `same, SurveyJS bundled by Vite (n=${survey?.dom?.n ?? 0})`, 'peer', survey ? cell(survey) : 'not run', null);
      const speedup = {
        bundler: ratio(survey, bundler),
        oneFile: ratio(survey, oneFile),
        compared: ratio(survey, compared),
        serverRendered: ratio(survey, rendered),
        floor: ratio(survey, floor),
      };
      out.speedups[`${span} | ${rtt}`] = speedup;
      // The goal: the bundler setup; from navigation, with its guide server-rendered if it has one.
      const best = Math.max(speedup.bundler, Number.isFinite(speedup.serverRendered) ? speedup.serverRendered : 0);
      row(
        '2b load',
        `SurveyJS / ours (medians), ${span}, ${rttText}: bundler | one-file${rendered ? ' | bundler, server-rendered' : ''}${compared ? ' | bundler with BENCH_COMPARE_ROOT' : ''}`,
        rtt ? `≥ ${GOALS.loadSpeedup}×` : 'report',
        `${ratioText(speedup.bundler)} | ${ratioText(speedup.oneFile)}${rendered ? ` | ${ratioText(speedup.serverRendered)}` : ''}${compared ? ` | ${ratioText(speedup.compared)}` : ''}`,
        rtt && Number.isFinite(best) ? best >= GOALS.loadSpeedup : null,
      );
      if (floor)
        row(
          '2b load',
          `SurveyJS / the heading alone in the HTML (medians), ${span}, ${rttText}: the most any page could measure`,
          'report',
          ratioText(speedup.floor),
          null,
        );
    }
  }
  return out;
}

// ---- 3. scale --------------------------------------------------------------------------------
async function parseInNode(flows) {
  const { parseFlow } = await import('../src/flow/parse.ts');
  const times = new Map();
  for (const [size, flow] of flows) {
    const check = parseFlow(flow);
    if (!check.ok) throw new Error(`parseFlow rejected the generated ${size}-step flow: ${JSON.stringify(check.errors.slice(0, 3))}`);
    for (let i = 0; i < CONFIG.parseWarmup; i++) parseFlow(flow);
    times.set(size, []);
  }
  // Sizes interleaved: a busy moment of the machine hits every size alike.
  for (let i = 0; i < CONFIG.parseRuns; i++) {
    for (const [size, flow] of flows) {
      const t0 = performance.now();
      parseFlow(flow);
      times.get(size).push(performance.now() - t0);
    }
  }
  return Object.fromEntries([...times].map(([size, values]) => [size, summary(values)]));
}

async function scaleSection(context, base, flows) {
  const out = { flows: {}, parseNode: null, parseChromium: {}, navigation: {} };
  for (const [size, flow] of flows) out.flows[size] = describeFlow(flow);
  log(`scale: parseFlow in Node (${CONFIG.parseWarmup} warm-up + ${CONFIG.parseRuns} runs per size)`);
  out.parseNode = await parseInNode(flows);
  log('scale: parseFlow in Chromium (one-file bundle), sizes interleaved');
  {
    const tab = await openPage(context, `${base}/page/bundle.html`);
    const urls = [...flows.keys()].map((size) => `/gen/${size}.json`);
    await tab.evaluate(({ urls, warmup }) => window.harness.loadFlows({ parseFlow: window.lib.parseFlow, urls, warmup }), {
      urls,
      warmup: CONFIG.parseWarmup,
    });
    const times = new Map([...flows.keys()].map((size) => [size, []]));
    for (let i = 0; i < CONFIG.parseRuns; i++) {
      for (const size of flows.keys()) {
        times
          .get(size)
          .push(await tab.evaluate((url) => window.harness.parseOnce({ parseFlow: window.lib.parseFlow, url }), `/gen/${size}.json`));
      }
    }
    for (const [size, values] of times) out.parseChromium[size] = summary(values);
    await tab.close();
  }
  // One page per size, all mounted first; then the navigations in rounds that take turns
  // between the sizes, so that a busy moment of the machine hits every size alike.
  const rounds = Math.max(1, Math.min(10, Math.floor(CONFIG.navs / 10)));
  log(
    `scale: ${CONFIG.navs} navigations per size (${[...flows.keys()].join(', ')} steps; one-file bundle), in ${rounds} interleaved rounds`,
  );
  const tabs = new Map();
  const runs = new Map();
  for (const [size] of flows) {
    const tab = await openPage(context, `${base}/page/bundle.html`);
    const mounted = await tab.evaluate((url) => window.harness.mount({ url }), `/gen/${size}.json`);
    tabs.set(size, { tab, mounted });
    runs.set(size, { forward: [], restarts: [], failures: 0 });
  }
  for (let round = 0; round < rounds; round++) {
    for (const [size, { tab }] of tabs) {
      const count = Math.floor(CONFIG.navs / rounds) + (round < CONFIG.navs % rounds ? 1 : 0);
      await tab.bringToFront();
      const part = await tab.evaluate((options) => window.harness.navigationTimings(options), {
        count,
        seed: CONFIG.seed,
        maxPath: CONFIG.maxPath,
      });
      const run = runs.get(size);
      run.forward.push(...part.forward);
      run.restarts.push(...part.restarts);
      run.failures += part.failures;
    }
  }
  for (const [size, { tab, mounted }] of tabs) {
    const run = runs.get(size);
    const layout = run.forward.map((sample) => sample.layout);
    const byKind = {};
    for (const sample of run.forward) (byKind[sample.kind] ??= []).push(sample.layout);
    out.navigation[size] = {
      mountMs: mounted.loadMs,
      renderedAndFocused: summary(layout),
      domOnly: summary(run.forward.map((sample) => sample.dom)),
      byTargetKind: Object.fromEntries(Object.entries(byKind).map(([kind, values]) => [kind, summary(values)])),
      restart: run.restarts.length ? summary(run.restarts) : null,
      failedChecks: run.failures,
      consoleErrors: tab.errors.slice(0, 5),
      samples: run.forward.map(({ layout: value, kind }) => ({ layout: value, kind })),
    };
    await tab.close();
  }
  const sizes = [...flows.keys()];
  const largest = Math.max(...sizes);
  const smallest = Math.min(...sizes);
  // A walk meets different kinds of steps in different flows (a request step embeds the request
  // form and costs more): for the size comparison, weight every sample so that target kinds count
  // as in one fixed mix, the share of each kind among the largest flow's steps.
  const mix = {};
  for (const step of flows.get(largest).steps) mix[step.kind] = (mix[step.kind] ?? 0) + 1 / flows.get(largest).steps.length;
  for (const size of sizes) {
    const nav = out.navigation[size];
    const observed = {};
    for (const sample of nav.samples) observed[sample.kind] = (observed[sample.kind] ?? 0) + 1 / nav.samples.length;
    const weights = nav.samples.map((sample) => (mix[sample.kind] ?? 0) / observed[sample.kind]);
    nav.sameMixMedian = weightedMedian(
      nav.samples.map((sample) => sample.layout),
      weights,
    );
    delete nav.samples;
  }
  out.kindMix = mix;
  out.navigationRatio = out.navigation[largest].sameMixMedian / out.navigation[smallest].sameMixMedian;
  out.navigationRatioRaw = out.navigation[largest].renderedAndFocused.median / out.navigation[smallest].renderedAndFocused.median;
  results.scale = out;
  for (const size of sizes) {
    const node = out.parseNode[size];
    const browser = out.parseChromium[size];
    const goal = size === largest ? `≤ ${GOALS.parse5000} ms (both)` : '—';
    const met = size === largest ? Math.max(node.median, browser.median) <= GOALS.parse5000 : null;
    row(
      '3 scale',
      `parseFlow, ${size} steps (${kb(out.flows[size].bytes)} JSON): Node | Chromium`,
      goal,
      `${msText(node.median)} (p90 ${msText(node.p90)}) | ${msText(browser.median)} (p90 ${msText(browser.p90)})`,
      met,
    );
  }
  for (const size of sizes) {
    const nav = out.navigation[size];
    const value = nav.sameMixMedian;
    const kinds = Object.entries(nav.byTargetKind).sort((a, b) => b[1].median - a[1].median);
    const slowest = kinds[0];
    row(
      '3 scale',
      `navigation at ${size} steps: click → next heading rendered + focused, + layout (median, target kinds weighted as in the flow; n=${nav.renderedAndFocused.n})`,
      `≤ ${GOALS.navigation} ms`,
      `${msText(value)} (raw median ${msText(nav.renderedAndFocused.median)}, p90 ${msText(nav.renderedAndFocused.p90)})${nav.failedChecks ? `, ${nav.failedChecks} failed checks` : ''}`,
      value <= GOALS.navigation && nav.failedChecks === 0,
      `slowest target kind: ${slowest[0]} ${msText(slowest[1].median)} (n=${slowest[1].n})`,
    );
  }
  row(
    '3 scale',
    `navigation ${largest} / ${smallest} steps (medians, same mix of target kinds)`,
    `≤ ${GOALS.scaleRatio}×`,
    `${out.navigationRatio.toFixed(2)}×`,
    out.navigationRatio <= GOALS.scaleRatio,
    `raw medians ${out.navigationRatioRaw.toFixed(2)}×`,
  );
  const requestSamples = sizes.map((size) => out.navigation[size].byTargetKind.request).filter(Boolean);
  if (requestSamples.length) {
    const worst = requestSamples.reduce((a, b) => (b.median > a.median ? b : a));
    row(
      '3 scale',
      'navigation into a request step (embeds <recovery-request-form>), slowest size',
      `≤ ${GOALS.navigation} ms`,
      `${msText(worst.median)} (p90 ${msText(worst.p90)}, n=${worst.n})`,
      worst.median <= GOALS.navigation,
    );
  }
  return out;
}

// ---- 4. memory -------------------------------------------------------------------------------
async function heapUsed(cdp, tab) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize, totalSize } = await cdp.send('Runtime.getHeapUsage');
  const counters = await cdp.send('Memory.getDOMCounters').catch(() => ({}));
  const performanceMemory = await tab.evaluate(() => performance.memory?.usedJSHeapSize ?? null);
  return {
    usedSize,
    totalSize,
    performanceMemory,
    domNodes: counters.nodes,
    jsEventListeners: counters.jsEventListeners,
    documents: counters.documents,
  };
}

async function memorySection(context, base, flows) {
  const useDefault = CONFIG.memoryFlow === 'default';
  const url = useDefault ? undefined : `/gen/${CONFIG.memoryFlow}.json`;
  if (!useDefault && !flows.has(Number(CONFIG.memoryFlow))) {
    const size = Number(CONFIG.memoryFlow);
    const flow = generateFlow(size);
    extra.set(`/gen/${size}.json`, { type: 'application/json', body: JSON.stringify(flow) });
  }
  log(`memory: ${CONFIG.memoryNavs} navigations back and forth (${useDefault ? 'default flow' : `${CONFIG.memoryFlow}-step flow`})`);
  const tab = await openPage(context, `${base}/page/bundle.html`);
  const cdp = await tab.context().newCDPSession(tab);
  await cdp.send('HeapProfiler.enable');
  await tab.evaluate((u) => window.harness.mount({ url: u }), url);
  const checkpoints = [
    ...new Set([CONFIG.memoryBase, 1000, 2500, 5000, CONFIG.memoryNavs].filter((n) => n >= CONFIG.memoryBase && n <= CONFIG.memoryNavs)),
  ].sort((a, b) => a - b);
  const series = [];
  let done = 0;
  let failures = 0;
  const t0 = Date.now();
  let snapshotBase;
  for (const checkpoint of checkpoints) {
    while (done < checkpoint) {
      const count = Math.min(1000, checkpoint - done);
      const result = await tab.evaluate((options) => window.harness.backAndForth(options), {
        count,
        seed: CONFIG.seed,
        maxPath: CONFIG.maxPath,
      });
      failures += result.failures;
      done += count;
    }
    const heap = await heapUsed(cdp, tab);
    series.push({ navigations: done, ...heap });
    if (done === CONFIG.memoryBase && wantsProfile('memory')) snapshotBase = await heapSnapshotSummary(cdp);
  }
  const elapsed = (Date.now() - t0) / 1000;
  const first = series[0];
  const last = series[series.length - 1];
  const out = {
    flow: useDefault ? 'default' : `${CONFIG.memoryFlow} steps`,
    series,
    failedChecks: failures,
    seconds: elapsed,
    growth: last.usedSize - first.usedSize,
    consoleErrors: tab.errors.slice(0, 5),
  };
  if (snapshotBase) {
    const after = await heapSnapshotSummary(cdp);
    out.snapshotDiff = diffSnapshots(snapshotBase, after);
  }
  results.memory = out;
  await cdp.detach();
  await tab.close();
  row(
    '4 memory',
    `JS heap after ${CONFIG.memoryBase} navigations (${out.flow} flow, GC forced over CDP)`,
    '—',
    kb(first.usedSize),
    null,
    `DOM nodes ${first.domNodes}, listeners ${first.jsEventListeners}`,
  );
  row(
    '4 memory',
    `JS heap after ${last.navigations} navigations back and forth`,
    '—',
    kb(last.usedSize),
    null,
    `DOM nodes ${last.domNodes}, listeners ${last.jsEventListeners}`,
  );
  const middle = series.find((point) => point.navigations >= 1000 && point !== last);
  const trend = middle
    ? `of which ${middle.navigations} → ${last.navigations}: ${last.usedSize - middle.usedSize >= 0 ? '+' : ''}${kb(last.usedSize - middle.usedSize)}`
    : '';
  row(
    '4 memory',
    'difference',
    `≤ ${kb(GOALS.memory)}`,
    `${out.growth >= 0 ? '+' : ''}${kb(out.growth)}${failures ? `, ${failures} failed checks` : ''}`,
    out.growth <= GOALS.memory && failures === 0,
    trend,
  );
  return out;
}

// ---- diagnosis: heap snapshots, CPU profiles -------------------------------------------------
function wantsProfile(what) {
  if (CONFIG.profile === 'never') return false;
  if (CONFIG.profile === 'always') return true;
  return what === 'memory' ? true : missed(what);
}

function missed(what) {
  return results.table.some((r) => r.met === false && r.section.startsWith(what));
}

/** A heap snapshot reduced to self size and count per constructor name. */
async function heapSnapshotSummary(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  let json = '';
  const onChunk = ({ chunk }) => {
    json += chunk;
  };
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snapshot = JSON.parse(json);
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const width = fields.length;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  const byName = new Map();
  for (let i = 0; i < snapshot.nodes.length; i += width) {
    const type = types[snapshot.nodes[i + typeAt]];
    const name = type === 'object' || type === 'closure' || type === 'native' ? snapshot.strings[snapshot.nodes[i + nameAt]] : `(${type})`;
    const entry = byName.get(name) ?? { count: 0, size: 0 };
    entry.count++;
    entry.size += snapshot.nodes[i + sizeAt];
    byName.set(name, entry);
  }
  return byName;
}

function diffSnapshots(before, after) {
  const names = new Set([...before.keys(), ...after.keys()]);
  const rows = [];
  for (const name of names) {
    const a = before.get(name) ?? { count: 0, size: 0 };
    const b = after.get(name) ?? { count: 0, size: 0 };
    if (b.size !== a.size || b.count !== a.count)
      rows.push({ name: name.slice(0, 80), countDelta: b.count - a.count, sizeDelta: b.size - a.size });
  }
  return rows.sort((x, y) => y.sizeDelta - x.sizeDelta).slice(0, 15);
}

/**
 * CPU profiles of exactly the timed spans of `action` (the harness brackets each span with
 * console.profile / console.profileEnd when __profileSpans is set).
 */
async function profileSpans(context, url, setup, action, samplingUs = 50) {
  const tab = await openPage(context, url);
  if (setup) await setup(tab);
  const cdp = await tab.context().newCDPSession(tab);
  const profiles = [];
  cdp.on('Profiler.consoleProfileFinished', ({ profile }) => profiles.push(profile));
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: samplingUs });
  await tab.evaluate(() => {
    globalThis.__profileSpans = true;
  });
  await action(tab);
  await tab.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
  await cdp.detach();
  await tab.close();
  return profiles;
}

async function diagnose(context, base, flows) {
  const diagnosis = results.diagnosis;
  if (wantsProfile('2 first step')) {
    log('diagnosis: CPU profile of the first render, 5 fresh pages (dist/ modules, readable names)');
    const { title } = defaultFlowStart();
    const profiles = [];
    for (let i = 0; i < 5; i++) {
      profiles.push(
        ...(await profileSpans(
          context,
          `${base}/page/dist.html`,
          (tab) => tab.evaluate(() => window.harness.settle(50)),
          (tab) => tab.evaluate((t) => window.harness.firstStepOurs({ title: t }), title),
          25,
        )),
      );
    }
    diagnosis.firstStepProfile = { spans: profiles.length, ...summarizeProfile(profiles) };
  }
  const largest = Math.max(...flows.keys());
  if (wantsProfile('3 scale')) {
    const mount = (size) => (tab) =>
      tab.evaluate(async (url) => {
        await window.loadParse();
        return window.harness.mount({ url });
      }, `/gen/${size}.json`);
    log(`diagnosis: CPU profile of 100 navigations at ${largest} steps (dist/ modules)`);
    const all = await profileSpans(context, `${base}/page/dist.html`, mount(largest), (tab) =>
      tab.evaluate((options) => window.harness.navigationTimings(options), { count: 100, seed: CONFIG.seed + 1, maxPath: CONFIG.maxPath }),
    );
    diagnosis.navigationProfile = { spans: all.length, ...summarizeProfile(all) };
    log(`diagnosis: CPU profile of navigations into request steps at ${largest} steps`);
    const requests = await profileSpans(context, `${base}/page/dist.html`, mount(largest), (tab) =>
      tab.evaluate((options) => window.harness.navigationTimings(options), {
        count: 150,
        seed: CONFIG.seed + 2,
        maxPath: CONFIG.maxPath,
        preferKind: 'request',
        onlyKind: 'request',
      }),
    );
    diagnosis.requestNavigationProfile = { spans: requests.length, ...summarizeProfile(requests) };
    log('diagnosis: history.replaceState alone (what writeHashPath calls on every move)');
    const tab = await openPage(context, `${base}/page/bundle.html`);
    diagnosis.replaceState = summary(
      await tab.evaluate(async () => {
        const out = [];
        for (let i = 0; i < 150; i++) {
          const t0 = performance.now();
          history.replaceState(history.state, '', `${location.pathname}#lhf=step-0.step-${i % 7}.step-${i}`);
          out.push(performance.now() - t0);
          await window.harness.settle(0);
        }
        return out;
      }),
    );
    await tab.close();
    log(`diagnosis: navigations at ${largest} steps with persist="hash" (default) vs persist="none", interleaved`);
    const ab = {};
    const abTabs = {};
    for (const persist of ['hash', 'none']) {
      abTabs[persist] = await openPage(context, `${base}/page/bundle.html`);
      await abTabs[persist].evaluate(({ url, persist: p }) => window.harness.mount({ url, persist: p }), {
        url: `/gen/${largest}.json`,
        persist,
      });
      ab[persist] = [];
    }
    for (let round = 0; round < 5; round++) {
      for (const persist of ['hash', 'none']) {
        await abTabs[persist].bringToFront();
        const part = await abTabs[persist].evaluate((options) => window.harness.navigationTimings(options), {
          count: 20,
          seed: CONFIG.seed + 3,
          maxPath: CONFIG.maxPath,
        });
        ab[persist].push(...part.forward.map((sample) => sample.layout));
      }
    }
    for (const persist of ['hash', 'none']) await abTabs[persist].close();
    diagnosis.persistAB = { hash: summary(ab.hash), none: summary(ab.none) };
    log(`diagnosis: parseFlow at ${largest} steps: schema vs the rest, CPU profile (Node)`);
    diagnosis.parseFlow = await diagnoseParse(flows.get(largest));
  }
}

/** Splits parseFlow's time into the zod schema pass and the graph rules, and profiles it. */
async function diagnoseParse(flow) {
  const z = await import('zod/mini');
  const { flowSchema } = await import('../src/flow/schema.ts');
  const { parseFlow } = await import('../src/flow/parse.ts');
  const time1 = (fn) => {
    const t0 = performance.now();
    fn();
    return performance.now() - t0;
  };
  // Interleaved, so that a busy moment of the machine hits both alike.
  const whole = [];
  const schema = [];
  const clone = [];
  for (let i = 0; i < 3; i++) parseFlow(flow);
  for (let i = 0; i < 10; i++) {
    whole.push(time1(() => parseFlow(flow)));
    schema.push(time1(() => z.safeParse(flowSchema, flow)));
    clone.push(time1(() => structuredClone(flow)));
  }
  const { Session } = await import('node:inspector/promises');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 50 });
  await session.post('Profiler.start');
  for (let i = 0; i < 10; i++) parseFlow(flow);
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  return {
    medianMs: {
      parseFlow: median(whole),
      zodSchemaOnly: median(schema),
      rest: median(whole) - median(schema),
      structuredCloneForScale: median(clone),
    },
    profile: summarizeProfile([profile]),
  };
}

// ---- table -----------------------------------------------------------------------------------
function printTable() {
  const header = ['#', 'benchmark', 'goal', 'measured', 'met?'];
  const lines = results.table.map((r) => [
    r.section,
    r.benchmark,
    r.goal,
    r.measured + (r.note ? ` — ${r.note}` : ''),
    r.met === null ? '' : r.met ? 'yes' : 'NO',
  ]);
  const md = [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...lines.map((cells) => `| ${cells.map((c) => String(c).replace(/\|/g, '\\|')).join(' | ')} |`),
  ];
  console.log(md.join('\n'));
  return md.join('\n');
}

function printDiagnosis() {
  const d = results.diagnosis;
  const out = [];
  if (d.sizeByModule?.error) out.push(`\nSize by source: could not build (${d.sizeByModule.error})`);
  else if (d.sizeByModule) {
    for (const [scope, data] of Object.entries(d.sizeByModule)) {
      out.push(
        `\nSize by source (${scope}; ${kb(data.total.gzip)} min+gzip; minified bytes from the source map, gzip of each part alone):`,
      );
      for (const group of data.groups.slice(0, 10))
        out.push(
          `  ${group.group.padEnd(40)} ${kb(group.min).padStart(9)} min  ${kb(group.gzip).padStart(8)} gzip alone  (${group.modules} modules)`,
        );
      out.push('  largest modules:');
      for (const module of data.modules.slice(0, 8))
        out.push(`    ${module.module.padEnd(62)} ${kb(module.min).padStart(9)} min  ${kb(module.gzip).padStart(8)} gzip alone`);
    }
  }
  const profileLines = (title, profile) => {
    out.push(`\n${title} (${profile.totalMs.toFixed(1)} ms sampled, self time):`);
    for (const fn of profile.functions.slice(0, 12))
      out.push(`  ${fn.selfMs.toFixed(2).padStart(8)} ms ${fn.share.padStart(6)}  ${fn.name}  ${fn.where}`);
    out.push('  by file:');
    for (const file of profile.files.slice(0, 8))
      out.push(`  ${file.selfMs.toFixed(2).padStart(8)} ms ${file.share.padStart(6)}  ${file.file}`);
  };
  if (d.firstStepProfile)
    profileLines(
      `First render of the default flow: the timed span of ${d.firstStepProfile.spans} fresh pages (dist/ modules)`,
      d.firstStepProfile,
    );
  if (d.navigationProfile)
    profileLines(
      `Navigations at the largest size: ${d.navigationProfile.spans} timed spans, click → heading focused + layout (dist/ modules)`,
      d.navigationProfile,
    );
  if (d.requestNavigationProfile)
    profileLines(
      `Navigations into request steps: the ${d.requestNavigationProfile.spans} timed spans (dist/ modules)`,
      d.requestNavigationProfile,
    );
  if (d.persistAB)
    out.push(
      `\nSame walk, same flow (largest size), persist="hash" (default) vs persist="none": median ${msText(d.persistAB.hash.median)} vs ${msText(d.persistAB.none.median)}, p90 ${msText(d.persistAB.hash.p90)} vs ${msText(d.persistAB.none.p90)} (n=${d.persistAB.hash.n} each)`,
    );
  if (d.replaceState)
    out.push(
      `\nhistory.replaceState alone in the same page setup: median ${msText(d.replaceState.median)}, p90 ${msText(d.replaceState.p90)} (n=${d.replaceState.n}; performance.now() is 0.1 ms coarse here)`,
    );
  if (d.parseFlow) {
    const m = d.parseFlow.medianMs;
    out.push(
      `\nparseFlow at the largest size (Node, interleaved medians): ${m.parseFlow.toFixed(1)} ms; z.safeParse(flowSchema) alone ${m.zodSchemaOnly.toFixed(1)} ms; the rest (pre-pass, graph rules, messages) ${m.rest.toFixed(1)} ms; for scale, structuredClone of the same object ${m.structuredCloneForScale.toFixed(1)} ms`,
    );
    profileLines('parseFlow ×10 at the largest size (Node)', d.parseFlow.profile);
  }
  if (results.memory?.snapshotDiff) {
    out.push(
      `\nHeap snapshot diff, after ${results.memory.series.at(-1).navigations} vs after ${results.memory.series[0].navigations} navigations (self size):`,
    );
    for (const r of results.memory.snapshotDiff.slice(0, 10))
      out.push(`  ${(r.sizeDelta >= 0 ? '+' : '') + r.sizeDelta} B  ${(r.countDelta >= 0 ? '+' : '') + r.countDelta} objects  ${r.name}`);
  }
  if (out.length) console.log(out.join('\n'));
}

// ---- 5. studio -------------------------------------------------------------------------------
/** The studio page: the one-file studio bundle (what `login-help-elements studio` serves), full width. */
function studioPage() {
  return {
    type: 'text/html; charset=utf-8',
    body: htmlPage(
      `<main id="host" style="height: 95vh"></main>
<script type="module">
import '/dist/studio.bundle.js';
window.__ready = true;
</script>`,
      '',
    ).trimEnd(),
  };
}

/**
 * In the page: the studio's CodeMirror view (the editor keeps it on its content element, as
 * `EditorView.findFromDOM` reads it; the bundle does not export CodeMirror).
 */
const STUDIO_HELPERS = `
window.studioView = () => document.querySelector('login-help-flow-studio').shadowRoot.querySelector('.cm-content').cmTile.root.view;
window.studioUnderlined = () => [...document.querySelector('login-help-flow-studio').shadowRoot.querySelectorAll('.cm-lintRange')].map((node) => node.textContent);
`;

/**
 * Keystroke → problem shown, in the studio editing a generated flow of `size` steps: the cursor
 * is put inside a `"next": "step-N"` (spread over the file, scrolled into view), a real key press
 * (CDP input) types "x", and the page times from the keydown event to the first frame painted
 * after the underline of `"step-Nx"` is in the DOM (requestAnimationFrame, then a task). Then the
 * key is undone and the studio settles (no underline) before the next trial.
 */
async function studioKeystrokes(context, base, size, flow) {
  const tab = await openPage(context, `${base}/page/studio.html`);
  try {
    const text = `${JSON.stringify(flow, null, 2)}\n`;
    await tab.evaluate(STUDIO_HELPERS);
    const opened = await tab.evaluate(async (source) => {
      const started = performance.now();
      const el = document.createElement('login-help-flow-studio');
      el.lang = 'en';
      el.text = source;
      document.querySelector('#host').append(el);
      const deadline = Date.now() + 30000;
      while (!(el.shadowRoot?.querySelector('.cm-content') && el.valid === true)) {
        if (Date.now() > deadline) throw new Error(`the studio did not read the flow (valid: ${el.valid})`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      return performance.now() - started;
    }, text);
    const doc = await tab.evaluate(() => window.studioView().state.doc.toString());
    const needle = /"next": "(step-\d+)"/g;
    const places = [...doc.matchAll(needle)].map((match) => ({ id: match[1], at: match.index + match[0].length - 1 }));
    if (places.length === 0) throw new Error('no "next" in the generated flow');
    const picks = Array.from({ length: CONFIG.studioKeys }, (_, i) => places[Math.floor(((i + 0.5) * places.length) / CONFIG.studioKeys)]);
    const times = [];
    for (const { id, at } of picks) {
      const typed = `"${id}x"`;
      await tab.evaluate(async (position) => {
        const view = window.studioView();
        view.focus();
        view.dispatch({ selection: { anchor: position }, scrollIntoView: true });
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      }, at);
      await tab.evaluate((expected) => {
        window.__shown = new Promise((resolve, reject) => {
          let pressed = null;
          addEventListener('keydown', (event) => (pressed = event.timeStamp), { capture: true, once: true });
          const root = document.querySelector('login-help-flow-studio').shadowRoot;
          const observer = new MutationObserver(() => {
            if (pressed === null || !window.studioUnderlined().includes(expected)) return;
            observer.disconnect();
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - pressed)));
          });
          observer.observe(root, { subtree: true, childList: true, characterData: true });
          setTimeout(() => reject(new Error(`${expected} was not underlined within 10 s`)), 10000);
        });
      }, typed);
      await tab.keyboard.press('x');
      times.push(await tab.evaluate(() => window.__shown));
      // Undo the key; the studio reads the text again and the underline goes.
      await tab.evaluate(async (position) => {
        const view = window.studioView();
        view.dispatch({ changes: { from: position, to: position + 1 } });
        const deadline = Date.now() + 10000;
        const el = document.querySelector('login-help-flow-studio');
        while (window.studioUnderlined().length > 0 || el.valid !== true) {
          if (Date.now() > deadline) throw new Error('the studio did not settle after undoing the key');
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
      }, at);
    }
    if (tab.errors.length) log(`studio ${size}: page reported ${tab.errors.join('; ')}`);
    return { size, bytes: text.length, lines: doc.split('\n').length, openMs: opened, keystroke: summary(times), samples: times };
  } finally {
    await tab.close();
  }
}

async function studioSection(context, base, flows) {
  const section = { sizes: [] };
  results.studio = section;
  for (const size of CONFIG.studioSizes) {
    log(`studio: ${CONFIG.studioKeys} keystrokes in a ${size}-step flow`);
    const measured = await studioKeystrokes(context, base, size, flows.get(size) ?? generateFlow(size));
    section.sizes.push(measured);
    const { keystroke } = measured;
    const goal = size >= 500 ? `p90 ≤ ${GOALS.studioKeystroke} ms` : '—';
    row(
      '5 studio',
      `keystroke → problem underlined and painted, ${size}-step flow (${kb(measured.bytes)} of JSON, ${measured.lines} lines)`,
      goal,
      `median ${msText(keystroke.median, 0)}, p90 ${msText(keystroke.p90, 0)}, max ${msText(keystroke.max, 0)} (n=${keystroke.n})`,
      size >= 500 ? keystroke.p90 <= GOALS.studioKeystroke : null,
      `opened and read in ${msText(measured.openMs, 0)}`,
    );
  }
  let rows = results.size?.ours.rows;
  if (!rows) {
    try {
      rows = JSON.parse(readFileSync(join(root, 'build', 'size.json'), 'utf8'));
    } catch {
      rows = [];
    }
  }
  const studioSize = rows.find((r) => /^<login-help-flow-studio>/.test(r.part));
  if (studioSize) {
    section.gzip = studioSize.gzip;
    row('5 studio', studioSize.part, `≤ ${kb(GOALS.studioSize)}`, kb(studioSize.gzip), studioSize.gzip <= GOALS.studioSize);
  }
  return section;
}

// ---- main ------------------------------------------------------------------------------------
async function section(name, fn) {
  const t0 = Date.now();
  try {
    return await fn();
  } catch (error) {
    hardFailure = true;
    log(`${name} could not run: ${error.stack ?? error}`);
    results[`${name}Error`] = String(error.message ?? error);
    row(name, `${name} could not run`, '', String(error.message ?? error).split('\n')[0], false);
    return null;
  } finally {
    (results.sectionSeconds ??= {})[name] = (Date.now() - t0) / 1000;
  }
}

results.machine = machineInfo();
const flows = new Map(CONFIG.sizes.map((size) => [size, generateFlow(size)]));
let survey = null;
if (CONFIG.only.has('size')) {
  const sized = await section('1 size', sizeSection);
  survey = sized?.survey ?? null;
} else {
  survey = await surveySizes(cacheDir, root).catch(() => null);
}

const extra = new Map([['/favicon.ico', { type: 'image/x-icon', body: '' }]]);
for (const [size, flow] of flows) extra.set(`/gen/${size}.json`, { type: 'application/json', body: JSON.stringify(flow) });
for (const [path, entry] of pages(survey)) extra.set(path, entry);
for (const [path, entry] of oneFilePages(defaultFlowStart().title)) extra.set(path, entry);
extra.set('/page/studio.html', studioPage());
let sites = null;
if (CONFIG.only.has('load')) {
  log(`load: building the bundler-setup sites with Vite (package: ${CONFIG.packageRoot}/dist)`);
  sites = await section('2b load build', () =>
    buildSites({
      root,
      packageRoot: CONFIG.packageRoot,
      compareRoot: CONFIG.compareRoot || undefined,
      cacheDir,
      title: defaultFlowStart().title,
      surveyJson: survey ? flowToSurvey(defaultFlowStart().defaultFlow) : null,
      survey,
      serverRendered: serverRenderedGuide(CONFIG.packageRoot),
    }),
  );
}
const server = await startStaticServer({
  mounts: {
    '/dist/': join(CONFIG.packageRoot, 'dist'),
    ...(sites ? { '/site/': sites.outDir } : {}),
    '/node_modules/': join(root, 'node_modules'),
    '/bench/lib/': join(root, 'bench', 'lib'),
    '/peers/': join(cacheDir, 'peers'),
  },
  extra,
});
const browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs, '--enable-precise-memory-info'] });
results.machine.chromium = browser.version();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
try {
  if (CONFIG.only.has('ttfr')) await section('2 first step', () => ttfrSection(context, server.url, !!survey));
  if (sites) await section('2b load', () => loadSection(context, server.url, sites));
  if (CONFIG.only.has('scale')) await section('3 scale', () => scaleSection(context, server.url, flows));
  if (CONFIG.only.has('memory')) await section('4 memory', () => memorySection(context, server.url, flows));
  if (CONFIG.only.has('studio')) await section('5 studio', () => studioSection(context, server.url, flows));
  await section('diagnosis', () => diagnose(context, server.url, flows));
} finally {
  await context.close();
  await browser.close();
  await server.close();
}

results.seconds = (Date.now() - started) / 1000;
results.machine.loadAverageAtEnd = os.loadavg().map((x) => Math.round(x * 100) / 100);
const m = results.machine;
console.log(
  `\nlogin-help-elements benchmarks — ${m.date}\n${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB · Node ${m.node} · Chromium ${m.chromium} · playwright-core ${m.playwrightCore} · commit ${m.commit}\nload average (1 min) at start ${m.loadAverageAtStart[0]}, at end ${m.loadAverageAtEnd[0]}${Math.max(m.loadAverageAtStart[0], m.loadAverageAtEnd[0]) > m.cores ? ' — the machine was busy: times are noisier than on an idle one' : ''}\n`,
);
results.markdown = printTable();
printDiagnosis();
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\n${results.seconds.toFixed(0)} s · written bench/results.json`);
process.exitCode = hardFailure ? 2 : 0;
