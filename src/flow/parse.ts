/**
 * `parseFlow(json)`: validates a flow definition (schema, then graph rules) and never throws.
 */
import * as z from 'zod/mini';
import {
  AUTH_CODE_METHODS,
  FLOW_VERSION,
  LOGIN_ERROR_CODES,
  OUTCOMES,
  REQUEST_TEMPLATES,
  STEP_KINDS,
  flowSchema,
  type FlowDefinition,
  type LocalizedText,
} from './schema.js';
import { clip, describeType, problemText, typeName, type FlowProblem, type FlowRule, type MessageLanguage } from './problems.js';
import { closestMatch, type SuggestionBudget } from './suggest.js';
import { isAllowedLink, linkScheme } from './links.js';
import { isEndStep, successors } from './graph.js';

export { isEndStep, successors } from './graph.js';

export type { FlowProblem, FlowRule, MessageLanguage } from './problems.js';

/** The result of `parseFlow`. */
export type ParseFlowResult = { ok: true; flow: FlowDefinition } | { ok: false; errors: FlowProblem[] };

/** Options of `parseFlow`. */
export interface ParseFlowOptions {
  /** Language of the messages: `'en'` (default) or `'ja'`. */
  lang?: string;
  /** At most this many problems are listed (default 100). */
  maxProblems?: number;
}

/**
 * Validates a flow definition: a parsed JSON value or its text.
 * Returns `{ ok: true, flow }`, or `{ ok: false, errors }` with every problem found, each with a
 * `path`, a `message` suggesting the fix and a `rule` id. Never throws.
 */
export function parseFlow(json: unknown, options: ParseFlowOptions = {}): ParseFlowResult {
  const lang: MessageLanguage = typeof options?.lang === 'string' && options.lang.toLowerCase().startsWith('ja') ? 'ja' : 'en';
  // A negative maxProblems lists none (only "too many"), NaN or no number the default 100.
  const requested = options?.maxProblems;
  const max = typeof requested === 'number' && !Number.isNaN(requested) ? Math.max(0, requested) : 100;
  try {
    let value = json;
    if (typeof value === 'string') {
      try {
        value = JSON.parse(value);
      } catch (error) {
        return fail([{ path: '', message: problemText.invalidJson(lang, (error as Error).message), rule: 'invalid-json' }], max, lang);
      }
    }
    const version = (value as { version?: unknown } | null)?.version;
    if (typeof version === 'number' && Number.isFinite(version) && version > FLOW_VERSION) {
      return fail([{ path: 'version', message: problemText.unsupportedVersion(lang, version, FLOW_VERSION), rule: 'unsupported-version' }], max, lang);
    }
    // What zod would drop without a word (a record's `__proto__` key) or take ages over (an
    // array of length 2³² − 1 with no values): JSON holds neither, a JavaScript object may.
    const { problems: forbidden, holes } = inspect(value, max, lang);
    if (holes) return fail(forbidden, max, lang);
    const parsed = z.safeParse(flowSchema, value);
    if (!parsed.success) {
      const problems = new ProblemList(max);
      for (const issue of parsed.error.issues) {
        if (problems.full) break;
        collectSchemaProblems(issue, [], value, lang, problems);
      }
      return fail(withForbidden(forbidden, problems.items), max, lang);
    }
    const flow = parsed.data;
    if (flow.version !== FLOW_VERSION) {
      return fail([{ path: 'version', message: problemText.oneOf(lang, String(flow.version), [String(FLOW_VERSION)]), rule: 'unsupported-version' }], max, lang);
    }
    const problems = [...forbidden, ...checkGraph(flow, lang, max)];
    return problems.length ? fail(problems, max, lang) : { ok: true, flow };
  } catch (error) {
    // A definition so hostile that validation itself failed (e.g. a getter that throws).
    return { ok: false, errors: [{ path: '', message: problemText.badFormat(lang, errorText(error)), rule: 'schema' }] };
  }
}

/** What a caught value says, whatever it is (it may be an object without a prototype). */
function errorText(error: unknown): string {
  try {
    return clip(String((error as Error)?.message ?? error), 500);
  } catch {
    return describeType(error, 'en');
  }
}

/**
 * Collects problems, but no more than `max + 1` (all `fail` needs to say that there are too
 * many), so that a definition with 10,000 problems costs no more than one with a hundred.
 */
class ProblemList {
  readonly items: FlowProblem[] = [];
  constructor(private readonly max: number) {}
  get full(): boolean {
    return this.items.length > this.max;
  }
  /** Adds a problem unless the list is full; `message` is built only if it is added. */
  add(path: string, rule: FlowRule, message: () => string): void {
    if (!this.full) this.items.push({ path, message: message(), rule });
  }
}

function fail(problems: FlowProblem[], max: number, lang: MessageLanguage): ParseFlowResult {
  if (problems.length <= max) return { ok: false, errors: problems };
  return {
    ok: false,
    errors: [...problems.slice(0, max), { path: '', message: problemText.tooMany(lang, max), rule: 'too-many-problems' }],
  };
}

/** Formats a path as `steps[3].choices[0].next`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else {
      const name = String(key);
      out += /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? (out ? `.${name}` : name) : `[${JSON.stringify(name)}]`;
    }
  }
  return out;
}

// ---- keys that could change a prototype, arrays with holes ---------------------------------

const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Whether `key` is an index of an array of length `length`. */
const isIndex = (key: string, length: number) => /^(?:0|[1-9]\d*)$/.test(key) && Number(key) < length;

/**
 * Walks the input (iteratively and cycle-safe: it may be nested 10,000 levels deep or contain
 * itself) for own `__proto__`, `constructor` and `prototype` keys (JSON.parse makes `"__proto__"`
 * an own key; code that copies such an object may change a prototype instead) and for arrays with
 * holes (`holes` is then true).
 */
function inspect(root: unknown, max: number, lang: MessageLanguage): { problems: FlowProblem[]; holes: boolean } {
  interface Node {
    value: object;
    key?: string | number;
    parent?: Node;
  }
  const pathOf = (node: Node): PropertyKey[] => {
    const path: PropertyKey[] = [];
    for (let at: Node | undefined = node; at?.parent; at = at.parent) path.push(at.key!);
    return path.reverse();
  };
  const problems = new ProblemList(max);
  let holes = false;
  const seen = new WeakSet<object>();
  const stack: Node[] = root !== null && typeof root === 'object' ? [{ value: root }] : [];
  // Every object is visited even once the list is full: an array with holes must be found.
  while (stack.length) {
    const node = stack.pop()!;
    if (seen.has(node.value) || ArrayBuffer.isView(node.value)) continue;
    seen.add(node.value);
    const keys = Object.keys(node.value);
    const isArray = Array.isArray(node.value);
    const length = isArray ? (node.value as unknown[]).length : 0;
    // Object.keys lists an array's indices first, in order: all there if the last one is.
    if (isArray && length > 0 && keys[length - 1] !== String(length - 1)) {
      holes = true;
      problems.add(formatPath(pathOf(node)), 'schema', () => problemText.holes(lang, length));
    }
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) problems.add(formatPath([...pathOf(node), key]), 'schema', () => problemText.forbiddenKey(lang, key));
    }
    // Children pushed last first, so that they are visited (and reported) in document order.
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      const child = (node.value as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object') stack.push({ value: child, key: isArray && isIndex(key, length) ? Number(key) : key, parent: node });
    }
  }
  return { problems: problems.items, holes };
}

/** The forbidden keys first, except those a schema problem already names. */
function withForbidden(forbidden: FlowProblem[], problems: FlowProblem[]): FlowProblem[] {
  const named = new Set(problems.filter((problem) => problem.rule === 'schema').map((problem) => problem.path));
  return [...forbidden.filter((problem) => !named.has(problem.path)), ...problems];
}

// ---- schema problems ----------------------------------------------------------------------

const TOP_KEYS = Object.keys(flowSchema.def.shape);
const STEP_KEYS = ['id', 'kind', 'title', 'body', 'items', 'cautions', 'links', 'choices', 'next', 'nextLabel', 'diagnose', 'outcome', 'template', 'method', 'href'];
const CHOICE_KEYS = ['label', 'next', 'description'];
const LINK_KEYS = ['label', 'href'];

/** Keys allowed at `path` (for "did you mean"). */
function knownKeys(path: readonly PropertyKey[]): string[] {
  if (path.length === 0) return TOP_KEYS;
  const parent = path[path.length - 2];
  if (parent === 'steps' && path.length === 2) return STEP_KEYS;
  if (parent === 'choices') return CHOICE_KEYS;
  if (parent === 'links') return LINK_KEYS;
  return [];
}

/** Keys that only one kind of step has. */
const KIND_OF_KEY: Readonly<Record<string, string>> = { template: 'request', method: 'auth-code', href: 'contact' };

const ENUMS: Record<string, readonly string[]> = {
  kind: STEP_KINDS,
  method: AUTH_CODE_METHODS,
  outcome: OUTCOMES,
  diagnose: ['username'],
};

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

const TEXT_FIELDS = new Set(['title', 'label', 'description', 'nextLabel']);

function isTextPath(path: readonly PropertyKey[]): boolean {
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  return (
    (typeof last === 'string' && TEXT_FIELDS.has(last)) ||
    (typeof last === 'number' && (parent === 'body' || parent === 'items' || parent === 'cautions'))
  );
}

type Issue = z.core.$ZodIssue;

function collectSchemaProblems(
  issue: Issue,
  prefix: readonly PropertyKey[],
  root: unknown,
  lang: MessageLanguage,
  out: ProblemList,
): void {
  if (out.full) return;
  const path = [...prefix, ...issue.path];
  const at = formatPath(path);
  const received = valueAt(root, path);
  const field = path[path.length - 1];
  const schema = (where: string, message: () => string) => out.add(where, 'schema', message);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeName(String(issue.expected), lang);
      schema(at, () =>
        received === undefined ? problemText.required(lang, expected) : problemText.expectedType(lang, expected, describeType(received, lang)),
      );
      return;
    }
    case 'unrecognized_keys': {
      const step = path.length === 2 && path[0] === 'steps';
      for (const key of issue.keys) {
        if (out.full) return;
        const kind = step && Object.hasOwn(KIND_OF_KEY, key) ? KIND_OF_KEY[key] : undefined;
        schema(formatPath([...path, key]), () =>
          kind ? problemText.keyOfOtherKind(lang, key, kind) : problemText.unknownKey(lang, key, closestMatch(key, knownKeys(path))),
        );
      }
      return;
    }
    case 'invalid_union': {
      if ('discriminator' in issue && issue.discriminator) {
        const allowed = (issue as unknown as { options?: unknown[] }).options?.map(String) ?? [...STEP_KINDS];
        const kindPath = path[path.length - 1] === issue.discriminator ? path : [...path, issue.discriminator];
        const kind = valueAt(root, kindPath);
        schema(formatPath(kindPath), () => choiceMessage(lang, kind, allowed));
        return;
      }
      // Prefer the branch whose type matched (its issues are deeper, or about length or format).
      // Not one that also checks a wrong type further: `{ "length": 5 }` is no short string.
      const branches = (issue.errors ?? []) as Issue[][];
      const deep = branches.find((branch) => branch.length > 0 && !branch.some((inner) => inner.path.length === 0 && inner.code === 'invalid_type'));
      if (deep) {
        for (const inner of deep) collectSchemaProblems(inner, path, root, lang, out);
        return;
      }
      schema(at, () => (isTextPath(path) ? problemText.badText(lang) : problemText.invalid(lang)));
      return;
    }
    case 'invalid_key': {
      const key = clip(String(path[path.length - 1]));
      const parentPath = path.slice(0, -1);
      const inText = isTextPath(parentPath);
      schema(at, () =>
        inText
          ? problemText.badFormat(lang, lang === 'ja' ? `\`${key}\` は言語タグではありません（"ja"、"en" など）` : `\`${key}\` is not a language tag (such as "ja" or "en")`)
          : parentPath.length === 1 && parentPath[0] === 'errors'
            ? problemText.unknownErrorCode(lang, key, LOGIN_ERROR_CODES, closestMatch(key, LOGIN_ERROR_CODES))
            : problemText.badFormat(lang, lang === 'ja' ? `キー \`${key}\` が使えません` : `key \`${key}\` is not allowed`),
      );
      return;
    }
    case 'invalid_value': {
      const allowed = (issue.values ?? []).map(String);
      const enumAllowed = typeof field === 'string' ? ENUMS[field] : ENUMS[String(path[path.length - 2])];
      schema(at, () => choiceMessage(lang, received, allowed.length ? allowed : [...(enumAllowed ?? [])]));
      return;
    }
    case 'too_small': {
      const what = issue.origin === 'array' ? (lang === 'ja' ? '配列' : 'list') : lang === 'ja' ? '文字列' : 'text';
      schema(at, () => problemText.tooShort(lang, Number(issue.minimum), what));
      return;
    }
    case 'too_big': {
      const what = issue.origin === 'array' ? (lang === 'ja' ? '配列' : 'list') : lang === 'ja' ? '文字列' : 'text';
      schema(at, () => problemText.tooLong(lang, Number(issue.maximum), what));
      return;
    }
    case 'invalid_format':
      schema(at, () => problemText.badFormat(lang, formatHint(issue, lang)));
      return;
    default:
      schema(at, () => problemText.invalid(lang));
  }
}

/** The message for a value that must be one of `allowed` (a step kind, an outcome …). */
function choiceMessage(lang: MessageLanguage, received: unknown, allowed: readonly string[]): string {
  if (received === undefined) return problemText.required(lang, allowed.join(' | '));
  if (typeof received === 'string') return problemText.oneOf(lang, received, allowed, closestMatch(received, allowed));
  if (typeof received === 'number' || typeof received === 'boolean' || typeof received === 'bigint') {
    return problemText.oneOf(lang, String(received), allowed);
  }
  // An object or array: `String()` would say "[object Object]", or throw for one without a prototype.
  return problemText.expectedType(lang, allowed.join(' | '), describeType(received, lang));
}

function formatHint(issue: Issue, lang: MessageLanguage): string {
  const pattern = 'pattern' in issue ? String(issue.pattern) : '';
  if (pattern.includes('A-Za-z0-9][A-Za-z0-9_-]')) {
    return lang === 'ja'
      ? 'ステップ ID は英数字・「-」・「_」で 80 文字まで（先頭は英数字）'
      : 'a step id uses letters, digits, "-" and "_", starts with a letter or digit, at most 80 characters';
  }
  if (pattern.includes('[a-z]{2,3}')) {
    return lang === 'ja' ? '言語タグ（"ja"、"en" など）' : 'a language tag such as "ja" or "en"';
  }
  return issue.message;
}

// ---- graph problems -----------------------------------------------------------------------

/**
 * Distance-table cells the "did you mean" search among a definition's step and template ids may
 * use (a few tenths of a second at most): plenty for a real flow, and a bound for a hostile one.
 */
const SUGGESTION_CELLS = 50_000_000;

function checkGraph(flow: FlowDefinition, lang: MessageLanguage, max: number): FlowProblem[] {
  const problems = new ProblemList(max);
  const budget: SuggestionBudget = { cells: SUGGESTION_CELLS };
  const index = new Map<string, number>();
  flow.steps.forEach((step, i) => {
    const first = index.get(step.id);
    if (first !== undefined) {
      problems.add(`steps[${i}].id`, 'duplicate-id', () => problemText.duplicateId(lang, step.id, first));
    } else index.set(step.id, i);
  });
  const ids = [...index.keys()];
  const reference = (id: string, path: string) => {
    if (!index.has(id)) problems.add(path, 'unknown-step', () => problemText.unknownStep(lang, id, closestMatch(id, ids, budget)));
  };

  reference(flow.start, 'start');
  const roots = [flow.start];
  for (const [code, id] of Object.entries(flow.errors ?? {})) {
    const path = formatPath(['errors', code]);
    if (!(LOGIN_ERROR_CODES as readonly string[]).includes(code)) {
      problems.add(path, 'unknown-error-code', () =>
        problemText.unknownErrorCode(lang, code, LOGIN_ERROR_CODES, closestMatch(code, LOGIN_ERROR_CODES)),
      );
    }
    reference(id, path);
    roots.push(id);
  }
  checkLink(flow.contactUrl, 'contactUrl', lang, problems);
  // Built-in request templates, and the flow's own.
  const templates = [...new Set([...REQUEST_TEMPLATES, ...(flow.templates ?? []).map((template) => template.id)])];
  const templateIds = new Set(templates);

  flow.steps.forEach((step, i) => {
    const at = `steps[${i}]`;
    step.choices?.forEach((choice, c) => reference(choice.next, `${at}.choices[${c}].next`));
    if (step.next !== undefined) reference(step.next, `${at}.next`);
    step.links?.forEach((link, l) => checkLink(link.href, `${at}.links[${l}].href`, lang, problems));
    if (step.kind === 'contact') checkLink(step.href, `${at}.href`, lang, problems);
    if (step.kind === 'request' && !templateIds.has(step.template)) {
      problems.add(`${at}.template`, 'unknown-template', () =>
        problemText.unknownTemplate(lang, step.template, templates, closestMatch(step.template, templates, budget)),
      );
    }
    if (!isEndStep(step) && !step.choices?.length && step.next === undefined) {
      problems.add(at, 'dead-end', () => problemText.deadEnd(lang, step.id));
    }
  });

  // Reachability from the start and from every error code's step.
  const reached = new Set<string>();
  const queue = roots.filter((id) => index.has(id));
  while (queue.length) {
    const id = queue.pop()!;
    if (reached.has(id)) continue;
    reached.add(id);
    const step = flow.steps[index.get(id)!]!;
    for (const next of successors(step)) if (index.has(next) && !reached.has(next)) queue.push(next);
  }
  flow.steps.forEach((step, i) => {
    if (index.get(step.id) === i && !reached.has(step.id)) {
      problems.add(`steps[${i}]`, 'unreachable-step', () => problemText.unreachable(lang, step.id));
    }
  });

  if (flow.languages?.length) checkTranslations(flow, [...new Set(flow.languages)], lang, problems);
  return problems.items;
}

function checkLink(href: string | undefined, path: string, lang: MessageLanguage, problems: ProblemList) {
  if (href !== undefined && !isAllowedLink(href)) {
    problems.add(path, 'bad-link-scheme', () => problemText.badLinkScheme(lang, linkScheme(href)));
  }
}

function checkTranslations(flow: FlowDefinition, languages: readonly string[], lang: MessageLanguage, problems: ProblemList) {
  const check = (text: LocalizedText | undefined, path: string) => {
    if (text === undefined || typeof text === 'string' || problems.full) return;
    const missing = languages.filter((language) => !text[language]);
    if (missing.length) problems.add(path, 'missing-translation', () => problemText.missingTranslation(lang, missing));
  };
  const checkList = (list: LocalizedText[] | undefined, path: string) => list?.forEach((text, i) => check(text, `${path}[${i}]`));
  check(flow.title, 'title');
  flow.steps.forEach((step, i) => {
    const at = `steps[${i}]`;
    check(step.title, `${at}.title`);
    checkList(step.body, `${at}.body`);
    checkList(step.items, `${at}.items`);
    checkList(step.cautions, `${at}.cautions`);
    check(step.nextLabel, `${at}.nextLabel`);
    step.links?.forEach((link, l) => check(link.label, `${at}.links[${l}].label`));
    step.choices?.forEach((choice, c) => {
      check(choice.label, `${at}.choices[${c}].label`);
      check(choice.description, `${at}.choices[${c}].description`);
    });
  });
}
