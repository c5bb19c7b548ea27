/**
 * The graph of a definition that failed the schema, read as well as it can be, so that `parseFlow`
 * reports its links to no step, unreachable steps, dead ends and duplicate ids in the same round as
 * its schema problems. Only what can be read is judged: steps that are objects with a string `id`,
 * their `next` and `choices[].next` strings, `start`, `errors`; a step whose kind or way forward
 * cannot be read is not called a dead end, and without a `start` nothing is called unreachable.
 */
import { REQUEST_TEMPLATES, STEP_KINDS } from './constants.js';
import { problemText, type FlowProblem, type MessageLanguage } from './problems.js';
import { closestMatch } from './suggest.js';
import { ProblemList, suggested } from './problem-list.js';
import { checkLink, checkOutline, suggestionBudget, type GraphStep } from './graph-rules.js';

const END_KINDS: ReadonlySet<string> = new Set(['resolved', 'request', 'contact']);
const KINDS: ReadonlySet<string> = new Set(STEP_KINDS);

type Record_ = Record<string, unknown>;

const isRecord = (value: unknown): value is Record_ => value !== null && typeof value === 'object' && !Array.isArray(value);
const own = (record: Record_, key: string): unknown => (Object.hasOwn(record, key) ? record[key] : undefined);
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * The graph problems of `value` (at most `max + 1`), or `undefined` when its graph cannot be read
 * at all (not an object, or `steps` not a list).
 */
export function checkGraphOf(value: unknown, lang: MessageLanguage, max: number): FlowProblem[] | undefined {
  if (!isRecord(value)) return undefined;
  const raw = own(value, 'steps');
  if (!Array.isArray(raw)) return undefined;
  const problems = new ProblemList(max);
  const budget = suggestionBudget();
  const steps: GraphStep[] = [];
  const records = new Map<number, Record_>();
  for (let at = 0; at < raw.length; at++) {
    const step: unknown = raw[at];
    if (!isRecord(step)) continue;
    const id = text(own(step, 'id'));
    if (id === undefined) continue;
    records.set(at, step);
    const choices = own(step, 'choices');
    const next = own(step, 'next');
    const kind = own(step, 'kind');
    const readable = (choices === undefined || Array.isArray(choices)) && (next === undefined || typeof next === 'string');
    steps.push({
      at,
      id,
      choices: Array.isArray(choices) ? choices.map((choice) => (isRecord(choice) ? text(own(choice, 'next')) : undefined)) : [],
      next: text(next),
      leadsOn: (Array.isArray(choices) && choices.length > 0) || next !== undefined,
      end:
        own(step, 'outcome') !== undefined
          ? true
          : readable && typeof kind === 'string' && KINDS.has(kind)
            ? END_KINDS.has(kind)
            : undefined,
    });
  }
  const errors = own(value, 'errors');
  const errorEntries = isRecord(errors)
    ? Object.keys(errors).flatMap((code) => {
        const id = text(errors[code]);
        return id === undefined ? [] : [[code, id] as const];
      })
    : [];
  // Templates are judged only when the flow's own list can be read.
  const ownTemplates = own(value, 'templates');
  const templates =
    ownTemplates === undefined || Array.isArray(ownTemplates)
      ? [
          ...new Set([
            ...REQUEST_TEMPLATES,
            ...((ownTemplates as unknown[] | undefined) ?? []).flatMap((template) => {
              const id = isRecord(template) ? text(own(template, 'id')) : undefined;
              return id === undefined ? [] : [id];
            }),
          ]),
        ]
      : undefined;
  checkOutline({ steps, start: text(own(value, 'start')), errors: errorEntries }, lang, problems, budget, {
    top: () => checkLink(text(own(value, 'contactUrl')), 'contactUrl', lang, problems),
    step: (i) => {
      const step = records.get(i)!;
      const links = own(step, 'links');
      if (Array.isArray(links)) {
        links.forEach((link, l) => {
          if (isRecord(link)) checkLink(text(own(link, 'href')), `steps[${i}].links[${l}].href`, lang, problems);
        });
      }
      const kind = own(step, 'kind');
      if (kind === 'contact') checkLink(text(own(step, 'href')), `steps[${i}].href`, lang, problems);
      const template = text(own(step, 'template'));
      if (kind === 'request' && templates && template && !templates.includes(template)) {
        problems.add(`steps[${i}].template`, 'unknown-template', () =>
          suggested('value', closestMatch(template, templates, budget), (hint) =>
            problemText.unknownTemplate(lang, template, templates, hint),
          ),
        );
      }
    },
  });
  return problems.items;
}
