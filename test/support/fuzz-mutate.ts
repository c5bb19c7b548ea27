/**
 * Mutations of valid flow definitions for the fuzz suite of `parseFlow`: each breaks (or keeps) a
 * definition at a known place and says what `parseFlow` must answer: `reject` (with an error
 * naming that place), `accept`, or `either` (only a well-formed answer is required).
 */
import fc from 'fast-check';
import { formatPath } from '../../src/flow/parse.js';
import { LOGIN_ERROR_CODES } from '../../src/flow/constants.js';
import { random, type Json, type JsonObject } from './fuzz-flows.js';

export type Path = (string | number)[];

export interface Mutation {
  op: string;
  input: unknown;
  /** Where the definition was changed, as `parseFlow` writes paths (`steps[3].choices[0].next`). */
  at: string;
  expect: 'reject' | 'accept' | 'either';
  /**
   * An error must have exactly the path `at`: `'any'` (the change is that value itself: a wrong
   * type, an extra key …), `'schema'` (and rule `schema`: a forbidden key). Otherwise a prefix or
   * an extension is enough (a deleted key of a text names the text; 10,000 levels name a level).
   */
  exact?: 'any' | 'schema';
  /**
   * `true`: `JSON.stringify(input)` is the same definition as text. A string: that text (for a
   * definition too deep for `JSON.stringify`). `false`: no JSON text means the same (a cycle …).
   */
  json: boolean | string;
}

// ---- where things are ---------------------------------------------------------------------

/** What a place in a definition holds, from its path. */
export type Slot =
  | 'root'
  | 'free' // $schema: any string
  | 'flow-id'
  | 'version'
  | 'id' // a step id, kind, outcome, method, template name, language tag …: a strict pattern
  | 'id-list'
  | 'href'
  | 'text' // flow text: a string or a record of strings (checked against `languages`)
  | 'text-value'
  | 'text-list'
  | 'template-text' // text of a request template (not checked against `languages`)
  | 'template-text-value'
  | 'template-text-list'
  | 'errors'
  | 'steps'
  | 'step'
  | 'links'
  | 'link'
  | 'choices'
  | 'choice'
  | 'templates'
  | 'template'
  | 'fields'
  | 'field'
  | 'requires'
  | 'boolean'
  | 'unknown';

const TOP: Record<string, Slot> = {
  $schema: 'free',
  version: 'version',
  id: 'flow-id',
  title: 'text',
  languages: 'id-list',
  start: 'id',
  errors: 'errors',
  contactUrl: 'href',
  templates: 'templates',
  steps: 'steps',
};
const STEP: Record<string, Slot> = {
  id: 'id',
  kind: 'id',
  next: 'id',
  outcome: 'id',
  method: 'id',
  template: 'id',
  href: 'href',
  title: 'text',
  nextLabel: 'text',
  body: 'text-list',
  items: 'text-list',
  cautions: 'text-list',
  diagnose: 'id-list',
  links: 'links',
  choices: 'choices',
};
const LINK: Record<string, Slot> = { label: 'text', href: 'href' };
const CHOICE: Record<string, Slot> = { label: 'text', description: 'text', next: 'id' };
const TEMPLATE: Record<string, Slot> = {
  id: 'id',
  inquiryType: 'template-text',
  subject: 'template-text',
  intro: 'template-text',
  cautions: 'template-text-list',
  privacy: 'template-text',
  nameHint: 'template-text',
  emailHint: 'template-text',
  fields: 'fields',
  requiresUsername: 'boolean',
  requiresOneOf: 'requires',
};
const FIELD: Record<string, Slot> = {
  id: 'id',
  label: 'template-text',
  kind: 'id',
  required: 'boolean',
  allowUnknown: 'boolean',
  hint: 'template-text',
};
const REQUIRES: Record<string, Slot> = { fields: 'id-list', message: 'template-text' };

const own = (table: Record<string, Slot>, key: string | number): Slot => (Object.hasOwn(table, key) ? table[key]! : 'unknown');

function childSlot(slot: Slot, key: string | number): Slot {
  switch (slot) {
    case 'root':
      return own(TOP, key);
    case 'errors':
    case 'id-list':
      return 'id';
    case 'steps':
      return 'step';
    case 'step':
      return own(STEP, key);
    case 'text-list':
      return 'text';
    case 'text':
      return 'text-value';
    case 'links':
      return 'link';
    case 'link':
      return own(LINK, key);
    case 'choices':
      return 'choice';
    case 'choice':
      return own(CHOICE, key);
    case 'templates':
      return 'template';
    case 'template':
      return own(TEMPLATE, key);
    case 'fields':
      return 'field';
    case 'field':
      return own(FIELD, key);
    case 'requires':
      return own(REQUIRES, key);
    case 'template-text-list':
      return 'template-text';
    case 'template-text':
      return 'template-text-value';
    default:
      return 'unknown';
  }
}

export function slotOf(path: Path): Slot {
  let slot: Slot = 'root';
  for (const key of path) slot = childSlot(slot, key);
  return slot;
}

/** Keys an object at `slot` must have. */
function requiredKeys(slot: Slot, value: JsonObject): string[] {
  switch (slot) {
    case 'root':
      return ['version', 'start', 'steps'];
    case 'step':
      return value.kind === 'request' ? ['id', 'kind', 'title', 'template'] : ['id', 'kind', 'title'];
    case 'choice':
      return ['label', 'next'];
    case 'link':
      return ['label', 'href'];
    case 'template':
      return ['id', 'inquiryType', 'subject', 'cautions', 'nameHint', 'emailHint', 'fields'];
    case 'field':
      return ['id', 'label', 'kind', 'required', 'allowUnknown'];
    case 'requires':
      return ['fields', 'message'];
    default:
      return [];
  }
}

/** Every key any object of a definition may have. */
export const ALL_KEYS: ReadonlySet<string> = new Set([
  ...Object.keys(TOP),
  ...Object.keys(STEP),
  ...Object.keys(CHOICE),
  ...Object.keys(LINK),
  ...Object.keys(TEMPLATE),
  ...Object.keys(FIELD),
  ...Object.keys(REQUIRES),
]);
export const FORBIDDEN = ['__proto__', 'constructor', 'prototype'] as const;
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export interface JsonNode {
  path: Path;
  value: Json;
  slot: Slot;
}

/** Every value of a (JSON-safe, acyclic) definition with its path, in document order. */
export function listNodes(root: Json): JsonNode[] {
  const out: JsonNode[] = [];
  const stack: JsonNode[] = [{ path: [], value: root, slot: 'root' }];
  while (stack.length) {
    const node = stack.pop()!;
    out.push(node);
    const { value } = node;
    if (value === null || typeof value !== 'object') continue;
    const entries: [string | number, Json][] = Array.isArray(value) ? value.map((item, i) => [i, item]) : Object.entries(value);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i]!;
      stack.push({ path: [...node.path, key], value: child, slot: childSlot(node.slot, key) });
    }
  }
  return out;
}

const isObject = (value: unknown): value is JsonObject => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The value at `path`. */
export function getAt(root: unknown, path: Path): unknown {
  let current = root;
  for (const key of path) current = (current as Record<string | number, unknown>)[key];
  return current;
}

/** Sets the value at `path` (in place); the root itself is replaced by returning `value`. */
function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (!path.length) return value;
  (getAt(root, path.slice(0, -1)) as Record<string | number, unknown>)[path[path.length - 1]!] = value;
  return root;
}

/** The object `value` with `key` added at `position` (an own key even for `__proto__`: made by JSON.parse). */
export function withOwnKey(value: JsonObject, key: string, extra: Json, position: number): JsonObject {
  const entries = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`);
  entries.splice(position % (entries.length + 1), 0, `${JSON.stringify(key)}:${JSON.stringify(extra)}`);
  return JSON.parse(`{${entries.join(',')}}`) as JsonObject;
}

const clone = <T>(value: T): T => structuredClone(value);
const pickFrom = <T>(items: readonly T[], index: number): T => items[index % items.length]!;

/**
 * Whether an error at `errorPath` names the place `at`: the same path, a prefix of it (the object
 * that holds the broken value) or an extension (a key inside the broken value). `''` names only
 * the whole document.
 */
export function names(errorPath: string, at: string): 'exact' | 'prefix' | 'extension' | undefined {
  if (errorPath === at) return 'exact';
  const startsWith = (long: string, short: string) =>
    long.startsWith(short) && (short === '' || long[short.length] === '.' || long[short.length] === '[');
  if (errorPath !== '' && startsWith(at, errorPath)) return 'prefix';
  if (startsWith(errorPath, at)) return 'extension';
  return undefined;
}

// ---- schema mutations ---------------------------------------------------------------------

export const SCHEMA_OPS = [
  'wrong-type',
  'swap',
  'delete-key',
  'extra-key',
  'kind-key',
  'extra-element',
  'number',
  'empty-string',
  'unicode',
] as const;

/** Strange numbers; none is a valid value anywhere (`version` must be exactly 1). */
export const ODD_NUMBERS = [Number.NaN, Infinity, -Infinity, -0, 0, 1e308, 0.5, -1, 2 ** 53 + 2, Number.MIN_VALUE];

const CONTROL = ['\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u200b', '\u2028', '\ufeff', '\ud800', '\n'];

/** Key names no object of a definition has, that are no language tag and no login error code. */
export const extraKeyArb: fc.Arbitrary<string> = fc
  .oneof(
    fc.string({ unit: 'binary', maxLength: 12 }),
    fc.string({ unit: 'binary-ascii', maxLength: 6 }),
    fc.constantFrom(
      'titel',
      'Title',
      'steps ',
      'id\u0000',
      'キー',
      'a.b',
      '[0]',
      '"',
      '',
      'self',
      'length',
      'toString',
      'hasOwnProperty',
      'valueOf',
      '__defineGetter__',
      'NEXT',
    ),
  )
  .filter(
    (key) =>
      !ALL_KEYS.has(key) &&
      !LANGUAGE_TAG.test(key) &&
      !(LOGIN_ERROR_CODES as readonly string[]).includes(key) &&
      !(FORBIDDEN as readonly string[]).includes(key),
  );

/** A string with at least one control, invisible or unpaired character somewhere. */
export const controlStringArb: fc.Arbitrary<string> = fc
  .tuple(fc.string({ unit: 'binary', maxLength: 16 }), fc.constantFrom(...CONTROL), fc.nat())
  .map(([text, control, at]) => {
    const i = at % (text.length + 1);
    return text.slice(0, i) + control + text.slice(i);
  });

export interface MutationChoice {
  op: string;
  pick: number;
  variant: number;
  key: string;
  value: Json;
  text: string;
}

export const mutationChoiceArb = (ops: readonly string[]): fc.Arbitrary<MutationChoice> =>
  fc.record({
    op: fc.constantFrom(...ops),
    pick: fc.nat(),
    variant: fc.nat(),
    key: extraKeyArb,
    value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
    text: controlStringArb,
  });

const TEXT_SLOTS: readonly Slot[] = ['text', 'text-value', 'template-text', 'template-text-value'];

/** Breaks (or, for text, changes) a valid definition `flow` as `choice` says. */
export function mutateSchema(flow: JsonObject, choice: MutationChoice, nodes: JsonNode[] = listNodes(flow)): Mutation {
  const languages = Array.isArray(flow.languages) ? (flow.languages as string[]) : [];
  const objects = nodes.filter((node) => isObject(node.value));
  const arrays = nodes.filter((node) => Array.isArray(node.value));
  const strings = nodes.filter((node) => typeof node.value === 'string');
  const leaves = nodes.filter((node) => node.value === null || typeof node.value !== 'object');
  const input = clone(flow) as unknown;
  const result = (node: Path, value: unknown, at: Path, expect: Mutation['expect'], json = true): Mutation => ({
    op: choice.op,
    input: setAt(input, node, value),
    at: formatPath(at),
    expect,
    exact: 'any',
    json,
  });

  switch (choice.op) {
    case 'wrong-type': {
      const node = pickFrom(nodes, choice.pick);
      const value = node.value;
      // A value of another JSON type, never one the place accepts (an object may be text, so a
      // string never replaces an object).
      const replacements: Json[] =
        typeof value === 'string'
          ? [0, 42, true, false, null, [], [value]]
          : typeof value === 'number'
            ? [String(value), true, null, [], {}, [value]]
            : typeof value === 'boolean'
              ? [String(value), 1, 0, null, [], {}]
              : Array.isArray(value)
                ? [0, true, null, {}, 'x', JSON.stringify(value)]
                : [0, true, false, null, [], [Object.values(value!)[0] ?? null]];
      return result(node.path, pickFrom(replacements, choice.variant), node.path, 'reject');
    }
    case 'swap': {
      // An array where an object is expected, and the other way round.
      const node = pickFrom([...objects, ...arrays], choice.pick);
      const value = Array.isArray(node.value)
        ? Object.fromEntries(node.value.map((item, i) => [String(i), item]))
        : Object.values(node.value as JsonObject);
      return result(node.path, value, node.path, 'reject');
    }
    case 'delete-key': {
      const candidates = objects.filter((node) => Object.keys(node.value as JsonObject).length);
      if (!candidates.length) return mutateSchema(flow, { ...choice, op: 'wrong-type' }, nodes);
      const node = pickFrom(candidates, choice.pick);
      const object = getAt(input, node.path) as JsonObject;
      const key = pickFrom(Object.keys(object), choice.variant);
      const required = requiredKeys(node.slot, object).includes(key) || (node.slot === 'text' && languages.includes(key));
      delete object[key];
      return { op: choice.op, input, at: formatPath([...node.path, key]), expect: required ? 'reject' : 'either', json: true };
    }
    case 'extra-key': {
      const node = pickFrom(objects, choice.pick);
      (getAt(input, node.path) as JsonObject)[choice.key] = choice.value;
      return { op: choice.op, input, at: formatPath([...node.path, choice.key]), expect: 'reject', exact: 'any', json: true };
    }
    case 'kind-key': {
      // A key another kind of step has (`method` on a `choice` step …).
      const steps = objects.filter((node) => node.slot === 'step');
      const node = pickFrom(steps, choice.pick);
      const step = getAt(input, node.path) as JsonObject;
      const own = ({ request: 'template', 'auth-code': 'method', contact: 'href' } as Record<string, string>)[step.kind as string];
      const key = pickFrom(
        ['template', 'method', 'href'].filter((k) => k !== own),
        choice.variant,
      );
      step[key] = key === 'method' ? 'totp' : key === 'href' ? '/contact' : 'contact';
      return { op: choice.op, input, at: formatPath([...node.path, key]), expect: 'reject', exact: 'any', json: true };
    }
    case 'extra-element': {
      const node = pickFrom(arrays, choice.pick);
      const array = getAt(input, node.path) as Json[];
      array.push(pickFrom([null, 0, true, -1], choice.variant));
      return { op: choice.op, input, at: formatPath([...node.path, array.length - 1]), expect: 'reject', exact: 'any', json: true };
    }
    case 'number': {
      const node = pickFrom(leaves, choice.pick);
      const value = pickFrom(ODD_NUMBERS, choice.variant);
      // NaN and ±Infinity become null in JSON: another definition.
      return result(node.path, value, node.path, 'reject', Number.isFinite(value));
    }
    case 'empty-string': {
      const node = pickFrom(strings, choice.pick);
      return result(node.path, '', node.path, node.slot === 'free' ? 'accept' : 'reject');
    }
    case 'unicode': {
      // Any non-empty text is valid text; a strict place refuses a control character.
      const node = pickFrom(strings, choice.pick);
      const expect =
        TEXT_SLOTS.includes(node.slot) || node.slot === 'free' || node.slot === 'flow-id'
          ? 'accept'
          : node.slot === 'id'
            ? 'reject'
            : 'either';
      return result(node.path, choice.text, node.path, expect);
    }
    default:
      throw new Error(`unknown op ${choice.op}`);
  }
}

// ---- keys that could change a prototype -----------------------------------------------------

/** Values given to `__proto__` & co.: what an attacker would try. */
export const POLLUTING_VALUES: Json[] = [
  { polluted: 'yes' },
  { isAdmin: true, polluted: 1 },
  { prototype: { polluted: 'yes' } },
  { constructor: { prototype: { polluted: 'yes' } } },
  'polluted',
  null,
  [],
  { toString: 'polluted', valueOf: 'polluted' },
];

/** An own `__proto__`, `constructor` or `prototype` key (made by JSON.parse) on an object of `flow`. */
export function addForbiddenKey(flow: JsonObject, choice: MutationChoice, nodes: JsonNode[] = listNodes(flow)): Mutation {
  const objects = nodes.filter((node) => isObject(node.value));
  const node = pickFrom(objects, choice.pick);
  const key = pickFrom(FORBIDDEN, choice.variant);
  const value = pickFrom(POLLUTING_VALUES, choice.variant >> 2);
  const replaced = withOwnKey(getAt(flow, node.path) as JsonObject, key, value, choice.pick >> 4);
  if (!Object.hasOwn(replaced, key)) throw new Error(`${key} is not an own key`);
  const input = setAt(clone(flow), node.path, replaced);
  return { op: `forbidden-key ${key}`, input, at: formatPath([...node.path, key]), expect: 'reject', exact: 'schema', json: true };
}

// ---- object cycles, deep nesting, holes, hostile JavaScript values -------------------------------

export const HOSTILE_OPS = [
  'deep-object',
  'deep-array',
  'deep-mixed',
  'self-cycle',
  'ancestor-cycle',
  'array-cycle',
  'holes',
  'hostile-value',
] as const;

export const DEPTH = 10_000;

/** A value nested `depth` levels deep, and its JSON text (JSON.stringify overflows the stack on it). */
export function deepValue(depth: number, kind: 'object' | 'array' | 'mixed', leaf: Json = 'x'): { value: Json; text: string } {
  const root: Json = kind === 'array' ? [] : {};
  let current: Json = root;
  let text = '';
  let close = '';
  for (let i = 0; i < depth; i++) {
    const array = kind === 'array' || (kind === 'mixed' && i % 2 === 1);
    const child: Json = i === depth - 1 ? leaf : kind === 'array' || (kind === 'mixed' && i % 2 === 0) ? [] : {};
    if (array) {
      (current as Json[]).push(child);
      text += '[';
      close = `]${close}`;
    } else {
      (current as JsonObject).a = child;
      text += '{"a":';
      close = `}${close}`;
    }
    current = child;
  }
  return { value: root, text: text + JSON.stringify(leaf) + close };
}

/** JavaScript values that JSON cannot hold, some of them hostile (getters and proxies that throw). */
function hostileValue(variant: number): unknown {
  const values: (() => unknown)[] = [
    () => Object.assign(Object.create(null) as object, { ja: 'x', en: 'y' }),
    () => Object.create(null) as object,
    () => new Date(0),
    () => new Map([['ja', 'x']]),
    () => new Set(['x']),
    () => new Uint8Array(16),
    () => Symbol('x'),
    () => 10n,
    () => () => 'x',
    () => undefined,
    () =>
      new (class Step {
        id = 'a';
        kind = 'resolved';
        title = 'x';
      })(),
    () =>
      Object.defineProperty({}, 'ja', {
        enumerable: true,
        get: () => {
          throw new Error('getter');
        },
      }),
    () =>
      Object.defineProperty({}, 'ja', {
        enumerable: true,
        get: () => {
          throw Object.create(null);
        },
      }),
    () =>
      new Proxy(
        {},
        {
          ownKeys: () => {
            // eslint-disable-next-line @typescript-eslint/only-throw-error -- a hostile trap throws what it likes
            throw Symbol('trap');
          },
          get: () => {
            // eslint-disable-next-line @typescript-eslint/only-throw-error -- a hostile trap throws what it likes
            throw Symbol('trap');
          },
        },
      ),
    () => new Proxy([], { get: (target, key) => (key === 'length' ? 2 ** 32 - 1 : Reflect.get(target, key)) }),
    () => new String('text'),
    () => Object.assign([1, 2], { extra: 'x' }),
  ];
  return values[variant % values.length]!();
}

export function mutateHostile(flow: JsonObject, choice: MutationChoice, nodes: JsonNode[] = listNodes(flow)): Mutation {
  const objects = nodes.filter((node) => isObject(node.value));
  const arrays = nodes.filter((node) => Array.isArray(node.value));
  const input = clone(flow) as unknown;
  switch (choice.op) {
    case 'deep-object':
    case 'deep-array':
    case 'deep-mixed': {
      const node = pickFrom(nodes, choice.pick);
      const deep = deepValue(
        DEPTH,
        choice.op === 'deep-object' ? 'object' : choice.op === 'deep-array' ? 'array' : 'mixed',
        pickFrom(['x', 1, null, { ja: 'x' }], choice.variant),
      );
      // The JSON text: the definition with a placeholder, the placeholder replaced by the deep text.
      const placeholder = `\u{E000}deep-${choice.pick}\u{E000}`;
      const text = JSON.stringify(setAt(clone(flow), node.path, placeholder)).replaceAll(JSON.stringify(placeholder), deep.text);
      return { op: choice.op, input: setAt(input, node.path, deep.value), at: formatPath(node.path), expect: 'reject', json: text };
    }
    case 'self-cycle': {
      // An object that contains itself, under a known or an unknown key.
      const node = pickFrom(objects, choice.pick);
      const object = getAt(input, node.path) as Record<string, unknown>;
      const key = pickFrom(['self', 'title', 'steps', 'choices', 'next', 'ja', choice.key], choice.variant);
      object[key] = object;
      return { op: choice.op, input, at: formatPath([...node.path, key]), expect: 'reject', json: false };
    }
    case 'ancestor-cycle': {
      // A value replaced by one of the objects that hold it (the whole definition, its step …).
      const deep = nodes.filter((node) => node.path.length > 0);
      const node = pickFrom(deep, choice.pick);
      const ancestor = getAt(input, node.path.slice(0, choice.variant % node.path.length));
      setAt(input, node.path, ancestor);
      return { op: choice.op, input, at: formatPath(node.path), expect: 'reject', json: false };
    }
    case 'array-cycle': {
      const node = pickFrom(arrays, choice.pick);
      const array = getAt(input, node.path) as unknown[];
      array.push(array);
      return { op: choice.op, input, at: formatPath([...node.path, array.length - 1]), expect: 'reject', json: false };
    }
    case 'holes': {
      // Arrays JSON cannot write: 2³² − 1 empty slots, or one value far away.
      const node = pickFrom(arrays, choice.pick);
      const holey = pickFrom(
        [
          () => new Array(2 ** 32 - 1),
          () => Object.assign(new Array(1e9), { 5: 'x' }),
          () => {
            const copy = [...(node.value as Json[])];
            copy.length = 1e8;
            return copy;
          },
          () => {
            const copy = [...(node.value as Json[])];
            copy[copy.length + 1] = copy[0] ?? 'x';
            return copy;
          },
        ],
        choice.variant,
      )();
      return { op: choice.op, input: setAt(input, node.path, holey), at: formatPath(node.path), expect: 'reject', json: false };
    }
    case 'hostile-value': {
      const node = pickFrom(nodes, choice.pick);
      return {
        op: choice.op,
        input: setAt(input, node.path, hostileValue(choice.variant)),
        at: formatPath(node.path),
        expect: 'either',
        json: false,
      };
    }
    default:
      throw new Error(`unknown op ${choice.op}`);
  }
}

// ---- huge strings -----------------------------------------------------------------------------

const MB = 1 << 20;
/** 1 MB strings (in UTF-16 code units): ASCII that fits a step id's alphabet, kana, astral emoji, control characters. */
export const HUGE_STRINGS: readonly string[] = [
  'a'.repeat(MB),
  'あ'.repeat(MB),
  '🔐'.repeat(MB / 2),
  '\u0000\u0007'.repeat(MB / 2),
  `javascript:${' '.repeat(MB)}`,
];

export const HUGE_OPS = ['huge-string', 'huge-key'] as const;

export function mutateHuge(flow: JsonObject, choice: MutationChoice, nodes: JsonNode[] = listNodes(flow)): Mutation {
  const huge = pickFrom(HUGE_STRINGS, choice.variant);
  const input = clone(flow) as unknown;
  if (choice.op === 'huge-key') {
    const node = pickFrom(
      nodes.filter((n) => isObject(n.value)),
      choice.pick,
    );
    (getAt(input, node.path) as Record<string, unknown>)[huge] = 'x';
    return { op: choice.op, input, at: formatPath([...node.path, huge]), expect: 'reject', json: true };
  }
  const node = pickFrom(
    nodes.filter((n) => typeof n.value === 'string'),
    choice.pick,
  );
  // Only `$schema` takes a string of any length.
  return {
    op: choice.op,
    input: setAt(input, node.path, huge),
    at: formatPath(node.path),
    expect: node.slot === 'free' ? 'accept' : 'reject',
    json: true,
  };
}

// ---- graph mutations ------------------------------------------------------------------------

export const GRAPH_OPS = [
  'dangling',
  'duplicate-id',
  'dead-end',
  'bad-link',
  'unknown-template',
  'unknown-error-code',
  'missing-translation',
  'unreachable',
  'version',
] as const;

export const BAD_HREFS = [
  'javascript:alert(1)',
  ' JavaScript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:x',
  '\u0000javascript:x',
  'JAVASCRIPT:x',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox',
  'file:///etc/passwd',
  '\u200bjavascript:x',
  'blob:https://x/y',
];

export function mutateGraph(flow: JsonObject, choice: MutationChoice): Mutation {
  const input = clone(flow);
  const steps = input.steps as JsonObject[];
  // The flow is valid: its ids are strings.
  const ids = steps.map((step) => step.id as string);
  let fresh = `${
    ids
      .join('')
      .replace(/[^A-Za-z0-9]/g, '')
      .slice(0, 20) || 'x'
  }Zq${choice.variant % 1000}`;
  while (ids.includes(fresh)) fresh += 'q';
  const i = choice.pick % steps.length;
  const step = steps[i]!;
  const done = (at: Path, op = choice.op): Mutation => ({ op, input, at: formatPath(at), expect: 'reject', json: true });
  switch (choice.op) {
    case 'dangling': {
      // A reference to a step that does not exist: start, an error code's step, next, a choice.
      const places: Path[] = [['start']];
      for (const code of Object.keys((input.errors as JsonObject | undefined) ?? {})) places.push(['errors', code]);
      steps.forEach((s, k) => {
        if (s.next !== undefined) places.push(['steps', k, 'next']);
        (s.choices as JsonObject[] | undefined)?.forEach((_, c) => places.push(['steps', k, 'choices', c, 'next']));
      });
      const at = pickFrom(places, choice.variant);
      setAt(input, at, fresh);
      return done(at);
    }
    case 'duplicate-id': {
      if (steps.length < 2) return mutateGraph(flow, { ...choice, op: 'unreachable' });
      const j = 1 + (choice.variant % (steps.length - 1));
      const first = choice.pick % j;
      steps[j]!.id = ids[first]!;
      return done(['steps', j, 'id']);
    }
    case 'dead-end': {
      // A step that is no end and leads nowhere.
      for (const key of ['choices', 'next', 'nextLabel', 'outcome', 'template', 'method', 'href']) delete step[key];
      step.kind = pickFrom(['info', 'choice', 'checklist', 'auth-code'], choice.variant);
      return done(['steps', i]);
    }
    case 'bad-link': {
      const href = pickFrom(BAD_HREFS, choice.variant);
      const where = choice.variant % 3;
      if (where === 0) {
        input.contactUrl = href;
        return done(['contactUrl']);
      }
      if (where === 1 && step.kind === 'contact') {
        step.href = href;
        return done(['steps', i, 'href']);
      }
      const links = (step.links as JsonObject[] | undefined) ?? (step.links = []);
      links.push({ label: 'Help', href });
      return done(['steps', i, 'links', links.length - 1, 'href']);
    }
    case 'unknown-template': {
      for (const key of ['method', 'href']) delete step[key];
      step.kind = 'request';
      step.template = pickFrom(
        ['password-reset', 'Contact', 'contact-form', 'two-factor', 'ログイン', 'a'.repeat(300), '\u0000'],
        choice.variant,
      );
      return done(['steps', i, 'template']);
    }
    case 'unknown-error-code': {
      const code = pickFrom(
        ['lockedout', 'Locked', 'code_invalid', 'unknown-error', 'captcha', 'e1', 'constructor', 'toString', 'hasOwnProperty'],
        choice.variant,
      );
      const errors = (input.errors as JsonObject | undefined) ?? (input.errors = {});
      errors[code] = ids[0]!;
      return done(['errors', code]);
    }
    case 'missing-translation': {
      // Text without one of the languages `languages` promises.
      const languages = (input.languages as string[] | undefined) ?? (input.languages = ['ja', 'en']);
      const missing = pickFrom(languages, choice.variant);
      const text = Object.fromEntries(
        languages.filter((language) => language !== missing).map((language) => [language, `text ${language}`]),
      );
      text.fr = 'texte';
      const at = pickFrom<Path>([['steps', i, 'title'], ['title'], ['steps', i, 'body', 0]], choice.variant >> 2);
      if (at[2] === 'body') step.body = [...((step.body as Json[] | undefined) ?? []), 'x'];
      setAt(input, at, text);
      return done(at);
    }
    case 'unreachable': {
      steps.push({ id: fresh, kind: 'resolved', title: 'Orphan' });
      return done(['steps', steps.length - 1]);
    }
    case 'version': {
      input.version = pickFrom([2, 3, 1.5, 100, 0, -1], choice.variant);
      return done(['version']);
    }
    default:
      throw new Error(`unknown op ${choice.op}`);
  }
}

// ---- reordering -------------------------------------------------------------------------------

/** `flow` with its steps and every object's keys in another order (a valid flow stays valid). */
export function reorder(flow: JsonObject, seed: number, { steps = true, keys = true } = {}): JsonObject {
  const next = random(seed);
  const shuffle = <T>(items: T[]): T[] => {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  };
  const visit = (value: Json, path: Path): Json => {
    if (Array.isArray(value)) {
      const items = value.map((item, i) => visit(item, [...path, i]));
      return steps && path.length === 1 && path[0] === 'steps' ? shuffle(items) : items;
    }
    if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value).map(([key, child]): [string, Json] => [key, visit(child, [...path, key])]);
      return Object.fromEntries(keys ? shuffle(entries) : entries);
    }
    return value;
  };
  return visit(flow, []) as JsonObject;
}

// ---- JSON-safety --------------------------------------------------------------------------------

/**
 * Whether `value` is plain JSON, so that `JSON.stringify` keeps its meaning: no cycle (an object
 * used twice is fine), no NaN or ±Infinity, no holes, no class instances. Checked iteratively.
 */
export function isJsonSafe(value: unknown): boolean {
  const onPath = new Set<object>();
  const stack: { value: unknown; leave?: boolean }[] = [{ value }];
  while (stack.length) {
    const { value: current, leave } = stack.pop()!;
    if (leave) {
      onPath.delete(current as object);
      continue;
    }
    if (current === null || typeof current === 'string' || typeof current === 'boolean') continue;
    if (typeof current === 'number') {
      if (!Number.isFinite(current)) return false;
      continue;
    }
    if (typeof current !== 'object' || onPath.has(current)) return false;
    const proto = Object.getPrototypeOf(current);
    if (Array.isArray(current)) {
      if (proto !== Array.prototype || Object.keys(current).length !== current.length) return false;
    } else if (proto !== Object.prototype) return false;
    onPath.add(current);
    stack.push({ value: current, leave: true });
    for (const key of Object.keys(current)) stack.push({ value: (current as Record<string, unknown>)[key] });
  }
  return true;
}
