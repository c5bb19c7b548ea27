/**
 * What the troubleshooting guide already learned, turned into answers of a request so that the
 * user never types twice: the username typed at login, the error the login returned, the path
 * taken through the guide. Pure: no DOM.
 */
import { primaryLanguage } from '../flow/text.js';
import type { RequestTemplate } from './template-schema.js';

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

const ERROR_TEXT: Record<string, { ja: string; en: string }> = {
  'invalid-credentials': {
    ja: '「ユーザー名またはパスワードが違います。誤りのない場合は、その他の理由でログインできません」と表示された',
    en: '“Username or password is incorrect. If there is no mistake, you cannot log in for another reason.” was shown',
  },
  'system-error': { ja: '「システムエラーが発生しました」と表示された', en: '“A system error occurred” was shown' },
  'captcha-required': { ja: '画像認証を求められた', en: 'An image check (CAPTCHA) was asked for' },
  locked: { ja: 'ログインが一時的に制限されていると表示された', en: 'Login was shown as temporarily locked' },
  'code-invalid': { ja: '認証コードが受け付けられなかった', en: 'The authentication code was rejected' },
  'code-locked': { ja: '認証コードが一時的に使えなくなったと表示された', en: 'Authentication codes were shown as temporarily locked' },
};

const WORDS = {
  ja: { typed: (name: string) => `ユーザー名欄に入力したもの：${name}`, path: (titles: string) => `ログインのヘルプで次の順に進みました：${titles}`, separator: ' › ' },
  en: { typed: (name: string) => `Typed in the username field: ${name}`, path: (titles: string) => `Steps followed in the login help: ${titles}`, separator: ' › ' },
};

/**
 * Answers of `template` that `context` already gives, by field id, in `lang`: the username (or
 * the list of candidates), the error message, what was typed, and the path through the guide
 * (in "what happened" for a general inquiry, else in "other").
 */
export function prefill(template: RequestTemplate, context: RequestFlowContext, lang: string): Record<string, string> {
  const language = primaryLanguage(lang) === 'ja' ? 'ja' : 'en';
  const words = WORDS[language];
  const has = (id: string) => template.fields.some((field) => field.id === id);
  const out: Record<string, string> = {};
  const username = context.username?.trim();
  if (username) {
    if (has('username')) out['username'] = username;
    else if (has('usernameCandidates')) out['usernameCandidates'] = username;
    if (has('whatWasTyped')) out['whatWasTyped'] = words.typed(username);
  }
  const error = context.error ? ERROR_TEXT[context.error] : undefined;
  if (error && has('errorMessage')) out['errorMessage'] = error[language];
  if (context.titles?.length) {
    const path = words.path(context.titles.join(words.separator));
    const target = has('whatHappened') ? 'whatHappened' : has('other') ? 'other' : undefined;
    if (target) out[target] = path;
  }
  return out;
}
