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
import { describeType, problemText, typeName, type FlowProblem, type MessageLanguage } from './problems.js';
import { closestMatch } from './suggest.js';
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
  const lang: MessageLanguage = options.lang?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
  const max = options.maxProblems ?? 100;
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
    const parsed = z.safeParse(flowSchema, value);
    if (!parsed.success) {
      const problems: FlowProblem[] = [];
      for (const issue of parsed.error.issues) collectSchemaProblems(issue, [], value, lang, problems);
      return fail(problems, max, lang);
    }
    const flow = parsed.data;
    if (flow.version !== FLOW_VERSION) {
      return fail([{ path: 'version', message: problemText.oneOf(lang, String(flow.version), [String(FLOW_VERSION)]), rule: 'unsupported-version' }], max, lang);
    }
    const problems = checkGraph(flow, lang);
    return problems.length ? fail(problems, max, lang) : { ok: true, flow };
  } catch (error) {
    // A definition so hostile that validation itself failed (e.g. a stack overflow on deep nesting).
    return { ok: false, errors: [{ path: '', message: problemText.badFormat(lang, String((error as Error)?.message ?? error)), rule: 'schema' }] };
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
  out: FlowProblem[],
): void {
  const path = [...prefix, ...issue.path];
  const at = formatPath(path);
  const received = valueAt(root, path);
  const field = path[path.length - 1];
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeName(String(issue.expected), lang);
      const missing = received === undefined;
      out.push({
        path: at,
        message: missing ? problemText.required(lang, expected) : problemText.expectedType(lang, expected, describeType(received, lang)),
        rule: 'schema',
      });
      return;
    }
    case 'unrecognized_keys':
      for (const key of issue.keys) {
        out.push({
          path: formatPath([...path, key]),
          message: problemText.unknownKey(lang, key, closestMatch(key, knownKeys(path))),
          rule: 'schema',
        });
      }
      return;
    case 'invalid_union': {
      if ('discriminator' in issue && issue.discriminator) {
        const allowed = (issue as unknown as { options?: unknown[] }).options?.map(String) ?? [...STEP_KINDS];
        const kindPath = path[path.length - 1] === issue.discriminator ? path : [...path, issue.discriminator];
        const kind = valueAt(root, kindPath);
        out.push({
          path: formatPath(kindPath),
          message:
            typeof kind === 'string'
              ? problemText.oneOf(lang, kind, allowed, closestMatch(kind, allowed))
              : problemText.required(lang, allowed.join(' | ')),
          rule: 'schema',
        });
        return;
      }
      // Prefer the branch that got furthest (an issue below the union's own level).
      const branches = (issue.errors ?? []) as Issue[][];
      const deep = branches.find((branch) => branch.some((inner) => inner.path.length > 0 || inner.code !== 'invalid_type'));
      if (deep) {
        for (const inner of deep) collectSchemaProblems(inner, path, root, lang, out);
        return;
      }
      out.push({ path: at, message: isTextPath(path) ? problemText.badText(lang) : problemText.invalid(lang), rule: 'schema' });
      return;
    }
    case 'invalid_key': {
      const key = String(path[path.length - 1]);
      const parentPath = path.slice(0, -1);
      const inText = isTextPath(parentPath);
      out.push({
        path: at,
        message: inText
          ? problemText.badFormat(lang, lang === 'ja' ? `\`${key}\` は言語タグではありません（"ja"、"en" など）` : `\`${key}\` is not a language tag (such as "ja" or "en")`)
          : parentPath.length === 1 && parentPath[0] === 'errors'
            ? problemText.unknownErrorCode(lang, key, LOGIN_ERROR_CODES, closestMatch(key, LOGIN_ERROR_CODES))
            : problemText.badFormat(lang, lang === 'ja' ? `キー \`${key}\` が使えません` : `key \`${key}\` is not allowed`),
        rule: 'schema',
      });
      return;
    }
    case 'invalid_value': {
      const allowed = (issue.values ?? []).map(String);
      const enumAllowed = typeof field === 'string' ? ENUMS[field] : ENUMS[String(path[path.length - 2])];
      const list = allowed.length ? allowed : [...(enumAllowed ?? [])];
      out.push({
        path: at,
        message: problemText.oneOf(lang, String(received), list, typeof received === 'string' ? closestMatch(received, list) : undefined),
        rule: 'schema',
      });
      return;
    }
    case 'too_small': {
      const what = issue.origin === 'array' ? (lang === 'ja' ? '配列' : 'list') : lang === 'ja' ? '文字列' : 'text';
      out.push({ path: at, message: problemText.tooShort(lang, Number(issue.minimum), what), rule: 'schema' });
      return;
    }
    case 'too_big': {
      const what = issue.origin === 'array' ? (lang === 'ja' ? '配列' : 'list') : lang === 'ja' ? '文字列' : 'text';
      out.push({ path: at, message: problemText.tooLong(lang, Number(issue.maximum), what), rule: 'schema' });
      return;
    }
    case 'invalid_format':
      out.push({ path: at, message: problemText.badFormat(lang, formatHint(issue, lang)), rule: 'schema' });
      return;
    default:
      out.push({ path: at, message: problemText.invalid(lang), rule: 'schema' });
  }
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

function checkGraph(flow: FlowDefinition, lang: MessageLanguage): FlowProblem[] {
  const problems: FlowProblem[] = [];
  const index = new Map<string, number>();
  flow.steps.forEach((step, i) => {
    const first = index.get(step.id);
    if (first !== undefined) {
      problems.push({ path: `steps[${i}].id`, message: problemText.duplicateId(lang, step.id, first), rule: 'duplicate-id' });
    } else index.set(step.id, i);
  });
  const ids = [...index.keys()];
  const reference = (id: string, path: string) => {
    if (!index.has(id)) problems.push({ path, message: problemText.unknownStep(lang, id, closestMatch(id, ids)), rule: 'unknown-step' });
  };

  reference(flow.start, 'start');
  const roots = [flow.start];
  for (const [code, id] of Object.entries(flow.errors ?? {})) {
    const path = formatPath(['errors', code]);
    if (!(LOGIN_ERROR_CODES as readonly string[]).includes(code)) {
      problems.push({ path, message: problemText.unknownErrorCode(lang, code, LOGIN_ERROR_CODES, closestMatch(code, LOGIN_ERROR_CODES)), rule: 'unknown-error-code' });
    }
    reference(id, path);
    roots.push(id);
  }
  checkLink(flow.contactUrl, 'contactUrl', lang, problems);
  // Built-in request templates, and the flow's own.
  const templates = [...new Set([...REQUEST_TEMPLATES, ...(flow.templates ?? []).map((template) => template.id)])];

  flow.steps.forEach((step, i) => {
    const at = `steps[${i}]`;
    step.choices?.forEach((choice, c) => reference(choice.next, `${at}.choices[${c}].next`));
    if (step.next !== undefined) reference(step.next, `${at}.next`);
    step.links?.forEach((link, l) => checkLink(link.href, `${at}.links[${l}].href`, lang, problems));
    if (step.kind === 'contact') checkLink(step.href, `${at}.href`, lang, problems);
    if (step.kind === 'request' && !templates.includes(step.template)) {
      problems.push({
        path: `${at}.template`,
        message: problemText.unknownTemplate(lang, step.template, templates, closestMatch(step.template, templates)),
        rule: 'unknown-template',
      });
    }
    if (!isEndStep(step) && !step.choices?.length && step.next === undefined) {
      problems.push({ path: at, message: problemText.deadEnd(lang, step.id), rule: 'dead-end' });
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
      problems.push({ path: `steps[${i}]`, message: problemText.unreachable(lang, step.id), rule: 'unreachable-step' });
    }
  });

  if (flow.languages?.length) checkTranslations(flow, flow.languages, lang, problems);
  return problems;
}

function checkLink(href: string | undefined, path: string, lang: MessageLanguage, problems: FlowProblem[]) {
  if (href !== undefined && !isAllowedLink(href)) {
    problems.push({ path, message: problemText.badLinkScheme(lang, linkScheme(href)), rule: 'bad-link-scheme' });
  }
}

function checkTranslations(flow: FlowDefinition, languages: readonly string[], lang: MessageLanguage, problems: FlowProblem[]) {
  const check = (text: LocalizedText | undefined, path: string) => {
    if (text === undefined || typeof text === 'string') return;
    const missing = languages.filter((language) => !text[language]);
    if (missing.length) problems.push({ path, message: problemText.missingTranslation(lang, missing), rule: 'missing-translation' });
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
