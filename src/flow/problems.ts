/**
 * The problems `parseFlow` reports: rule ids and their messages, one catalogue per language
 * (problems.en.ts, problems.ja.ts, problems.zh-Hans.ts). Messages say what is wrong and, where it
 * can be guessed, the likely fix.
 */
import { pick, type Catalogues, type Language } from '../localize/languages.js';
import en from './problems.en.js';
import ja from './problems.ja.js';
import zhHans from './problems.zh-Hans.js';

/** Rule ids, stable: tools and tests match on them. */
export type FlowRule =
  | 'invalid-json'
  | 'fetch-failed'
  | 'schema'
  | 'unsupported-version'
  | 'duplicate-id'
  | 'unknown-step'
  | 'unreachable-step'
  | 'dead-end'
  | 'unknown-template'
  | 'unknown-error-code'
  | 'bad-link-scheme'
  | 'missing-translation'
  | 'too-many-problems';

/** One problem found in a flow definition. */
export interface FlowProblem {
  /** Where: a JSON path such as `steps[3].choices[0].next` (`''` for the whole document). */
  path: string;
  /** What is wrong and the likely fix, in the language asked for. */
  message: string;
  /** Which rule found it. */
  rule: FlowRule;
  /**
   * The fix the message suggests ("did you mean `x`?"), as data a tool can apply; present only
   * where a suggestion was found. `replace: 'key'`: `path` ends at an object key that should be
   * renamed to `with` (a misspelled `titel`, a misspelled login error code in `errors`);
   * `replace: 'value'`: the string at `path` should become `with` (a step id in `next`, a choice,
   * `start` or `errors`; a step kind, template id, outcome or other fixed value).
   */
  fix?: FlowProblemFix;
}

/** The did-you-mean fix of a {@link FlowProblem}: rename the key at its path, or replace the string there. */
export interface FlowProblemFix {
  /** `key`: rename the key the path ends at; `value`: replace the string value at the path. */
  replace: 'key' | 'value';
  /** The new key or value. */
  with: string;
}

/** Languages `parseFlow` can write its messages in: every {@link Language} of the library. */
export type MessageLanguage = Language;

/** A parsed JSON value (text is parsed, anything else taken as it is), or the `invalid-json` problem. */
export function jsonValue(json: unknown, lang: MessageLanguage): { value: unknown } | { problem: FlowProblem } {
  if (typeof json !== 'string') return { value: json };
  try {
    return { value: JSON.parse(json) };
  } catch (error) {
    return { problem: { path: '', message: problemText.invalidJson(lang, (error as Error).message), rule: 'invalid-json' } };
  }
}

/** The longest value quoted in a message: a 1 MB key or id is cut, not repeated in full. */
const QUOTE_MAX = 100;
/** The most entries of a list (known templates, missing languages …) a message names. */
const LIST_MAX = 20;

/** `text` cut to `max` characters (never inside a surrogate pair), with `…` if cut. */
export function clip(text: string, max = QUOTE_MAX): string {
  if (text.length <= max) return text;
  const end = /[\ud800-\udbff]/.test(text[max - 1]!) ? max - 1 : max;
  return `${text.slice(0, end)}…`;
}

/**
 * The messages of one language. Values arrive ready to print: quoted values clipped, lists
 * joined, "did you mean" already worded (`hint` is `''` when there is no suggestion).
 */
export interface ProblemMessages {
  /** " (did you mean `x`?)" after a message, for a suggestion. */
  hint(suggestion: string): string;
  /** Between the entries of a list. */
  listSeparator: string;
  /** The end of a list cut short: "and 5 more". */
  more(count: number): string;
  /** Names of JSON types (`string`, `array` …), as messages show them. */
  types: Readonly<Record<'string' | 'number' | 'boolean' | 'object' | 'array' | 'null' | 'undefined', string>>;
  invalidJson(detail: string): string;
  expectedType(expected: string, received: string): string;
  required(expected: string): string;
  unknownKey(key: string, hint: string): string;
  keyOfOtherKind(key: string, kind: string): string;
  forbiddenKey(key: string): string;
  holes(length: number): string;
  oneOf(received: string, allowed: string, hint: string): string;
  tooShort(minimum: number, what: string): string;
  tooLong(maximum: number, what: string): string;
  badFormat(detail: string): string;
  badText(): string;
  invalid(): string;
  repeated(): string;
  unsupportedVersion(version: number, supported: number): string;
  duplicateId(id: string, firstIndex: number): string;
  unknownStep(id: string, hint: string): string;
  unreachable(id: string): string;
  deadEnd(id: string): string;
  unknownTemplate(template: string, known: string, hint: string): string;
  unknownErrorCode(code: string, known: string, hint: string): string;
  badLinkScheme(scheme: string): string;
  missingTranslation(missing: string): string;
  tooMany(shown: number): string;
  /** A problem inside a step, with the step's id: the message, then which step. */
  inStep(message: string, id: string): string;
}

/** Every language's problem messages. */
export const PROBLEM_MESSAGES: Catalogues<ProblemMessages> = { en, ja, 'zh-Hans': zhHans };

/** The messages for `lang` (a {@link MessageLanguage} or any BCP 47 tag). */
export function problemMessages(lang: string): ProblemMessages {
  return pick(PROBLEM_MESSAGES, lang);
}

const hint = (text: ProblemMessages, suggestion?: string) => (suggestion ? text.hint(suggestion) : '');

/** The first `LIST_MAX` entries, each formatted, then how many more there are. */
function list(text: ProblemMessages, items: readonly string[], format: (item: string) => string): string {
  const shown = items
    .slice(0, LIST_MAX)
    .map((item) => format(clip(item)))
    .join(text.listSeparator);
  const more = items.length - LIST_MAX;
  return more > 0 ? `${shown}${text.listSeparator}${text.more(more)}` : shown;
}

const code = (item: string) => `\`${item}\``;
const plain = (item: string) => item;
const quoted = (item: string) => `"${item}"`;

/** Message builders, one per situation, in the asked language. */
export const problemText = {
  invalidJson: (lang: MessageLanguage, detail: string) => problemMessages(lang).invalidJson(detail),
  expectedType: (lang: MessageLanguage, expected: string, received: string) => problemMessages(lang).expectedType(expected, received),
  required: (lang: MessageLanguage, expected: string) => problemMessages(lang).required(expected),
  unknownKey: (lang: MessageLanguage, key: string, suggestion?: string) => {
    const text = problemMessages(lang);
    return text.unknownKey(clip(key), hint(text, suggestion));
  },
  keyOfOtherKind: (lang: MessageLanguage, key: string, kind: string) => problemMessages(lang).keyOfOtherKind(key, kind),
  forbiddenKey: (lang: MessageLanguage, key: string) => problemMessages(lang).forbiddenKey(key),
  holes: (lang: MessageLanguage, length: number) => problemMessages(lang).holes(length),
  oneOf: (lang: MessageLanguage, received: string, allowed: readonly string[], suggestion?: string) => {
    const text = problemMessages(lang);
    return text.oneOf(clip(received), list(text, allowed, code), hint(text, suggestion));
  },
  tooShort: (lang: MessageLanguage, minimum: number, what: string) => problemMessages(lang).tooShort(minimum, what),
  tooLong: (lang: MessageLanguage, maximum: number, what: string) => problemMessages(lang).tooLong(maximum, what),
  badFormat: (lang: MessageLanguage, detail: string) => problemMessages(lang).badFormat(detail),
  badText: (lang: MessageLanguage) => problemMessages(lang).badText(),
  invalid: (lang: MessageLanguage) => problemMessages(lang).invalid(),
  repeated: (lang: MessageLanguage) => problemMessages(lang).repeated(),
  unsupportedVersion: (lang: MessageLanguage, version: number, supported: number) =>
    problemMessages(lang).unsupportedVersion(version, supported),
  duplicateId: (lang: MessageLanguage, id: string, firstIndex: number) => problemMessages(lang).duplicateId(clip(id), firstIndex),
  unknownStep: (lang: MessageLanguage, id: string, suggestion?: string) => {
    const text = problemMessages(lang);
    return text.unknownStep(clip(id), hint(text, suggestion));
  },
  unreachable: (lang: MessageLanguage, id: string) => problemMessages(lang).unreachable(clip(id)),
  deadEnd: (lang: MessageLanguage, id: string) => problemMessages(lang).deadEnd(clip(id)),
  unknownTemplate: (lang: MessageLanguage, template: string, known: readonly string[], suggestion?: string) => {
    const text = problemMessages(lang);
    return text.unknownTemplate(clip(template), list(text, known, plain), hint(text, suggestion));
  },
  unknownErrorCode: (lang: MessageLanguage, errorCode: string, known: readonly string[], suggestion?: string) => {
    const text = problemMessages(lang);
    return text.unknownErrorCode(clip(errorCode), list(text, known, plain), hint(text, suggestion));
  },
  badLinkScheme: (lang: MessageLanguage, scheme: string) => problemMessages(lang).badLinkScheme(clip(scheme)),
  missingTranslation: (lang: MessageLanguage, missing: readonly string[]) => {
    const text = problemMessages(lang);
    return text.missingTranslation(list(text, missing, quoted));
  },
  tooMany: (lang: MessageLanguage, shown: number) => problemMessages(lang).tooMany(shown),
  inStep: (lang: MessageLanguage, message: string, id: string) => problemMessages(lang).inStep(message, clip(id)),
};

/** The name of the JSON type of `value`, in the asked language. */
export function describeType(value: unknown, lang: MessageLanguage): string {
  // NaN and ±Infinity are numbers to JavaScript but not to JSON (nor to the schema).
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  const type = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  return typeName(type, lang);
}

/** A type name in the asked language (a name it has no word for stays as it is). */
export function typeName(type: string, lang: MessageLanguage): string {
  const types: Readonly<Record<string, string>> = problemMessages(lang).types;
  return Object.hasOwn(types, type) ? types[type]! : type;
}
