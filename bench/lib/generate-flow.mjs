// A realistic generated flow definition of N steps, Japanese and English, for the scale and
// memory benchmarks. Deterministic (seeded), so every run measures the same flows.
//
// Shape: a tree grown breadth-first from the start step (so every step is reachable), plus
// forward cross-links (a choice that leads to a step created later: the graph stays acyclic
// and every walk ends). Kinds: ~45 % choice steps (2–4 choices, some with a description),
// ~15 % info steps (one `next`, sometimes links or cautions), ~10 % checklists (2–5 items,
// `next`), ~30 % end steps (resolved, contact, request with a built-in template). Every
// login error code maps to a step. 1–3 body paragraphs per step.

const REQUEST_TEMPLATES = ['password-reissue', 'login-username-reset', 'two-factor-disable', 'username-lookup', 'contact'];
const ERROR_CODES = ['invalid-credentials', 'system-error', 'captcha-required', 'locked', 'code-invalid', 'code-locked', 'unknown'];

/** mulberry32: a small, fast, seeded PRNG. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const JA_WORDS = [
  'ログイン',
  'パスワード',
  'ユーザー名',
  'メールアドレス',
  '認証コード',
  '登録',
  '確認',
  '再発行',
  '手続き',
  'アカウント',
  '画面',
  '入力',
  '設定',
  '時間',
  'お問い合わせ',
  '本人確認',
  '端末',
  'ブラウザー',
];
const JA_TAILS = [
  'をご確認ください。',
  'が必要です。',
  'を入力してください。',
  'はできません。',
  'をお試しください。',
  'についてご案内します。',
];
const EN_WORDS = [
  'login',
  'password',
  'username',
  'e-mail address',
  'authentication code',
  'registration',
  'check',
  'reissue',
  'procedure',
  'account',
  'screen',
  'input',
  'settings',
  'time',
  'contact form',
  'identity check',
  'device',
  'browser',
];
const EN_TAILS = ['please check it.', 'is needed.', 'enter it again.', 'cannot be changed.', 'try again later.', 'read on for the steps.'];

function sentence(rand, words) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const ja = `${pick(JA_WORDS)}と${pick(JA_WORDS)}の${pick(JA_WORDS)}${pick(JA_TAILS)}`;
  const en = `The ${pick(EN_WORDS)} and the ${pick(EN_WORDS)} of your ${pick(EN_WORDS)}: ${pick(EN_TAILS)}`;
  return words === 'ja' ? ja : en;
}

/** A localized text of about `sentences` sentences. */
function text(rand, sentences, prefix = '') {
  let ja = prefix ? `${prefix} ` : '';
  let en = prefix ? `${prefix} ` : '';
  for (let i = 0; i < sentences; i++) {
    ja += sentence(rand, 'ja');
    en += (i ? ' ' : '') + sentence(rand, 'en');
  }
  return { ja, en };
}

/**
 * @param {number} size number of steps
 * @param {number} [seed]
 * @returns {object} a flow definition (format version 1) that parseFlow accepts
 */
export function generateFlow(size, seed = 20260) {
  const rand = prng(seed + size);
  const int = (min, max) => min + Math.floor(rand() * (max - min + 1));
  const steps = [];
  /** Slots waiting for a target: { step, kind: 'choice' | 'next', index }. */
  const open = [];

  const kindFor = (depth) => {
    const r = rand();
    if (depth === 0) return 'choice';
    if (r < 0.45) return 'choice';
    if (r < 0.6) return 'info';
    if (r < 0.7) return 'checklist';
    return 'end';
  };

  const makeStep = (depth) => {
    const n = steps.length;
    let kind = kindFor(depth);
    const title = text(rand, 1, `#${n}`);
    const step = { id: `step-${n}`, kind: 'info', title, body: Array.from({ length: int(1, 3) }, () => text(rand, int(1, 3))) };
    if (kind === 'choice') {
      step.kind = 'choice';
      step.choices = Array.from({ length: int(2, 4) }, (_, c) => {
        const choice = { label: text(rand, 1, `${n}.${c}`), next: '' };
        if (rand() < 0.3) choice.description = text(rand, 1);
        return choice;
      });
      step.choices.forEach((_, index) => open.push({ step, kind: 'choice', index }));
    } else if (kind === 'info' || kind === 'checklist') {
      step.kind = kind;
      if (kind === 'checklist') step.items = Array.from({ length: int(2, 5) }, () => text(rand, 1));
      if (rand() < 0.25) step.cautions = [text(rand, 1)];
      if (rand() < 0.2) step.links = [{ label: text(rand, 1), href: rand() < 0.5 ? `/help/${n}` : `https://help.example.com/${n}` }];
      if (rand() < 0.3) step.nextLabel = text(rand, 1);
      step.next = '';
      open.push({ step, kind: 'next' });
    } else {
      const r = rand();
      if (r < 0.4) step.kind = 'resolved';
      else if (r < 0.7) {
        step.kind = 'contact';
        if (rand() < 0.5) step.href = '/contact';
      } else {
        step.kind = 'request';
        step.template = REQUEST_TEMPLATES[Math.floor(rand() * REQUEST_TEMPLATES.length)];
        step.items = Array.from({ length: int(2, 4) }, () => text(rand, 1));
      }
    }
    step.depth = depth;
    steps.push(step);
    return step;
  };

  makeStep(0);
  // Breadth-first: fill the oldest open slot with a new step until there are `size` steps.
  let cursor = 0;
  while (steps.length < size && cursor < open.length) {
    const slot = open[cursor++];
    const child = makeStep(slot.step.depth + 1);
    if (slot.kind === 'choice') slot.step.choices[slot.index].next = child.id;
    else slot.step.next = child.id;
  }
  // A tree that closed early (all ends): keep adding choice steps under the last one.
  while (steps.length < size) {
    const parent = steps[steps.length - 1];
    const child = makeStep(parent.depth + 1);
    if (parent.kind === 'choice') parent.choices[0].next = child.id;
    else if (parent.next !== undefined) parent.next = child.id;
    else {
      Object.assign(parent, { kind: 'info', next: child.id });
      delete parent.template;
      delete parent.href;
    }
  }
  // Remaining slots point forward to an existing later step (an end step when one exists).
  const ends = steps.filter((step) => step.kind === 'resolved' || step.kind === 'contact' || step.kind === 'request');
  const indexOf = (step) => Number(step.id.slice(5));
  for (; cursor < open.length; cursor++) {
    const slot = open[cursor];
    const from = indexOf(slot.step);
    const later = ends.filter((end) => indexOf(end) > from);
    const target = later.length ? later[Math.floor(rand() * later.length)] : steps[steps.length - 1];
    if (slot.kind === 'choice') slot.step.choices[slot.index].next = target.id;
    else slot.step.next = target.id;
  }
  // Some extra forward cross-links (a realistic flow converges): an added choice to a later step,
  // never backwards (no cycles), never replacing a tree edge (every step stays reachable).
  for (const step of steps) {
    if (step.kind !== 'choice' || step.choices.length >= 4 || rand() > 0.15) continue;
    const from = indexOf(step);
    const target = steps[from + 1 + Math.floor(rand() * (steps.length - from - 1))];
    if (target && !step.choices.some((choice) => choice.next === target.id)) {
      step.choices.push({ label: text(rand, 1, `${from}.${step.choices.length}`), next: target.id });
    }
  }
  const nonEnd = steps.filter((step) => step.kind === 'choice' || step.kind === 'info' || step.kind === 'checklist');
  const errors = {};
  ERROR_CODES.forEach((code, i) => {
    errors[code] = i === ERROR_CODES.length - 1 ? steps[0].id : nonEnd[Math.floor(rand() * nonEnd.length)].id;
  });
  for (const step of steps) delete step.depth;
  return {
    version: 1,
    id: `generated-${size}`,
    title: { ja: `生成されたフロー（${size} ステップ）`, en: `Generated flow (${size} steps)` },
    languages: ['ja', 'en'],
    start: steps[0].id,
    errors,
    contactUrl: 'https://support.example.com/contact',
    steps,
  };
}

/** Counts of kinds and the depth of the tree, for the report. */
export function describeFlow(flow) {
  const kinds = {};
  for (const step of flow.steps) kinds[step.kind] = (kinds[step.kind] ?? 0) + 1;
  const byId = new Map(flow.steps.map((step) => [step.id, step]));
  const depth = new Map([[flow.start, 0]]);
  const queue = [flow.start];
  while (queue.length) {
    const id = queue.shift();
    const step = byId.get(id);
    for (const next of [...(step.choices ?? []).map((c) => c.next), ...(step.next ? [step.next] : [])]) {
      if (!depth.has(next)) {
        depth.set(next, depth.get(id) + 1);
        queue.push(next);
      }
    }
  }
  return {
    steps: flow.steps.length,
    kinds,
    reachable: depth.size,
    maxDepth: Math.max(...depth.values()),
    bytes: JSON.stringify(flow).length,
  };
}
