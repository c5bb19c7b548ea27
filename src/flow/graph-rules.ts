/**
 * The graph rules of a flow that passed the schema: ids, references, reachability, dead ends,
 * link schemes, templates, error codes and translations.
 */
import { LOGIN_ERROR_CODES, REQUEST_TEMPLATES, type FlowDefinition, type LocalizedText } from './schema.js';
import { problemText, type FlowProblem, type MessageLanguage } from './problems.js';
import { closestMatch, type SuggestionBudget } from './suggest.js';
import { isAllowedLink, linkScheme } from './links.js';
import { isEndStep, successors } from './graph.js';
import { ProblemList, formatPath } from './problem-list.js';

/**
 * Distance-table cells the "did you mean" search among a definition's step and template ids may
 * use (a few tenths of a second at most): plenty for a real flow, and a bound for a hostile one.
 */
const SUGGESTION_CELLS = 50_000_000;
/** The graph problems of `flow` (at most `max + 1`), in the order of the definition. */
export function checkGraph(flow: FlowDefinition, lang: MessageLanguage, max: number): FlowProblem[] {
  const problems = new ProblemList(max);
  const budget: SuggestionBudget = { cells: SUGGESTION_CELLS };
  const { steps } = flow;
  const index = new Map<string, number>();
  for (let i = 0; i < steps.length; i++) {
    const { id } = steps[i]!;
    const first = index.get(id);
    if (first !== undefined) {
      problems.add(`steps[${i}].id`, 'duplicate-id', () => problemText.duplicateId(lang, id, first));
    } else index.set(id, i);
  }
  const ids = [...index.keys()];
  // Paths are written only for a problem: most references are fine.
  const unknownStep = (id: string, path: string) =>
    problems.add(path, 'unknown-step', () => problemText.unknownStep(lang, id, closestMatch(id, ids, budget)));

  if (!index.has(flow.start)) unknownStep(flow.start, 'start');
  const roots = [flow.start];
  for (const [code, id] of Object.entries(flow.errors ?? {})) {
    const path = formatPath(['errors', code]);
    if (!(LOGIN_ERROR_CODES as readonly string[]).includes(code)) {
      problems.add(path, 'unknown-error-code', () =>
        problemText.unknownErrorCode(lang, code, LOGIN_ERROR_CODES, closestMatch(code, LOGIN_ERROR_CODES)),
      );
    }
    if (!index.has(id)) unknownStep(id, path);
    roots.push(id);
  }
  checkLink(flow.contactUrl, 'contactUrl', lang, problems);
  // Built-in request templates, and the flow's own.
  const templates = [...new Set([...REQUEST_TEMPLATES, ...(flow.templates ?? []).map((template) => template.id)])];
  const templateIds = new Set(templates);

  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    const { choices, links } = step;
    if (choices) {
      for (let c = 0; c < choices.length; c++) {
        const { next } = choices[c]!;
        if (!index.has(next)) unknownStep(next, `steps[${i}].choices[${c}].next`);
      }
    }
    if (step.next !== undefined && !index.has(step.next)) unknownStep(step.next, `steps[${i}].next`);
    if (links) for (let l = 0; l < links.length; l++) checkLink(links[l]!.href, `steps[${i}].links[${l}].href`, lang, problems);
    if (step.kind === 'contact') checkLink(step.href, `steps[${i}].href`, lang, problems);
    if (step.kind === 'request' && !templateIds.has(step.template)) {
      problems.add(`steps[${i}].template`, 'unknown-template', () =>
        problemText.unknownTemplate(lang, step.template, templates, closestMatch(step.template, templates, budget)),
      );
    }
    if (!isEndStep(step) && !choices?.length && step.next === undefined) {
      problems.add(`steps[${i}]`, 'dead-end', () => problemText.deadEnd(lang, step.id));
    }
  }

  // Reachability from the start and from every error code's step.
  const reached = new Set<string>();
  const queue = roots.filter((id) => index.has(id));
  while (queue.length) {
    const id = queue.pop()!;
    if (reached.has(id)) continue;
    reached.add(id);
    const step = steps[index.get(id)!]!;
    for (const next of successors(step)) if (index.has(next) && !reached.has(next)) queue.push(next);
  }
  for (let i = 0; i < steps.length; i++) {
    const { id } = steps[i]!;
    if (index.get(id) === i && !reached.has(id)) {
      problems.add(`steps[${i}]`, 'unreachable-step', () => problemText.unreachable(lang, id));
    }
  }

  if (flow.languages?.length) checkTranslations(flow, [...new Set(flow.languages)], lang, problems);
  return problems.items;
}

function checkLink(href: string | undefined, path: string, lang: MessageLanguage, problems: ProblemList) {
  if (href !== undefined && !isAllowedLink(href)) {
    problems.add(path, 'bad-link-scheme', () => problemText.badLinkScheme(lang, linkScheme(href)));
  }
}

/** Every text given per language must have all of `languages` (not empty). */
function checkTranslations(flow: FlowDefinition, languages: readonly string[], lang: MessageLanguage, problems: ProblemList) {
  // Cheap for a complete text (no path, no list): the path is written only for a problem.
  const complete = (text: LocalizedText | undefined): boolean => {
    if (text === undefined || typeof text === 'string' || problems.full) return true;
    for (const language of languages) if (!text[language]) return false;
    return true;
  };
  const check = (text: LocalizedText | undefined, path: () => string) => {
    if (complete(text)) return;
    const missing = languages.filter((language) => !(text as Record<string, string>)[language]);
    problems.add(path(), 'missing-translation', () => problemText.missingTranslation(lang, missing));
  };
  const checkList = (list: LocalizedText[] | undefined, path: () => string) => {
    if (list) for (let j = 0; j < list.length; j++) if (!complete(list[j])) check(list[j], () => `${path()}[${j}]`);
  };
  check(flow.title, () => 'title');
  flow.steps.forEach((step, i) => {
    const at = () => `steps[${i}]`;
    check(step.title, () => `${at()}.title`);
    checkList(step.body, () => `${at()}.body`);
    checkList(step.items, () => `${at()}.items`);
    checkList(step.cautions, () => `${at()}.cautions`);
    check(step.nextLabel, () => `${at()}.nextLabel`);
    step.links?.forEach((link, l) => check(link.label, () => `${at()}.links[${l}].label`));
    step.choices?.forEach((choice, c) => {
      check(choice.label, () => `${at()}.choices[${c}].label`);
      check(choice.description, () => `${at()}.choices[${c}].description`);
    });
  });
}
