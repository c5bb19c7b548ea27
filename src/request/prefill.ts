/**
 * What the troubleshooting guide already learned, turned into answers of a request so that the
 * user never types twice: the username typed at login, the error the login returned, the path
 * taken through the guide. Pure: no DOM.
 */
import type { LoginErrorCode } from '../flow/constants.js';
import { pick, type Catalogues } from '../localize/languages.js';
import type { RequestTemplate } from '../flow/request-template-schema.js';
import en from './prefill.en.js';
import ja from './prefill.ja.js';
import zhHans from './prefill.zh-Hans.js';

/** What `<login-help-flow>` passes to the request form it embeds. */
export interface RequestFlowContext {
  /** Step ids from the guide's entry step to the request step. */
  path?: readonly string[];
  /** The titles of those steps, in the request's language. */
  titles?: readonly string[];
  /** The login error code the guide started from. */
  error?: string;
  /** The username the user typed at login. */
  username?: string;
}

/** The words of prefilled answers in one language (a catalogue file `prefill.<lang>.ts`). */
export interface PrefillWords {
  /** What the login error showed, by error code ("what was shown" in the user's words). */
  errors: Readonly<Record<Exclude<LoginErrorCode, 'unknown'>, string>>;
  /** "Typed in the username field: …". */
  typed(name: string): string;
  /** "Steps followed in the login help: …" (`titles` already joined by `separator`). */
  path(titles: string): string;
  /** Between the titles of the steps. */
  separator: string;
}

/** The words of every language. */
export const PREFILL_WORDS: Catalogues<PrefillWords> = { en, ja, 'zh-Hans': zhHans };

/**
 * Answers of `template` that `context` already gives, by field id, in `lang`: the username (or
 * the list of candidates), the error message, what was typed, and the path through the guide
 * (in "what happened" for a general inquiry, else in "other").
 */
export function prefill(template: RequestTemplate, context: RequestFlowContext, lang: string): Record<string, string> {
  const words = pick(PREFILL_WORDS, lang);
  const has = (id: string) => template.fields.some((field) => field.id === id);
  const out: Record<string, string> = {};
  const username = context.username?.trim();
  if (username) {
    if (has('username')) out['username'] = username;
    else if (has('usernameCandidates')) out['usernameCandidates'] = username;
    if (has('whatWasTyped')) out['whatWasTyped'] = words.typed(username);
  }
  const error =
    context.error && Object.hasOwn(words.errors, context.error) ? words.errors[context.error as keyof PrefillWords['errors']] : undefined;
  if (error && has('errorMessage')) out['errorMessage'] = error;
  if (context.titles?.length) {
    const path = words.path(context.titles.join(words.separator));
    const target = has('whatHappened') ? 'whatHappened' : has('other') ? 'other' : undefined;
    if (target) out[target] = path;
  }
  return out;
}
