// Runs inside the benchmark pages (served at /bench/lib/harness.mjs). Every function measures
// with performance.now() in the page itself: no DevTools round trip inside a timed span.
import { prng } from './generate-flow.mjs';

const collapse = (value) => (value ?? '').replace(/\s+/g, ' ').trim();

// With `globalThis.__profileSpans = true` (set by the runner, which listens to the DevTools
// Profiler domain), each timed span is also recorded as a CPU profile of exactly that span.
let spanOpen = false;
function spanStart() {
  if (globalThis.__profileSpans !== true) return;
  console.profile('span');
  spanOpen = true;
}
function spanEnd() {
  if (!spanOpen) return;
  spanOpen = false;
  console.profileEnd('span');
}
const END_KINDS = new Set(['resolved', 'request', 'contact']);
const isEnd = (step) => END_KINDS.has(step.kind) || step.outcome !== undefined;
const textOf = (text, lang) => (typeof text === 'string' ? text : (text[lang] ?? text.en ?? Object.values(text)[0]));

/**
 * Resolves when `found()` returns an element, checked right away and then on every DOM mutation
 * under `root` (a MutationObserver callback runs in the microtask right after the change).
 * Resolves to { dom, layout }: ms from `t0` to the first check that found it, and to the end of
 * a forced style + layout of that element (getBoundingClientRect).
 */
function whenFound(root, found, t0, timeoutMs, what) {
  return new Promise((resolve, reject) => {
    let observer;
    let timer;
    const check = () => {
      const node = found();
      if (!node) return false;
      const dom = performance.now() - t0;
      node.getBoundingClientRect();
      const layout = performance.now() - t0;
      spanEnd();
      observer?.disconnect();
      clearTimeout(timer);
      resolve({ dom, layout });
      return true;
    };
    if (check()) return;
    observer = new MutationObserver(check);
    observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
    timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`${what} did not appear within ${timeoutMs} ms`));
    }, timeoutMs);
  });
}

/** Lets the page settle before a timed span: a frame, then a quiet task. */
export function settle(ms = 50) {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, ms)));
}

/**
 * Time to the first rendered step of `<login-help-flow>` (default flow): the clock starts before
 * createElement, stops when the shadow root holds the step's heading with its title.
 */
export async function firstStepOurs({ title, timeoutMs = 10000 }) {
  const host = document.getElementById('host');
  spanStart();
  const t0 = performance.now();
  const el = document.createElement('login-help-flow');
  host.append(el);
  const root = el.shadowRoot;
  if (!root) throw new Error('no shadow root after append');
  return whenFound(
    root,
    () => {
      const heading = root.querySelector('h2');
      return heading && collapse(heading.textContent) === title ? heading : null;
    },
    t0,
    timeoutMs,
    'the step heading',
  );
}

/**
 * Time to the first rendered question of a SurveyJS survey: the clock starts before
 * `new Survey.Model(json)`, then `model.render(container)` (or `renderSurvey(model, container)`), stops when the first question's
 * title is in the DOM. The container exists before (it is the page's mount point).
 */
export async function firstStepSurvey({ json, title, timeoutMs = 10000 }) {
  const host = document.getElementById('host');
  const container = document.createElement('div');
  host.append(container);
  spanStart();
  const t0 = performance.now();
  const model = new globalThis.Survey.Model(json);
  // The UMD bundles add model.render; the ES modules export renderSurvey (the bundler setup sets __renderSurvey).
  if (globalThis.__renderSurvey) globalThis.__renderSurvey(model, container);
  else model.render(container);
  return whenFound(
    container,
    () => {
      for (const node of container.querySelectorAll('[class*="question__title"], .sv_q_title')) {
        if (collapse(node.textContent).includes(title)) return node;
      }
      return null;
    },
    t0,
    timeoutMs,
    'the first question title',
  );
}

/** Repeated timed calls of `fn()`, after `warmup` untimed ones. Returns ms per call. */
export function repeat(fn, runs, warmup) {
  for (let i = 0; i < warmup; i++) fn();
  const out = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out;
}

/** Fetches the flows to parse (before any clock) and checks that parseFlow accepts them. */
export async function loadFlows({ parseFlow, urls, warmup }) {
  globalThis.__flows = new Map();
  for (const url of urls) {
    const flow = await (await fetch(url)).json();
    const check = parseFlow(flow);
    if (!check.ok) throw new Error(`parseFlow rejected ${url}: ${JSON.stringify(check.errors.slice(0, 3))}`);
    for (let i = 0; i < warmup; i++) parseFlow(flow);
    globalThis.__flows.set(url, flow);
  }
}

/** One timed parseFlow of a loaded flow (the runner interleaves sizes). */
export function parseOnce({ parseFlow, url }) {
  const flow = globalThis.__flows.get(url);
  const t0 = performance.now();
  parseFlow(flow);
  return performance.now() - t0;
}

/** Creates `<login-help-flow>` with a flow object (or the default flow) and waits for its first step. */
export async function mount({ url, persist = 'hash', timeoutMs = 60000 }) {
  const host = document.getElementById('host');
  const el = document.createElement('login-help-flow');
  el.persist = persist;
  let flow;
  if (url) {
    flow = await (await fetch(url)).json();
    el.flow = flow;
  }
  host.append(el);
  const t0 = performance.now();
  await whenFound(el.shadowRoot, () => el.shadowRoot.querySelector('h2'), t0, timeoutMs, 'the first step');
  await el.updateComplete;
  globalThis.__bench = { el, flow: flow ?? null };
  return { loadMs: performance.now() - t0, firstStep: el.currentStep?.id };
}

/**
 * One navigation: focus the button (as a click would), start the clock, click, wait for the
 * element's update to complete (render + updated(): the heading is focused there), check the
 * heading and the focus, force style + layout. Returns { dom, layout, ok }.
 */
async function navigate(el, button, targetTitle, targetId) {
  const root = el.shadowRoot;
  button.focus();
  spanStart();
  const t0 = performance.now();
  button.click();
  await el.updateComplete;
  const t1 = performance.now();
  const heading = root.querySelector('h2');
  heading.getBoundingClientRect();
  const t2 = performance.now();
  spanEnd();
  const ok = el.currentStep?.id === targetId && collapse(heading.textContent) === collapse(targetTitle) && root.activeElement === heading;
  return { dom: t1 - t0, layout: t2 - t0, ok };
}

/** The button and the target of the next move of a seeded walk (restart at an end or at `maxPath`). */
function nextMove(el, rand, maxPath, mode, preferKind) {
  const root = el.shadowRoot;
  const step = el.currentStep;
  const end = isEnd(step) || (!step.choices?.length && step.next === undefined);
  const path = el.path;
  if (mode === 'back-and-forth') {
    const forward = !end && path.length < maxPath && (path.length === 1 || rand() < 0.5);
    if (!forward) {
      return { action: 'back', button: root.querySelector('button[part=back]'), target: path[path.length - 2] };
    }
  } else if (end || path.length >= maxPath) {
    return { action: 'restart', button: root.querySelector('button[part=restart]'), target: path[0] };
  }
  if (step.choices?.length) {
    let index = Math.floor(rand() * step.choices.length);
    if (preferKind) {
      // Towards a step of that kind when one is a choice away (for a profile of that kind).
      const byId = globalThis.__bench.byId;
      const preferred = step.choices.findIndex((choice) => byId?.get(choice.next)?.kind === preferKind);
      if (preferred >= 0) index = preferred;
    }
    return { action: 'choose', button: root.querySelectorAll('button[part=choice]')[index], target: step.choices[index].next };
  }
  return { action: 'next', button: root.querySelector('button[part=next]'), target: step.next };
}

/**
 * `count` forward navigations (choose or next) of a seeded walk on the mounted element, one
 * frame apart (as clicks by a person are). Restarts (at an end step or at `maxPath` steps deep)
 * are timed apart. Returns the samples.
 */
export async function navigationTimings({ count, seed, maxPath, lang = 'en', frameApart = true, preferKind, onlyKind }) {
  const { el } = globalThis.__bench;
  const profiling = globalThis.__profileSpans === true;
  globalThis.__bench.byId ??= new Map(globalThis.__bench.flow.steps.map((step) => [step.id, step]));
  // The walk goes on across calls (the runner interleaves batches of the flow sizes).
  globalThis.__bench.walkRand ??= prng(seed);
  const rand = globalThis.__bench.walkRand;
  const titles = new Map();
  const forward = [];
  const restarts = [];
  let failures = 0;
  while (forward.length < count) {
    const move = nextMove(el, rand, maxPath, 'walk', preferKind);
    // Profiles (when asked for) cover forward moves only, and only into `onlyKind` when given.
    if (profiling)
      globalThis.__profileSpans = move.action !== 'restart' && (!onlyKind || globalThis.__bench.byId.get(move.target)?.kind === onlyKind);
    if (!move.button) throw new Error(`no ${move.action} button on step ${el.currentStep?.id}`);
    // The target's title, read from the definition before the clock starts.
    let title = titles.get(move.target);
    if (title === undefined) {
      title = targetTitle(move.target, lang);
      titles.set(move.target, title);
    }
    const sample = await navigate(el, move.button, title, move.target);
    if (!sample.ok) failures++;
    const kind = el.currentStep?.kind;
    if (move.action === 'restart') restarts.push(sample.layout);
    else forward.push({ dom: sample.dom, layout: sample.layout, kind, depth: el.path.length, ok: sample.ok });
    if (frameApart) await settle(0);
  }
  return { forward, restarts, failures };
}

/** The title of step `id` in `lang`, from the flow given to the element. */
function targetTitle(id, lang) {
  const bench = globalThis.__bench;
  bench.byId ??= new Map(bench.flow.steps.map((step) => [step.id, step]));
  const step = bench.byId.get(id);
  return step ? textOf(step.title, lang) : '';
}

/**
 * `count` navigations back and forth (forward along a random choice, or back), untimed, as
 * fast as the element allows (a task break every 50). Returns how many checks failed.
 */
export async function backAndForth({ count, seed, maxPath }) {
  const { el } = globalThis.__bench;
  globalThis.__bench.rand ??= prng(seed);
  const rand = globalThis.__bench.rand;
  let failures = 0;
  for (let i = 0; i < count; i++) {
    const move = nextMove(el, rand, maxPath, 'back-and-forth');
    if (!move.button) throw new Error(`no ${move.action} button on step ${el.currentStep?.id}`);
    move.button.click();
    await el.updateComplete;
    if (el.currentStep?.id !== move.target) failures++;
    if (i % 50 === 49) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return { failures, path: [...el.path] };
}
