/**
 * Schema problems: zod's issues turned into `parseFlow`'s problems (paths, rule ids, messages in
 * every library language, "did you mean" suggestions). The words of this module are in the
 * catalogues beside it (schema-problems.en.ts, .ja.ts, .zh-Hans.ts).
 */
import type * as z from 'zod/mini';
import { pick, type Catalogues } from '../localize/languages.js';
import en from './schema-problems.en.js';
import ja from './schema-problems.ja.js';
import zhHans from './schema-problems.zh-Hans.js';
import { AUTH_CODE_METHODS, LOGIN_ERROR_CODES, OUTCOMES, STEP_KINDS, flowSchema } from './schema.js';
import { CHOICE_KEYS, LINK_KEYS, STEP_KEYS } from './keys.js';
import { clip, describeType, problemText, typeName, type FlowProblem, type MessageLanguage } from './problems.js';
import { closestMatch } from './suggest.js';
import { REPEATED_VALUE, siteProfileKeys } from './site-profile-schema.js';
import { formatPath, suggested, type ProblemDetail, type ProblemList } from './problem-list.js';

/** The words schema problems add to the messages of problems.ts, in one language. */
export interface SchemaProblemWords {
  /** What a length limit counts: a list's entries or a text's characters ("list", "text"). */
  what: Readonly<Record<'array' | 'text', string>>;
  /** The detail of a bad format: a text's key that is no language tag. */
  notLanguageTag(key: string): string;
  /** The detail of a bad format: a key of a record that is not allowed there. */
  keyNotAllowed(key: string): string;
  /** The detail of a bad format: what a step id must look like. */
  stepIdFormat: string;
  /** The detail of a bad format: what a language tag looks like. */
  languageTagFormat: string;
}

/** Every language's words. */
export const SCHEMA_PROBLEM_WORDS: Catalogues<SchemaProblemWords> = { en, ja, 'zh-Hans': zhHans };

const wordsOf = (lang: MessageLanguage) => pick(SCHEMA_PROBLEM_WORDS, lang);

/** The forbidden keys first, except those a schema problem already names. */
export function withForbidden(forbidden: FlowProblem[], problems: FlowProblem[]): FlowProblem[] {
  const named = new Set(problems.filter((problem) => problem.rule === 'schema').map((problem) => problem.path));
  return [...forbidden.filter((problem) => !named.has(problem.path)), ...problems];
}

const TOP_KEYS = Object.keys(flowSchema.def.shape);
/** Keys allowed at `path` (for "did you mean"). */
function knownKeys(path: readonly PropertyKey[]): readonly string[] {
  if (path.length === 0) return TOP_KEYS;
  if (path[0] === 'site') return siteProfileKeys(path.slice(1));
  const parent = path[path.length - 2];
  if (parent === 'steps' && path.length === 2) return STEP_KEYS;
  if (parent === 'choices') return CHOICE_KEYS;
  if (parent === 'links') return LINK_KEYS;
  return [];
}

/** Keys that only one kind of step has. */
const KIND_OF_KEY: Readonly<Record<string, string>> = { template: 'request', method: 'auth-code', view: 'auth-code', href: 'contact' };

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

/**
 * Adds the problems of one zod issue (and of the issues inside it) to `out`, with paths from the
 * root of the definition (`prefix` + the issue's path) and the value found there in `root`.
 * `keysAt` gives the keys allowed at a path, for "did you mean" (a flow definition's by default).
 */
export function collectSchemaProblems(
  issue: Issue,
  prefix: readonly PropertyKey[],
  root: unknown,
  lang: MessageLanguage,
  out: ProblemList,
  keysAt: (path: readonly PropertyKey[]) => readonly string[] = knownKeys,
): void {
  if (out.full) return;
  const path = [...prefix, ...issue.path];
  const at = formatPath(path);
  const received = valueAt(root, path);
  const field = path[path.length - 1];
  const schema = (where: string, detail: () => ProblemDetail) => out.add(where, 'schema', detail);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeName(String(issue.expected), lang);
      schema(at, () =>
        received === undefined
          ? problemText.required(lang, expected)
          : problemText.expectedType(lang, expected, describeType(received, lang)),
      );
      return;
    }
    case 'unrecognized_keys': {
      const step = path.length === 2 && path[0] === 'steps';
      for (const key of issue.keys) {
        if (out.full) return;
        const kind = step && Object.hasOwn(KIND_OF_KEY, key) ? KIND_OF_KEY[key] : undefined;
        schema(formatPath([...path, key]), () =>
          kind
            ? problemText.keyOfOtherKind(lang, key, kind)
            : suggested('key', closestMatch(key, keysAt(path)), (hint) => problemText.unknownKey(lang, key, hint)),
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
      const deep = branches.find(
        (branch) => branch.length > 0 && !branch.some((inner) => inner.path.length === 0 && inner.code === 'invalid_type'),
      );
      if (deep) {
        for (const inner of deep) collectSchemaProblems(inner, path, root, lang, out, keysAt);
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
          ? problemText.badFormat(lang, wordsOf(lang).notLanguageTag(key))
          : parentPath.length === 1 && parentPath[0] === 'errors'
            ? suggested('key', closestMatch(key, LOGIN_ERROR_CODES), (hint) =>
                problemText.unknownErrorCode(lang, key, LOGIN_ERROR_CODES, hint),
              )
            : problemText.badFormat(lang, wordsOf(lang).keyNotAllowed(key)),
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
      const what = wordsOf(lang).what[issue.origin === 'array' ? 'array' : 'text'];
      schema(at, () => problemText.tooShort(lang, Number(issue.minimum), what));
      return;
    }
    case 'too_big': {
      const what = wordsOf(lang).what[issue.origin === 'array' ? 'array' : 'text'];
      schema(at, () => problemText.tooLong(lang, Number(issue.maximum), what));
      return;
    }
    case 'invalid_format':
      schema(at, () => problemText.badFormat(lang, formatHint(issue, lang)));
      return;
    case 'custom':
      // The refinements: a text object with no language at all, a list with a value twice.
      schema(at, () =>
        isTextPath(path)
          ? problemText.badText(lang)
          : issue.message === REPEATED_VALUE
            ? problemText.repeated(lang)
            : problemText.invalid(lang),
      );
      return;
    default:
      schema(at, () => problemText.invalid(lang));
  }
}

/** The message for a value that must be one of `allowed` (a step kind, an outcome …). */
function choiceMessage(lang: MessageLanguage, received: unknown, allowed: readonly string[]): ProblemDetail {
  if (received === undefined) return problemText.required(lang, allowed.join(' | '));
  if (typeof received === 'string') {
    return suggested('value', closestMatch(received, allowed), (hint) => problemText.oneOf(lang, received, allowed, hint));
  }
  if (typeof received === 'number' || typeof received === 'boolean' || typeof received === 'bigint') {
    return problemText.oneOf(lang, String(received), allowed);
  }
  // An object or array: `String()` would say "[object Object]", or throw for one without a prototype.
  return problemText.expectedType(lang, allowed.join(' | '), describeType(received, lang));
}

function formatHint(issue: Issue, lang: MessageLanguage): string {
  const pattern = 'pattern' in issue ? String(issue.pattern) : '';
  if (pattern.includes('A-Za-z0-9][A-Za-z0-9_-]')) {
    return wordsOf(lang).stepIdFormat;
  }
  if (pattern.includes('[a-z]{2,3}')) {
    return wordsOf(lang).languageTagFormat;
  }
  return issue.message;
}
