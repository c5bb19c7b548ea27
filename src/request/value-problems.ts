/**
 * The problems of one written answer of a request (a username, an e-mail address, a remembered
 * date, a password written in it, its length), with the fix when one can be guessed. Used by
 * `validateRequest` (validate.ts).
 */
import { diagnoseUsername, toHalfWidth, type UsernameRule } from '../username/diagnose.js';
import { onLine, requestText } from './messages.js';
import type { RequestErrorCode, RequestMessageLanguage } from './messages.js';
import { FIELD_MAX_LENGTH, checkRememberedDate, isPlainEmailAddress, looksLikePassword } from './rules.js';
import type { RequestField } from '../flow/request-template-schema.js';

export interface Problem {
  code: RequestErrorCode;
  message: string;
  suggestion?: string;
}

/** The first problem of a field's written value, if any. */
export function valueProblem(
  field: RequestField,
  value: string,
  now: number,
  lang: RequestMessageLanguage,
  rule: UsernameRule,
): Problem | undefined {
  if (looksLikePassword(value)) return { code: 'password-like', message: requestText.passwordLike(lang) };
  const maximum = FIELD_MAX_LENGTH[field.kind];
  if (value.length > maximum) return { code: 'too-long', message: requestText.tooLong(lang, maximum, value.length) };
  switch (field.kind) {
    case 'email': {
      if (isPlainEmailAddress(value.trim())) return undefined;
      const suggestion = emailSuggestion(value);
      return { code: 'email', message: requestText.email(lang, suggestion), ...(suggestion ? { suggestion } : {}) };
    }
    case 'username':
      return usernameProblem(value.trim(), lang, rule);
    case 'username-list':
      return firstLineProblem(value, lang, (line) => usernameProblem(line, lang, rule));
    case 'date':
      return dateProblem(value.trim(), now, lang);
    case 'date-list':
      return firstLineProblem(value, lang, (line) => dateProblem(line, now, lang));
    default:
      return undefined;
  }
}

function usernameProblem(text: string, lang: RequestMessageLanguage, rule: UsernameRule): Problem | undefined {
  const { findings, suggestion, length } = diagnoseUsername(text, rule);
  if (findings.length === 0) return undefined;
  if (findings.includes('email')) return { code: 'username-email', message: requestText.usernameEmail(lang, rule) };
  if (suggestion !== undefined) {
    return findings.includes('full-width')
      ? { code: 'username-full-width', message: requestText.usernameFullWidth(lang, suggestion), suggestion }
      : { code: 'username-spaces', message: requestText.usernameSpaces(lang, suggestion), suggestion };
  }
  if (findings.includes('other-characters')) return { code: 'username-characters', message: requestText.usernameCharacters(lang, rule) };
  return { code: 'username-too-long', message: requestText.usernameTooLong(lang, length, rule.maxLength) };
}

function dateProblem(text: string, now: number, lang: RequestMessageLanguage): Problem | undefined {
  const check = checkRememberedDate(text, now);
  if (check.ok) return undefined;
  const suggestion = check.suggestion ? { suggestion: check.suggestion } : {};
  switch (check.problem) {
    case 'future':
      return { code: 'date-future', message: requestText.dateFuture(lang, text, /\d:\d/.test(text)) };
    case 'time-without-date':
      return { code: 'time-without-date', message: requestText.timeWithoutDate(lang, check.suggestion), ...suggestion };
    case 'time-invalid':
      return { code: 'time-invalid', message: requestText.timeInvalid(lang, text) };
    default:
      return { code: 'date-format', message: requestText.dateFormat(lang, check.suggestion), ...suggestion };
  }
}

/** The first problem among the non-empty lines of a list, with its line number. */
function firstLineProblem(value: string, lang: RequestMessageLanguage, check: (line: string) => Problem | undefined): Problem | undefined {
  const lines = value.split(/\r\n|\r|\n/);
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (!line) continue;
    const problem = check(line);
    if (problem) {
      const many = lines.filter((l) => l.trim()).length > 1;
      // A suggestion for one line of a list is not a value for the whole field: leave it out.
      return { code: problem.code, message: many ? onLine(lang, index + 1, problem.message) : problem.message };
    }
  }
  return undefined;
}

export function emailSuggestion(text: string): string | undefined {
  const candidate = toHalfWidth(text).replace(/\s+/g, '');
  return candidate !== text && isPlainEmailAddress(candidate) ? candidate : undefined;
}

/** Maps zod's issues to request errors in the asked language. */
