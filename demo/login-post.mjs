// The demo's login form posted without JavaScript (script blocked, failed or still loading): the
// server answers as a login page does, with the page again in the visitor's language.
//
//   POST /login   application/x-www-form-urlencoded { username, password, captcha? }
//     failed:     the login page with the site's message, the username kept, the image check when
//                 it is needed, and the help for the error server-rendered into the help panel
//                 (<login-help-flow error username retry-at> as declarative shadow DOM, renderElement
//                 of login-help-elements/ssr); the page's script hydrates it when it runs
//     logged in:  the page with its welcome shown
//   GET /help     the whole guide as one static page (helpPage), which the server-rendered guide's
//                 choices link to (`page-url`) when there is no script to follow them in place
//
// The page is the build's index.<lang>.html (scripts/build-demo.mjs), changed at the places below,
// each found by its id. The Content-Security-Policy gains the hashes of the inline style sheets of
// what was rendered (the guide's shadow root, the help page): nothing else inline is allowed.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderElement } from '../src/ssr/index.ts';
import { helpPage } from '../src/static/index.ts';
import { fill } from './text.ts';
import { escapeAttribute, escapeText } from '../scripts/build-demo.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
let defaultFlow;

/** `policy` with the SHA-256 hashes of `html`'s inline `<style>` sheets added to its style-src. */
export function allowInlineStyles(policy, html) {
  const hashes = new Set();
  for (const [, css] of html.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
    hashes.add(`'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`);
  }
  if (!hashes.size) return policy;
  return policy.replace(/style-src ([^;]*)/, (_, sources) => `style-src ${sources} ${[...hashes].join(' ')}`);
}

/** The body of a form post (at most `limit` bytes), as URLSearchParams; null when it is not a form. */
export async function readForm(req, limit = 16 * 1024) {
  const type = String(req.headers['content-type'] ?? '')
    .split(';')[0]
    .trim()
    .toLowerCase();
  // Not a form: nothing to read (Node discards the unread body).
  if (type !== 'application/x-www-form-urlencoded') return null;
  let size = 0;
  const chunks = [];
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) return null;
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/**
 * "from about {time}" for a server that does not know the visitor's time zone: the time with its
 * zone named (the page's script, when it runs, writes it again in the visitor's own).
 */
function retryTime(lang, retryAt, now) {
  const at = new Date(retryAt);
  if (Number.isNaN(at.getTime())) return '—';
  const today = at.toISOString().slice(0, 10) === new Date(now).toISOString().slice(0, 10);
  return new Intl.DateTimeFormat(lang, {
    ...(today ? {} : { month: 'short', day: 'numeric' }),
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
    timeZoneName: 'short',
  }).format(at);
}

/** The site's own message for a failed login answer (as demo.ts words it). */
function failureText(lang, body, now) {
  if (body.error === 'captcha-required' && body.captchaWrong) return fill(lang, 'captchaWrong');
  if (body.error === 'locked') return fill(lang, 'error.locked', { time: retryTime(lang, body.retryAt, now) });
  const known = ['invalid-credentials', 'captcha-required', 'system-error'];
  return fill(lang, `error.${known.includes(body.error) ? body.error : 'unknown'}`);
}

/** `html` with `replace` applied where `pattern` matches; an error when it does not (the page changed). */
function change(html, pattern, replace) {
  if (!pattern.test(html)) throw new Error(`demo/login-post.mjs: ${pattern} is not in the login page`);
  return html.replace(pattern, replace);
}

/** `<tag … id="id" …>` with the boolean attribute `hidden` set or removed. */
function setHidden(html, id, hidden) {
  return change(html, new RegExp(`<([a-z]+)([^>]*\\sid="${id}"[^>]*)>`), (_, tag, attributes) => {
    const rest = attributes.replace(/\shidden(?=[\s>]|$)/, '');
    return `<${tag}${rest}${hidden ? ' hidden' : ''}>`;
  });
}

/**
 * The login page `page` (the build's index.<lang>.html) after a failed login posted without script:
 * the message, the username, the image check, the help for the error. Resolves to its HTML.
 * @param {{ lang: string, username: string, body: { error?: string, retryAt?: string, captcha?: boolean, captchaWrong?: boolean }, now?: number }} failure
 */
export async function failedLoginPage(page, { lang, username, body, now = Date.now() }) {
  const error = body.error ?? 'unknown';
  const retryAt = error === 'locked' ? body.retryAt : undefined;
  const guide = await renderElement('login-help-flow', {
    lang,
    attributes: {
      error,
      username: username || undefined,
      'retry-at': retryAt,
      'contact-url': '/contact',
      'request-action': '/api/requests',
      'page-url': `/help?lang=${lang}`,
    },
  });
  const data = [
    ` data-error="${escapeAttribute(error)}"`,
    retryAt ? ` data-retry-at="${escapeAttribute(retryAt)}"` : '',
    body.captchaWrong ? ' data-captcha-wrong=""' : '',
  ].join('');
  // The same two parts demo.ts renders: the sentence, and a way down to the help (here a link).
  const message = `<p>${escapeText(failureText(lang, body, now))}</p><a class="link-button see-help" href="#help-panel">${escapeText(fill(lang, 'seeHelp'))} ↓</a>`;
  let html = change(page, /<div id="login-message" class="message" role="alert"><\/div>/, () => {
    // Focused as the page loads (an alert already in the page is not announced): read first.
    return `<div id="login-message" class="message shown" role="alert" tabindex="-1" autofocus${data}>${message}</div>`;
  });
  html = change(html, /<input(\s+)id="username"/, (_, space) => `<input${space}id="username" value="${escapeAttribute(username)}"`);
  html = setHidden(html, 'captcha', !body.captcha);
  html = setHidden(html, 'help-panel', false);
  // The panel's close button needs the script: unseen without it, in its place (demo.css), so
  // that the script showing it moves nothing.
  html = change(html, /<button([^>]*\sid="close-help")/, (_, attributes) => `<button${attributes} data-needs-script=""`);
  html = change(html, /<main id="main" class="layout">/, () => '<main id="main" class="layout with-help">');
  html = change(html, /<!-- <login-help-flow> is created here[^>]*-->/, () => guide);
  return html;
}

/** The login page `page` after a login posted without script succeeded: its welcome, for `username`. */
export function welcomePage(page, { lang, username }) {
  let html = setHidden(page, 'login-card', true);
  html = setHidden(html, 'intro', true);
  html = setHidden(html, 'welcome', false);
  html = change(
    html,
    /<section([^>]*\sid="welcome")/,
    (_, attributes) => `<section${attributes} data-username="${escapeAttribute(username)}"`,
  );
  // Focused as the page loads, as demo.ts focuses it after a login with script.
  html = change(html, /<h1 id="welcome-title" tabindex="-1"/, () => '<h1 id="welcome-title" tabindex="-1" autofocus');
  return change(
    html,
    /<p id="welcome-text"><\/p>/,
    () => `<p id="welcome-text">${escapeText(fill(lang, 'welcomeText', { name: username }))}</p>`,
  );
}

/** What POST /login answers when its body is not a login form. */
export const NOT_A_FORM = 'A login form (application/x-www-form-urlencoded) of at most 16 KB is expected.\n';

/**
 * POST /login: the login `page` (in `lang`) to answer with after the attempt the form holds, checked
 * by `service` (demo/api.mjs); undefined when the body is not a login form. The answer is the login
 * page either way, failed or logged in (the JSON API keeps its statuses).
 */
export async function loginPostPage(req, { service, lang, page }) {
  const form = await readForm(req);
  if (!form) return undefined;
  const username = form.get('username') ?? '';
  const { body } = service.login({ username, password: form.get('password') ?? '', captcha: form.get('captcha') ?? undefined });
  return body.ok ? welcomePage(page, { lang, username: body.username ?? username }) : failedLoginPage(page, { lang, username, body });
}

/** The static help page of the default flow in `lang` (the server-rendered guide's `page-url`). */
export async function defaultHelpPage(lang) {
  defaultFlow ??= JSON.parse(await readFile(join(root, 'src', 'flows', 'default.json'), 'utf8'));
  return helpPage(defaultFlow, { lang });
}
