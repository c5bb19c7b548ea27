/**
 * One step of the flow as a section of the static help page: its number and title, cautions,
 * paragraphs, items, links, the contact form, and its ways forward as links to the sections they
 * lead to (the page needs no script: a choice is a link). A request step whose template is known
 * shows the template (request-section.ts) instead of its own cautions, paragraphs and items, as
 * the guide does beside its built-in form: they say the same for a site's own form.
 */
import type { FlowStep } from '../flow/schema.js';
import { findRequestTemplate } from '../request/templates.js';
import { escapeAttribute, escapeHtml } from './escape.js';
import { flowLink, list, sectionId, stepLink, text, type PageContext } from './page-context.js';
import { notice, requestContent } from './request-section.js';

/** The step's cautions in a notice, or `''`. */
function cautions(step: FlowStep, ctx: PageContext): string {
  const texts = step.cautions?.map((caution) => text(caution, ctx)) ?? [];
  if (!texts.length) return '';
  return notice(ctx.words.cautions, texts.length === 1 ? `<p>${texts[0]}</p>` : list(texts));
}

/** The contact form of a contact or request step: a link, or the words that say to use the site's form. */
function contact(step: FlowStep, ctx: PageContext): string {
  if (step.kind !== 'contact' && step.kind !== 'request') return '';
  const href = (step.kind === 'contact' ? step.href : undefined) ?? ctx.flow.contactUrl;
  const link = href === undefined ? '' : flowLink(href, escapeHtml(ctx.words.contactLink));
  return `<p class="contact">${link || escapeHtml(ctx.words.contactNoLink)}</p>`;
}

/** The step's choices and its single way forward, as links to their sections. */
function waysForward(step: FlowStep, ctx: PageContext): string {
  const items = (step.choices ?? []).map((choice) => {
    const description = choice.description ? `<span class="description">${text(choice.description, ctx)}</span>` : '';
    return stepLink(choice.next, text(choice.label, ctx), ctx) + description;
  });
  if (step.next !== undefined) {
    items.push(stepLink(step.next, step.nextLabel ? text(step.nextLabel, ctx) : escapeHtml(ctx.words.continue), ctx));
  }
  if (!items.length) return '';
  return `<h3>${escapeHtml(ctx.words.whatNext)}</h3>${list(items, 'choices')}`;
}

/** The section of `step`, numbered `number`. */
export function stepSection(step: FlowStep, number: number, ctx: PageContext): string {
  const template = step.kind === 'request' ? findRequestTemplate(step.template, ctx.templates) : undefined;
  const links = (step.links ?? []).map((link) => flowLink(link.href, text(link.label, ctx))).filter(Boolean);
  const parts = [
    `<section id="${escapeAttribute(sectionId(step.id))}">`,
    `<h2><span class="number">${number}.</span> ${text(step.title, ctx)}</h2>`,
  ];
  if (template) parts.push(requestContent(template, ctx));
  else {
    parts.push(
      cautions(step, ctx),
      ...(step.body ?? []).map((paragraph) => `<p>${text(paragraph, ctx)}</p>`),
      list((step.items ?? []).map((item) => text(item, ctx))),
    );
  }
  parts.push(
    list(links, 'links'),
    contact(step, ctx),
    waysForward(step, ctx),
    `<p class="back"><a href="#contents">${escapeHtml(ctx.words.backToContents)}</a></p>`,
    '</section>',
  );
  return parts.filter(Boolean).join('\n');
}
