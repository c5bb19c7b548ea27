/**
 * What every part of the static help page is written with: the language, the page's words, the
 * flow's text escaped, and the steps' numbers and titles for the links between them.
 */
import type { FlowDefinition, FlowStep, LocalizedText } from '../flow/schema.js';
import type { RequestTemplate } from '../flow/request-template-schema.js';
import { resolveText } from '../flow/text.js';
import { isAllowedLink, isExternalLink } from '../flow/links.js';
import { escapeAttribute, escapeHtml } from './escape.js';
import type { AroundLink, PageWords } from './page-words.js';

export interface PageContext {
  /** The language asked for (flow text is resolved for it). */
  lang: string;
  words: PageWords;
  flow: FlowDefinition;
  /** The request templates request steps may name: the flow's own first, then the site's. */
  templates: readonly RequestTemplate[];
  /** Each step and its number on the page (1, 2 …), by id. */
  steps: ReadonlyMap<string, { step: FlowStep; number: number }>;
}

/** A flow text in the page's language, escaped for element content. */
export function text(value: LocalizedText | undefined, ctx: PageContext): string {
  return escapeHtml(resolveText(value, ctx.lang));
}

/** The id of the section of step `id`. */
export function sectionId(id: string): string {
  return `step-${id}`;
}

/** The title of step `id` (escaped), or its id when no step has it. */
export function stepTitle(id: string, ctx: PageContext): string {
  const entry = ctx.steps.get(id);
  return entry ? text(entry.step.title, ctx) : escapeHtml(id);
}

/**
 * A link to the section of step `id`, with `label` (escaped already) as its text and, on paper,
 * the step's number after it.
 */
export function stepLink(id: string, label: string, ctx: PageContext): string {
  const number = ctx.steps.get(id)?.number;
  const goesTo = number === undefined ? '' : `<span class="goes-to"> (→ ${number})</span>`;
  return `<a href="#${escapeAttribute(sectionId(id))}">${label}</a>${goesTo}`;
}

/** A link from the flow (`label` escaped already), or `''` when its href may not be rendered. */
export function flowLink(href: string, label: string): string {
  if (!isAllowedLink(href)) return '';
  const target = href.trim();
  const rel = isExternalLink(target) && !/^mailto:/i.test(target) ? ' rel="noreferrer"' : '';
  return `<a href="${escapeAttribute(target)}"${rel}>${label}</a>`;
}

/** `inner` (markup) with the page's words `around` it, escaped. */
export function aroundLink(around: AroundLink, inner: string): string {
  return `${escapeHtml(around.before)}${inner}${escapeHtml(around.after)}`;
}

/** A list of escaped texts as `<ul>` (with `className`), or `''` when there are none. */
export function list(items: readonly string[], className?: string): string {
  if (!items.length) return '';
  const attribute = className ? ` class="${escapeAttribute(className)}"` : '';
  return `<ul${attribute}>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;
}
