/**
 * Completion in the studio's editor, from the flow's own ids and the library's vocabularies: step
 * ids where a step is named (`next`, `start`, the values of `errors`), login error codes (the keys
 * of `errors`), template ids, step kinds and the other fixed values, languages (the keys of a
 * text), and the keys a step, a choice or the flow may have. Read with json-tree.ts, so that it
 * works in a definition that does not parse yet.
 */
import type { Completion, CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import { AUTH_CODE_METHODS, LOGIN_ERROR_CODES, OUTCOMES, REQUEST_TEMPLATES, STEP_KINDS } from '../../flow/constants.js';
import { LANGUAGES } from '../../localize/languages.js';
import { idsIn, member, pathAt, stringsIn } from './json-positions.js';
import { readJson, type JsonTree } from './json-tree.js';

const STEP_KEYS = [
  'id',
  'kind',
  'title',
  'body',
  'items',
  'cautions',
  'links',
  'choices',
  'next',
  'nextLabel',
  'diagnose',
  'outcome',
  'template',
  'method',
  'view',
  'href',
];
const FLOW_KEYS = ['$schema', 'version', 'id', 'title', 'languages', 'start', 'errors', 'contactUrl', 'templates', 'site', 'steps'];
const CHOICE_KEYS = ['label', 'next', 'description'];
const TEXT_KEYS = new Set(['title', 'label', 'description', 'nextLabel']);
const TEXT_LISTS = new Set(['body', 'items', 'cautions']);

/** The values that fit at a value of `name` inside `path`, or undefined when none is known. */
function valuesFor(name: string, path: readonly (string | number)[], tree: JsonTree): readonly Completion[] | undefined {
  const plain = (values: readonly string[], type: string) => values.map((value): Completion => ({ label: JSON.stringify(value), type }));
  if (name === 'next' || (name === 'start' && path.length <= 1) || (path[0] === 'errors' && name !== 'errors')) {
    return idsIn(tree, 'steps').map(({ id, of }) => {
      const title = member(of, 'title')?.value;
      return { label: JSON.stringify(id), type: 'variable', detail: title?.type === 'string' ? title.value : undefined };
    });
  }
  if (name === 'kind') return plain(STEP_KINDS, 'keyword');
  if (name === 'template') return plain([...new Set([...REQUEST_TEMPLATES, ...idsIn(tree, 'templates').map(({ id }) => id)])], 'constant');
  if (name === 'method') return plain(AUTH_CODE_METHODS, 'constant');
  if (name === 'outcome') return plain(OUTCOMES, 'constant');
  if (name === 'view') return plain(['explain', 'check'], 'constant');
  return undefined;
}

/** The keys that fit in the object at `path`, or undefined when none is known. */
function keysFor(path: readonly (string | number)[], tree: JsonTree): readonly string[] | undefined {
  const last = path[path.length - 1];
  const before = path[path.length - 2];
  if (path.length === 0) return FLOW_KEYS;
  if (path.length === 1 && last === 'errors') return LOGIN_ERROR_CODES;
  if (path.length === 2 && path[0] === 'steps' && typeof last === 'number') return STEP_KEYS;
  if (before === 'choices' && typeof last === 'number') return CHOICE_KEYS;
  if (
    (typeof last === 'string' && TEXT_KEYS.has(last)) ||
    (typeof last === 'number' && typeof before === 'string' && TEXT_LISTS.has(before))
  ) {
    return [...new Set([...LANGUAGES, ...stringsIn(tree, 'languages')])];
  }
  return undefined;
}

/** The completion source of the studio's editor. */
export function flowCompletion(context: CompletionContext): CompletionResult | null {
  const word = context.matchBefore(/"[^"\\\n]*/);
  if (!word && !context.explicit) return null;
  const from = word?.from ?? context.pos;
  const { state } = context;
  const tree = readJson(state.doc.toString());
  const before = state.sliceDoc(Math.max(0, from - 300), from);
  const property = /"((?:[^"\\]|\\.)*)"\s*:\s*$/.exec(before);
  const path = pathAt(tree, from);
  // The closing quote already there is replaced too.
  const to = state.sliceDoc(context.pos, context.pos + 1) === '"' ? context.pos + 1 : context.pos;
  let options: readonly Completion[] | undefined;
  if (property) {
    const name = JSON.parse(`"${property[1]}"`) as string;
    // pathAt of a value's position may or may not include its own key, depending on how far the text parses.
    const container = path[path.length - 1] === name ? path.slice(0, -1) : path;
    options = valuesFor(name, container, tree);
  } else if (/[{,]\s*$/.test(before)) {
    options = keysFor(path, tree)?.map((key) => ({ label: JSON.stringify(key), type: 'property' }));
  }
  if (!options?.length) return null;
  return { from, to, options, validFor: /^"[^"\\\n]*"?$/ };
}
