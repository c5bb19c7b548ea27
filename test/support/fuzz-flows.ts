/**
 * Valid flow definitions for the fuzz suite of `parseFlow` (test/flow-fuzz.node.test.ts):
 * fast-check arbitraries for small ones, and a seeded builder for 10,000-step ones.
 *
 * Every definition built here is valid: ids unique and well formed, every step reachable from
 * `start` (a random spanning tree, plus random extra edges, which make cycles: they are allowed),
 * no dead end (a non-end step with nowhere to go gets an edge back to itself), every text in every
 * language of `languages`, links with allowed schemes, request steps naming a known template.
 */
import fc from 'fast-check';
import { AUTH_CODE_METHODS, LOGIN_ERROR_CODES, OUTCOMES, REQUEST_TEMPLATES, STEP_KINDS } from '../../src/flow/constants.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

const END_KINDS: readonly string[] = ['resolved', 'request', 'contact'];

/** The id of the request template some generated flows carry. */
export const OWN_TEMPLATE_ID = 'account-transfer';

/** Step ids: what the schema allows (short, so that shrunk counterexamples stay readable). */
export const stepIdArb = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,15}$/);

/** Non-empty text of every kind: unicode, astral, control characters, markup, right-to-left. */
export const plainTextArb: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 24 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 24 }),
  fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 12 }),
  fc.constantFrom(
    'ログインできない',
    '認証コード 🔐',
    'a\u0000b',
    '\u202eevil',
    '\ud800 lone',
    '<img src=x onerror=alert(1)>',
    ' ',
    '\t\n',
    '{{x}}',
  ),
);

const LANGUAGE_SETS: readonly (readonly string[] | undefined)[] = [undefined, ['ja', 'en'], ['en'], ['ja', 'en', 'zh-Hant']];
const FREE_LANGUAGES = ['ja', 'en', 'fr', 'zh-Hant', 'pt-BR'];

/** Text: one string, or one string per language (all of `languages` when it is given). */
export function textArb(languages: readonly string[] | undefined): fc.Arbitrary<Json> {
  const perLanguage: fc.Arbitrary<Json> = languages
    ? fc
        .tuple(...languages.map(() => plainTextArb))
        .map((values) => Object.fromEntries(languages.map((language, i) => [language, values[i]!])))
    : fc
        .uniqueArray(fc.tuple(fc.constantFrom(...FREE_LANGUAGES), plainTextArb), {
          minLength: 1,
          maxLength: 3,
          selector: ([language]) => language,
        })
        .map((entries) => Object.fromEntries(entries));
  return fc.oneof(plainTextArb, perLanguage);
}

/** Link targets a flow may use (http(s), mailto, relative). */
export const hrefArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'https://help.example.com/lock',
    '/settings',
    'help.html',
    '#top',
    '?q=1',
    'mailto:help@example.com',
    'HTTPS://EXAMPLE.COM/A',
    '//cdn.example.com/x',
  ),
  fc.webUrl(),
);

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });

function stepSpecArb(text: fc.Arbitrary<Json>, templates: readonly string[]) {
  return fc.record({
    kind: fc.constantFrom(...STEP_KINDS),
    parent: fc.nat(),
    extra: fc.array(fc.nat(), { maxLength: 2 }),
    useNext: fc.boolean(),
    title: text,
    body: optional(fc.array(text, { maxLength: 2 })),
    items: optional(fc.array(text, { maxLength: 2 })),
    cautions: optional(fc.array(text, { maxLength: 1 })),
    links: optional(fc.array(fc.record({ label: text, href: hrefArb }, { noNullPrototype: true }), { maxLength: 2 })),
    labels: fc.array(text, { minLength: 3, maxLength: 3 }),
    description: optional(text),
    nextLabel: optional(text),
    diagnose: fc.boolean(),
    outcome: optional(fc.constantFrom(...OUTCOMES)),
    method: optional(fc.constantFrom(...AUTH_CODE_METHODS)),
    href: optional(hrefArb),
    template: fc.constantFrom(...templates),
  });
}
type StepSpec = ReturnType<typeof stepSpecArb> extends fc.Arbitrary<infer T> ? T : never;

function templateArb(text: fc.Arbitrary<Json>): fc.Arbitrary<JsonObject> {
  return fc
    .record({
      inquiryType: text,
      subject: text,
      intro: optional(text),
      cautions: fc.array(text, { maxLength: 2 }),
      privacy: text,
      nameHint: text,
      emailHint: text,
      usernameLabel: text,
      datesLabel: text,
      hint: optional(text),
      required: fc.boolean(),
      allowUnknown: fc.boolean(),
      requiresUsername: fc.boolean(),
      requiresOneOf: optional(text),
    })
    .map((t) =>
      withoutUndefined({
        id: OWN_TEMPLATE_ID,
        inquiryType: t.inquiryType,
        subject: t.subject,
        intro: t.intro,
        cautions: t.cautions,
        privacy: t.privacy,
        nameHint: t.nameHint,
        emailHint: t.emailHint,
        fields: [
          withoutUndefined({
            id: 'username',
            label: t.usernameLabel,
            kind: 'username',
            required: t.required,
            allowUnknown: t.allowUnknown,
            hint: t.hint,
          }),
          { id: 'usageDates', label: t.datesLabel, kind: 'date-list', required: false, allowUnknown: true },
        ],
        requiresUsername: t.requiresUsername ? true : undefined,
        requiresOneOf: t.requiresOneOf === undefined ? undefined : { fields: ['username', 'usageDates'], message: t.requiresOneOf },
      }),
    );
}

function withoutUndefined(object: Record<string, Json | undefined>): JsonObject {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as JsonObject;
}

/** A valid flow definition of 1 to 10 steps. */
export const validFlowArb: fc.Arbitrary<JsonObject> = fc
  .record({
    languages: fc.constantFrom(...LANGUAGE_SETS),
    ids: fc.uniqueArray(stepIdArb, { minLength: 1, maxLength: 10 }),
    withTemplate: fc.boolean(),
  })
  .chain(({ languages, ids, withTemplate }) => {
    const text = textArb(languages);
    const templates = withTemplate ? [...REQUEST_TEMPLATES, OWN_TEMPLATE_ID] : [...REQUEST_TEMPLATES];
    return fc
      .record({
        steps: fc.tuple(...ids.map(() => stepSpecArb(text, templates))),
        errors: fc.array(fc.tuple(fc.constantFrom(...LOGIN_ERROR_CODES), fc.nat()), { maxLength: 3 }),
        schema: optional(fc.string()),
        id: optional(fc.string({ unit: 'binary', minLength: 1, maxLength: 40 })),
        title: optional(text),
        contactUrl: optional(hrefArb),
        template: withTemplate ? templateArb(text) : fc.constant(undefined),
      })
      .map((spec) =>
        withoutUndefined({
          $schema: spec.schema,
          version: 1,
          id: spec.id,
          title: spec.title,
          languages: languages ? [...languages] : undefined,
          start: ids[0]!,
          errors: spec.errors.length
            ? Object.fromEntries(spec.errors.map(([code, target]) => [code, ids[target % ids.length]!]))
            : undefined,
          contactUrl: spec.contactUrl,
          templates: spec.template ? [spec.template] : undefined,
          steps: buildSteps(ids, spec.steps),
        }),
      );
  });

function buildSteps(ids: readonly string[], specs: readonly StepSpec[]): JsonObject[] {
  const n = ids.length;
  const successors: number[][] = ids.map(() => []);
  // A spanning tree from the first step makes every step reachable; extra edges add cycles.
  specs.forEach((spec, i) => {
    if (i > 0) successors[spec.parent % i]!.push(i);
  });
  specs.forEach((spec, i) => spec.extra.forEach((target) => successors[i]!.push(target % n)));
  return specs.map((spec, i) => {
    const end = END_KINDS.includes(spec.kind) || spec.outcome !== undefined;
    const targets = successors[i]!;
    if (!end && targets.length === 0) targets.push(i); // a loop to itself: allowed, and not a dead end
    const step: Record<string, Json | undefined> = { id: ids[i]!, kind: spec.kind, title: spec.title };
    step.body = spec.body;
    step.items = spec.items;
    step.cautions = spec.cautions;
    step.links = spec.links;
    step.diagnose = spec.diagnose ? ['username'] : undefined;
    step.outcome = spec.outcome;
    if (spec.kind === 'request') step.template = spec.template;
    if (spec.kind === 'auth-code') step.method = spec.method;
    if (spec.kind === 'contact') step.href = spec.href;
    const choices = spec.useNext ? targets.slice(0, -1) : targets;
    if (choices.length) {
      step.choices = choices.map((target, c) =>
        withoutUndefined({
          label: spec.labels[c % spec.labels.length]!,
          next: ids[target]!,
          description: c === 0 ? spec.description : undefined,
        }),
      );
    }
    if (spec.useNext && targets.length) {
      step.next = ids[targets[targets.length - 1]!]!;
      step.nextLabel = spec.nextLabel;
    }
    return withoutUndefined(step);
  });
}

// ---- 10,000 steps ---------------------------------------------------------------------------

/** A small, fast, seeded random generator (mulberry32). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const BIG_SHAPES = ['chain', 'ring', 'tree', 'fan'] as const;
export type BigShape = (typeof BIG_SHAPES)[number];

/**
 * A valid flow of `count` steps: a chain to a resolved step, a ring (one big cycle) with random
 * back edges, a random tree with back edges, or a fan (the first step lists every other one).
 */
export function bigFlow(count: number, shape: BigShape, seed: number): JsonObject {
  const next = random(seed);
  const pick = (n: number) => Math.floor(next() * n);
  const languages = next() < 0.5 ? ['ja', 'en'] : undefined;
  const text = (i: number): Json => (languages ? { ja: `ステップ ${i}`, en: `Step ${i}` } : `Step ${i} 🔐`);
  const ids = Array.from({ length: count }, (_, i) => `s${i}-${(seed + i).toString(36)}`);
  const successors: number[][] = ids.map(() => []);
  for (let i = 1; i < count; i++) {
    if (shape === 'chain' || shape === 'ring') successors[i - 1]!.push(i);
    else if (shape === 'tree') successors[pick(i)]!.push(i);
    else successors[0]!.push(i);
  }
  if (shape === 'ring') successors[count - 1]!.push(0);
  if (shape === 'ring' || shape === 'tree') for (let k = 0; k < count / 10; k++) successors[pick(count)]!.push(pick(count));
  const steps = ids.map((id, i): JsonObject => {
    const targets = successors[i]!;
    const step: JsonObject = { id, kind: targets.length ? (i % 3 ? 'choice' : 'info') : 'resolved', title: text(i) };
    if (targets.length === 1 && i % 2) step.next = ids[targets[0]!]!;
    else if (targets.length) step.choices = targets.map((target) => ({ label: text(target), next: ids[target]! }));
    if (i % 50 === 0) step.links = [{ label: text(i), href: i % 100 ? '/help' : 'https://help.example.com' }];
    return step;
  });
  const flow: JsonObject = { version: 1, start: ids[0]!, steps };
  if (languages) flow.languages = languages;
  if (next() < 0.5) flow.errors = { locked: ids[pick(count)]!, unknown: ids[0]! };
  return flow;
}
