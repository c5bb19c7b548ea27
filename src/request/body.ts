/**
 * The plain-text body of a request, in the request's language: what a user pastes into the
 * site's existing contact form (or what a mailto link carries).
 */
import { resolveText } from '../flow/text.js';
import { pick, type Catalogues } from '../localize/languages.js';
import type { RequestTemplate } from '../flow/request-template-schema.js';
import type { RequestPayload } from './validate.js';
import en from './body.en.js';
import ja from './body.ja.js';
import zhHans from './body.zh-Hans.js';

/** The words of a body in one language (a catalogue file `body.<lang>.ts`). */
export interface BodyWords {
  /** Label of the contact form's inquiry type. */
  inquiryType: string;
  subject: string;
  name: string;
  email: string;
  /** Between a label and its value (`：`, `: `). */
  separator: string;
  /** An "I don't know" answer written out. */
  unknown: string;
  /** The last line: no password is included. */
  closing: string;
}

/** The words of every language. */
export const BODY_WORDS: Catalogues<BodyWords> = { en, ja, 'zh-Hans': zhHans };

/** The indentation of the lines of a multi-line value. */
const INDENT = '  ';

/**
 * The body of a request as plain text with `\n` line endings: a header (inquiry type, subject,
 * then name and e-mail address when given), a blank line, one `Label: value` line per answered field in the
 * template's order (a multi-line value goes on indented lines under its label; "I don't know"
 * is written out), a blank line and a closing line saying that no password is included.
 */
export function requestBody(payload: RequestPayload, template: RequestTemplate): string {
  const words = pick(BODY_WORDS, payload.locale);
  const line = (label: string, value: string) => {
    const lines = value.replace(/\r\n?/g, '\n').split('\n');
    return lines.length === 1
      ? `${label}${words.separator}${value}`
      : [`${label}${words.separator.trimEnd()}`, ...lines.map((l) => (l ? INDENT + l : ''))].join('\n');
  };
  const header = [line(words.inquiryType, payload.inquiryType), line(words.subject, payload.subject)];
  if (payload.name.trim()) header.push(line(words.name, payload.name.trim()));
  if (payload.email.trim()) header.push(line(words.email, payload.email.trim()));
  const fields: string[] = [];
  for (const field of template.fields) {
    const value = Object.hasOwn(payload.fields, field.id) ? payload.fields[field.id] : undefined;
    if (value === undefined || (typeof value === 'string' && value.trim() === '')) continue;
    const label = resolveText(field.label, payload.locale);
    fields.push(line(label, typeof value === 'string' ? value.trim() : words.unknown));
  }
  return [...header, '', ...fields, ...(fields.length ? [''] : []), words.closing].join('\n');
}
