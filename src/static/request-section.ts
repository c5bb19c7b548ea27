/**
 * A request step's part of the static help page: what the built-in `<recovery-request-form>`
 * asks for, written out for the site's own contact form. The template's intro and cautions, then
 * "Write in your request": the name, the e-mail address, the inquiry type and subject (the
 * form's exact labels, with their meaning in the reader's language), and the message: every
 * field of the template with its label, whether it is required, whether "I don't know" is an
 * answer, and its hint. Never a password: the page says so, and asks for none.
 */
import type { LocalizedText } from '../flow/schema.js';
import type { RequestField, RequestTemplate } from '../flow/request-template-schema.js';
import { resolveText, textIn } from '../flow/text.js';
import { escapeHtml } from './escape.js';
import { list, text, type PageContext } from './page-context.js';

/**
 * What an exact label of the site's contact form means in the page's language: only a meaning
 * written in that language, and only when it says something the label does not (as the form shows it).
 */
function meaningIn(meaning: LocalizedText | undefined, label: string, lang: string): string | undefined {
  const written = textIn(meaning, lang);
  return written && written !== label ? written : undefined;
}

/** A notice box: a title and its paragraphs or list (markup, escaped already). */
export function notice(title: string, content: string, className = 'notice'): string {
  return `<div class="${className}" role="note"><p class="notice-title">${escapeHtml(title)}</p>${content}</div>`;
}

/** One field of the message: its label, whether it is needed, and how to answer it. */
function fieldItem(field: RequestField, ctx: PageContext): string {
  const { words } = ctx;
  const isList = field.kind === 'username-list' || field.kind === 'date-list';
  const date = field.kind === 'date' || field.kind === 'date-list';
  const hint = field.hint
    ? text(field.hint, ctx)
    : escapeHtml([isList ? words.onePerLine : '', date ? words.dateHint : ''].filter(Boolean).join(' '));
  const requirement = escapeHtml(words.requirement(field.required, field.allowUnknown));
  return (
    `<span class="field-label">${text(field.label, ctx)}</span> <span class="requirement">${requirement}</span>` +
    (hint ? `<span class="hint">${hint}</span>` : '')
  );
}

/** The request's part of a step, for `template`. */
export function requestContent(template: RequestTemplate, ctx: PageContext): string {
  const { words, lang } = ctx;
  const parts: string[] = [];
  if (template.intro) parts.push(`<p>${text(template.intro, ctx)}</p>`);
  const cautions = template.cautions.map((caution) => text(caution, ctx));
  if (cautions.length) parts.push(notice(words.requestCautions, list(cautions)));

  const inquiryType = resolveText(template.inquiryType, lang);
  const subject = resolveText(template.subject, lang);
  const unknownAllowed = template.fields.some((field) => field.allowUnknown);
  const entry = (term: string, description: string) => `<dt>${escapeHtml(term)}</dt><dd>${description}</dd>`;
  parts.push(
    `<h3>${escapeHtml(words.writeInRequest)}</h3>`,
    `<p>${escapeHtml(words.fillIn)}</p>`,
    '<dl class="request">' +
      entry(words.name, text(template.nameHint, ctx)) +
      entry(words.email, text(template.emailHint, ctx)) +
      entry(
        words.inquiryType,
        escapeHtml(words.chooseInquiryType(inquiryType, meaningIn(template.inquiryTypeMeaning, inquiryType, lang))),
      ) +
      entry(
        words.subject,
        escapeHtml(words.writeSubject(subject, meaningIn(template.subjectMeaning, subject, lang), template.subjectSuggested === true)),
      ) +
      entry(
        words.message,
        `<p>${escapeHtml(words.messageIntro(unknownAllowed))}</p>` +
          list(
            template.fields.map((field) => fieldItem(field, ctx)),
            'fields',
          ),
      ) +
      '</dl>',
  );
  if (template.requiresOneOf) parts.push(`<p>${text(template.requiresOneOf.message, ctx)}</p>`);
  parts.push(`<p class="notice" role="note"><strong>${escapeHtml(words.noPassword)}</strong></p>`);
  if (template.privacy) parts.push(`<h3>${escapeHtml(words.privacy)}</h3>`, `<p>${text(template.privacy, ctx)}</p>`);
  return parts.join('\n');
}
