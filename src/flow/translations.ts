/**
 * Texts that lack a language the flow declares in `languages`: the one walk behind `parseFlow`'s
 * `missing-translation` rule and the studio's list of missing texts. Pure, no zod.
 */
import type { FlowDefinition, LocalizedText } from './schema.js';

/** What {@link eachMissingTranslation} says of one text. */
export interface MissingTranslation {
  /** Its JSON path, written only when asked (most texts are complete). */
  path: () => string;
  /** The declared languages it lacks (or has empty), in the order of `languages`. */
  missing: string[];
  /** The index in `steps` of the step it belongs to; `undefined` for the flow's own `title`. */
  step: number | undefined;
}

/**
 * Calls `found` for every text of `flow` given per language that lacks one of `languages`, in the
 * order of the definition (the flow's title, then each step's title, body, items, cautions,
 * nextLabel, links and choices). A text given as one string is complete. Stops early once `stop()`
 * is true.
 */
export function eachMissingTranslation(
  flow: FlowDefinition,
  languages: readonly string[],
  found: (text: MissingTranslation) => void,
  stop: () => boolean = () => false,
): void {
  // Cheap for a complete text (no path, no list): the path is written only for a missing one.
  const complete = (text: LocalizedText | undefined): boolean => {
    if (text === undefined || typeof text === 'string' || stop()) return true;
    for (const language of languages) if (!text[language]) return false;
    return true;
  };
  const check = (text: LocalizedText | undefined, step: number | undefined, path: () => string) => {
    if (complete(text)) return;
    found({ path, step, missing: languages.filter((language) => !(text as Record<string, string>)[language]) });
  };
  const checkList = (list: LocalizedText[] | undefined, step: number, path: () => string) => {
    if (list) for (let j = 0; j < list.length; j++) if (!complete(list[j])) check(list[j], step, () => `${path()}[${j}]`);
  };
  check(flow.title, undefined, () => 'title');
  flow.steps.forEach((step, i) => {
    const at = () => `steps[${i}]`;
    check(step.title, i, () => `${at()}.title`);
    checkList(step.body, i, () => `${at()}.body`);
    checkList(step.items, i, () => `${at()}.items`);
    checkList(step.cautions, i, () => `${at()}.cautions`);
    check(step.nextLabel, i, () => `${at()}.nextLabel`);
    step.links?.forEach((link, l) => check(link.label, i, () => `${at()}.links[${l}].label`));
    step.choices?.forEach((choice, c) => {
      check(choice.label, i, () => `${at()}.choices[${c}].label`);
      check(choice.description, i, () => `${at()}.choices[${c}].description`);
    });
  });
}
