#!/usr/bin/env node
// `npm run bench:ssr` (= `node --import tsx bench/ssr.mjs`): how long one server render takes
// with `renderElement` (login-help-elements/ssr), on this machine, in one run. A benchmark, not a
// test: it prints a table and exits 0 whatever it measures.
//
// Each case: a warm-up (the first call loads @lit-labs/ssr, the elements, the language's text and
// the flow; that one-time cost is printed apart), then BENCH_SSR_RUNS renders (300) one after the
// other, and the median, p95 and mean of each render's wall time. Also 100 concurrent renders in
// mixed languages (as a server under load would run them), their total time.
import { performance } from 'node:perf_hooks';
import { renderElement } from '../src/ssr/index.ts';

const RUNS = Number(process.env.BENCH_SSR_RUNS ?? 300);

const cases = [
  ['guide, start step (en)', 'login-help-flow', { lang: 'en' }],
  [
    'guide, error=invalid-credentials + username (ja)',
    'login-help-flow',
    { lang: 'ja', attributes: { error: 'invalid-credentials', username: 'ｔａｒｏ' } },
  ],
  [
    'guide, error=locked + retry-at (zh-Hans)',
    'login-help-flow',
    { lang: 'zh-Hans', attributes: { error: 'locked', 'retry-at': String(Date.now() + 3_600_000) } },
  ],
  ['explainer, all methods (ja)', 'auth-code-explainer', { lang: 'ja' }],
  ['form, password-reissue (ja)', 'recovery-request-form', { lang: 'ja', attributes: { template: 'password-reissue' } }],
];

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const ms = (value) => value.toFixed(2);

const first = performance.now();
await renderElement('login-help-flow', { lang: 'en' });
const firstMs = performance.now() - first;

const rows = [];
for (const [name, tag, options] of cases) {
  await renderElement(tag, options); // warm: its language and flow loaded
  const times = [];
  let bytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const html = await renderElement(tag, options);
    times.push(performance.now() - start);
    bytes = html.length;
  }
  times.sort((a, b) => a - b);
  const mean = times.reduce((sum, t) => sum + t, 0) / times.length;
  rows.push(`| ${name} | ${ms(quantile(times, 0.5))} | ${ms(quantile(times, 0.95))} | ${ms(mean)} | ${(bytes / 1024).toFixed(1)} KB |`);
}

const langs = ['ja', 'en', 'zh-Hans'];
const concurrentStart = performance.now();
await Promise.all(
  Array.from({ length: 100 }, (_, i) => renderElement('login-help-flow', { lang: langs[i % 3], attributes: { error: 'locked' } })),
);
const concurrentMs = performance.now() - concurrentStart;

console.log(`renderElement on Node ${process.version}, ${RUNS} renders per case after a warm-up`);
console.log(`first call (loads @lit-labs/ssr, the elements, the text and the flow): ${ms(firstMs)} ms\n`);
console.log('| case | median ms | p95 ms | mean ms | HTML |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const row of rows) console.log(row);
console.log(`\n100 concurrent renders of the guide in ja/en/zh-Hans: ${ms(concurrentMs)} ms in all (${ms(concurrentMs / 100)} ms each)`);
