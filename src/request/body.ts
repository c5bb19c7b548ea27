/**
 * The plain-text body of a request, in the request's language: what a user pastes into the
 * site's existing contact form (or what a mailto link carries).
 */
import { primaryLanguage, resolveText } from '../flow/text.js';
import type { RequestTemplate } from './template-schema.js';
import type { RequestPayload } from './validate.js';

interface BodyWords {
  inquiryType: string;
  subject: string;
  name: string;
  email: string;
  separator: string;
  unknown: string;
  closing: string;
}

const WORDS: Record<'ja' | 'en', BodyWords> = {
  ja: {
    inquiryType: 'お問い合わせの種類',
    subject: '件名',
    name: '名前',
    email: 'メールアドレス',
    separator: '：',
    unknown: 'わからない',
    closing: 'この申請にパスワードは含まれていません。',
  },
  en: {
    inquiryType: 'Inquiry type',
    subject: 'Subject',
    name: 'Name',
    email: 'E-mail address',
    separator: ': ',
    unknown: "Don't know",
    closing: 'This request contains no password.',
  },
};

/** The indentation of the lines of a multi-line value. */
const INDENT = '  ';

/**
 * The body of a request as plain text with `\n` line endings: a header (inquiry type, subject,
 * then name and e-mail address when given), a blank line, one `Label: value` line per answered field in the
 * template's order (a multi-line value goes on indented lines under its label; "I don't know"
 * is written out), a blank line and a closing line saying that no password is included.
 */
export function requestBody(payload: RequestPayload, template: RequestTemplate): string {
  const words = WORDS[primaryLanguage(payload.locale) === 'ja' ? 'ja' : 'en'];
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
