/**
 * The graph rules of a flow that passed the schema: ids, references, reachability, dead ends,
 * link schemes, templates, error codes and translations.
 */
import { LOGIN_ERROR_CODES, REQUEST_TEMPLATES, type FlowDefinition } from './schema.js';
import { problemText, type FlowProblem, type MessageLanguage } from './problems.js';
import { closestMatch, type SuggestionBudget } from './suggest.js';
import { isAllowedLink, linkScheme } from './links.js';
import { isEndStep } from './graph.js';
import { ProblemList, formatPath, suggested } from './problem-list.js';
import { reachedFrom } from './reach.js';
import { eachMissingTranslation } from './translations.js';

/**
 * Distance-table cells the "did you mean" search among a definition's step and template ids may
 * use (a few tenths of a second at most): plenty for a real flow, and a bound for a hostile one.
 */
const SUGGESTION_CELLS = 50_000_000;
/**
 * A step as the reference, reachability and dead-end rules read it: from a definition that passed
 * the schema, or read as well as it can be from one that did not (graph-reading.ts).
 */
export interface GraphStep {
  /** Its index in `steps`. */
  at: number;
  id: string;
  /** The `next` of each choice, in order (`undefined`: a choice whose `next` cannot be read). */
  choices: readonly (string | undefined)[];
  /** Its `next`, if it is a string. */
  next: string | undefined;
  /** Whether it has a way forward: a choice or a `next` (even one that cannot be read). */
  leadsOn: boolean;
  /** Whether it ends a path; `undefined` when that cannot be told (no dead end is then reported). */
  end: boolean | undefined;
}

/** What the graph rules read besides the steps. */
export interface GraphOutline {
  steps: readonly GraphStep[];
  /** The first step, `undefined` when it cannot be read (reachability is then not judged). */
  start: string | undefined;
  /** Login error code → step id. */
  errors: readonly (readonly [string, string])[];
}

/** Checks of the flow's own that the graph rules make in the order of the definition. */
export interface GraphChecks {
  /** After `start` and `errors`, before the steps: the flow's top-level fields. */
  top?(problems: ProblemList): void;
  /** For the step at `steps[at]`, after its references and before its dead end. */
  step?(at: number, problems: ProblemList): void;
  /** After reachability. */
  end?(problems: ProblemList): void;
}

/** The graph problems of `flow` (at most `max + 1`), in the order of the definition. */
export function checkGraph(flow: FlowDefinition, lang: MessageLanguage, max: number): FlowProblem[] {
  const problems = new ProblemList(max);
  const budget = suggestionBudget();
  const outline: GraphOutline = {
    start: flow.start,
    errors: Object.entries(flow.errors ?? {}),
    steps: flow.steps.map((step, at) => ({
      at,
      id: step.id,
      choices: step.choices?.map((choice) => choice.next) ?? [],
      next: step.next,
      leadsOn: !!step.choices?.length || step.next !== undefined,
      end: isEndStep(step),
    })),
  };
  // Built-in request templates, and the flow's own.
  const templates = [...new Set([...REQUEST_TEMPLATES, ...(flow.templates ?? []).map((template) => template.id)])];
  const templateIds = new Set(templates);
  checkOutline(outline, lang, problems, budget, {
    top: () => checkLink(flow.contactUrl, 'contactUrl', lang, problems),
    step: (i) => {
      const step = flow.steps[i]!;
      const { links } = step;
      if (links) for (let l = 0; l < links.length; l++) checkLink(links[l]!.href, `steps[${i}].links[${l}].href`, lang, problems);
      if (step.kind === 'contact') checkLink(step.href, `steps[${i}].href`, lang, problems);
      if (step.kind === 'request' && !templateIds.has(step.template)) {
        problems.add(`steps[${i}].template`, 'unknown-template', () =>
          suggested('value', closestMatch(step.template, templates, budget), (hint) =>
            problemText.unknownTemplate(lang, step.template, templates, hint),
          ),
        );
      }
    },
    end: () => {
      if (flow.languages?.length) checkTranslations(flow, [...new Set(flow.languages)], lang, problems);
    },
  });
  return problems.items;
}

/** A fresh budget for the "did you mean" search of one definition. */
export const suggestionBudget = (): SuggestionBudget => ({ cells: SUGGESTION_CELLS });

/**
 * Duplicate ids, references to no step (`start`, `errors`, choices, `next`), unknown error codes,
 * dead ends and unreachable steps of `outline`, with the flow's own checks of `checks` between them.
 */
export function checkOutline(
  outline: GraphOutline,
  lang: MessageLanguage,
  problems: ProblemList,
  budget: SuggestionBudget,
  checks: GraphChecks = {},
): void {
  const { steps } = outline;
  const index = new Map<string, number>();
  for (const { id, at } of steps) {
    const first = index.get(id);
    if (first !== undefined) {
      problems.add(`steps[${at}].id`, 'duplicate-id', () => problemText.duplicateId(lang, id, first));
    } else index.set(id, at);
  }
  const ids = [...index.keys()];
  // Paths are written only for a problem: most references are fine.
  const unknownStep = (id: string, path: string) =>
    problems.add(path, 'unknown-step', () =>
      suggested('value', closestMatch(id, ids, budget), (hint) => problemText.unknownStep(lang, id, hint)),
    );

  if (outline.start !== undefined && !index.has(outline.start)) unknownStep(outline.start, 'start');
  const roots = outline.start === undefined ? [] : [outline.start];
  for (const [code, id] of outline.errors) {
    const path = formatPath(['errors', code]);
    if (!(LOGIN_ERROR_CODES as readonly string[]).includes(code)) {
      // The code is the key of `errors` the path ends at.
      problems.add(path, 'unknown-error-code', () =>
        suggested('key', closestMatch(code, LOGIN_ERROR_CODES), (hint) =>
          problemText.unknownErrorCode(lang, code, LOGIN_ERROR_CODES, hint),
        ),
      );
    }
    if (!index.has(id)) unknownStep(id, path);
    roots.push(id);
  }
  checks.top?.(problems);

  const byAt = new Map<number, GraphStep>();
  for (const step of steps) {
    const i = step.at;
    byAt.set(i, step);
    const { choices, next } = step;
    for (let c = 0; c < choices.length; c++) {
      const to = choices[c];
      if (to !== undefined && !index.has(to)) unknownStep(to, `steps[${i}].choices[${c}].next`);
    }
    if (next !== undefined && !index.has(next)) unknownStep(next, `steps[${i}].next`);
    checks.step?.(i, problems);
    if (step.end === false && !step.leadsOn) {
      problems.add(`steps[${i}]`, 'dead-end', () => problemText.deadEnd(lang, step.id));
    }
  }

  // Reachability from the start and from every error code's step (not judged without a start).
  if (outline.start !== undefined) {
    const reached = reachedFrom(roots, (id) => {
      const at = index.get(id);
      if (at === undefined) return undefined;
      const step = byAt.get(at)!;
      return step.next === undefined ? step.choices : [...step.choices, step.next];
    });
    for (const { id, at } of steps) {
      if (index.get(id) === at && !reached.has(id)) {
        problems.add(`steps[${at}]`, 'unreachable-step', () => problemText.unreachable(lang, id));
      }
    }
  }
  checks.end?.(problems);
}

/** A `bad-link-scheme` problem at `path` for an `href` that is not http(s), mailto or relative. */
export function checkLink(href: string | undefined, path: string, lang: MessageLanguage, problems: ProblemList) {
  if (href !== undefined && !isAllowedLink(href)) {
    problems.add(path, 'bad-link-scheme', () => problemText.badLinkScheme(lang, linkScheme(href)));
  }
}

/** Every text given per language must have all of `languages` (not empty). */
function checkTranslations(flow: FlowDefinition, languages: readonly string[], lang: MessageLanguage, problems: ProblemList) {
  eachMissingTranslation(
    flow,
    languages,
    ({ path, missing }) => problems.add(path(), 'missing-translation', () => problemText.missingTranslation(lang, missing)),
    () => problems.full,
  );
}
