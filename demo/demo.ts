/**
 * The demo login page of "つばめ会員サイト / Tsubame Members", a fictional site: a login form
 * that talks to the fake API of demo/server.mjs and, on each failure, shows its own short error
 * message plus `<login-help-flow>` started at the step for that error.
 *
 * No inline script or style anywhere (the server sends a strict CSP with Trusted Types): text is
 * set with `textContent`, visibility with `hidden` and classes.
 */
// As a site whose server renders the elements (README, "Help before JavaScript"): after a login
// posted without script, the server sends the guide already rendered (demo/login-post.mjs).
// login-help-elements/hydrate.js loads Lit's hydration support, then defines the elements.
import '../src/define/hydrate.js';
import type { LoginHelpFlow } from '../src/define/login-help-flow.js';
import type { Language } from '../src/localize/languages.js';
import { chooseLang, isLang, langCookie, LANG_KEY } from './page-language.js';
import { fill, isTextKey, type TextKey } from './text.js';

/** The page speaks the library's languages (en, ja, zh-Hans). */
type Lang = Language;
type ErrorCode = 'invalid-credentials' | 'system-error' | 'captcha-required' | 'locked' | 'unknown';

const FALLBACK_USERNAME = 'taro123';
const FULL_WIDTH_USERNAME = 'ｔａｒｏ１２３';

/** What /api/login and /api/demo/fail answer. */
interface LoginAnswer {
  ok: boolean;
  username?: string;
  error?: string;
  retryAt?: string;
  captcha?: boolean;
  captchaWrong?: boolean;
}

/** The site's own message above the form. */
type Message = { kind: 'error'; code: ErrorCode; captchaWrong?: boolean; retryAt?: string } | { kind: 'empty' } | { kind: 'network' };

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from demo/index.html`);
  return element as T;
}

const layout = byId<HTMLElement>('main');
const loginCard = byId<HTMLElement>('login-card');
const welcome = byId<HTMLElement>('welcome');
const intro = byId<HTMLElement>('intro');
const welcomeTitle = byId<HTMLElement>('welcome-title');
const welcomeText = byId<HTMLElement>('welcome-text');
const form = byId<HTMLFormElement>('login-form');
const usernameInput = byId<HTMLInputElement>('username');
const passwordInput = byId<HTMLInputElement>('password');
const showPassword = byId<HTMLInputElement>('show-password');
const captcha = byId<HTMLFieldSetElement>('captcha');
const captchaInput = byId<HTMLInputElement>('captcha-answer');
const submit = byId<HTMLButtonElement>('submit');
const messageBox = byId<HTMLElement>('login-message');
const helpPanel = byId<HTMLElement>('help-panel');
const demoStatus = byId<HTMLElement>('demo-status');
const demoLog = byId<HTMLOListElement>('demo-log');

let lang: Lang = initialLang();
let message: Message | undefined;
let loggedInAs: string | undefined;
let submitting = false;
let help: LoginHelpFlow | undefined;

/**
 * `?lang=`, else the language chosen last time, else the browser's first language the page speaks,
 * else English (demo/page-language.ts: the production server chose the page it sent by the same rule).
 */
function initialLang(): Lang {
  let remembered: string | null = null;
  try {
    remembered = localStorage.getItem(LANG_KEY);
  } catch {
    // Storage may be blocked; the browser's language decides.
  }
  return chooseLang({
    asked: new URLSearchParams(location.search).get('lang'),
    remembered,
    preferred: navigator.languages?.length ? navigator.languages : [navigator.language],
  });
}

function t(key: TextKey, values: Record<string, string> = {}): string {
  return fill(lang, key, values);
}

/** Sets `element`'s text when it differs: the page the production server sends is already written in its language, and nothing on it may move. */
function setText(element: HTMLElement, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}

// ---------------------------------------------------------------------------------------------
// Language

function setLang(next: Lang): void {
  lang = next;
  try {
    localStorage.setItem(LANG_KEY, next);
  } catch {
    // Not remembered: fine for a demo.
  }
  // The same choice for the server, which then sends the page in this language next time.
  document.cookie = langCookie(next);
  // Sent without this script (demo/login-post.mjs), the form asks for the page's language too.
  form.action = `/login?lang=${encodeURIComponent(next)}`;
  for (const input of document.querySelectorAll<HTMLInputElement>('input[type="hidden"][name="lang"]')) input.value = next;
  // <login-help-flow> has no `lang` of its own here: it follows the document's.
  if (document.documentElement.lang !== next) document.documentElement.lang = next;
  applyText();
}

function applyText(): void {
  if (document.title !== t('docTitle')) document.title = t('docTitle');
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const key = element.dataset['i18n'];
    if (isTextKey(key)) setText(element, t(key));
  }
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n-aria-label]')) {
    const key = element.dataset['i18nAriaLabel'];
    if (isTextKey(key)) element.setAttribute('aria-label', t(key));
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset['lang'] === lang));
  }
  if (submitting) setText(submit, t('submitting'));
  if (loggedInAs !== undefined) setText(welcomeText, t('welcomeText', { name: loggedInAs }));
  renderMessage();
}

// ---------------------------------------------------------------------------------------------
// The site's own error message

function messageText(current: Message): string {
  switch (current.kind) {
    case 'empty':
      return t('errorEmpty');
    case 'network':
      return t('errorNetwork');
    case 'error': {
      if (current.code === 'captcha-required' && current.captchaWrong) return t('captchaWrong');
      if (current.code === 'locked') {
        const at = current.retryAt ? new Date(current.retryAt) : undefined;
        let time = '—';
        if (at && !Number.isNaN(at.getTime())) {
          const today = at.toDateString() === new Date().toDateString();
          time = new Intl.DateTimeFormat(lang, today ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' }).format(at);
        }
        return t('error.locked', { time });
      }
      return t(`error.${current.code}`);
    }
  }
}

function renderMessage(): void {
  if (!message) {
    messageBox.replaceChildren();
    messageBox.classList.remove('shown');
    return;
  }
  const text = document.createElement('p');
  text.textContent = messageText(message);
  const parts: Node[] = [text];
  if (message.kind === 'error' && !helpPanel.hidden) {
    // On narrow screens the help sits below the form: say so, and offer a jump.
    const jump = document.createElement('button');
    jump.type = 'button';
    jump.className = 'link-button see-help';
    jump.textContent = `${t('seeHelp')} ↓`;
    jump.addEventListener('click', () => revealHelp());
    parts.push(jump);
  }
  // Replace only when the sentence changed, so that switching language or re-rendering does not
  // make screen readers announce the same alert twice.
  if (messageBox.textContent !== parts.map((part) => part.textContent).join('')) messageBox.replaceChildren(...parts);
  messageBox.classList.add('shown');
}

function setMessage(next: Message | undefined): void {
  message = next;
  renderMessage();
}

// ---------------------------------------------------------------------------------------------
// The help guide

function setAttr(element: Element, name: string, value: string | undefined): void {
  if (value === undefined || value === '') element.removeAttribute(name);
  else element.setAttribute(name, value);
}

function logEvent(event: Event): void {
  const detail = (event as CustomEvent<unknown>).detail;
  const item = document.createElement('li');
  const name = document.createElement('code');
  name.textContent = event.type;
  item.append(name, ` ${JSON.stringify(detail)}`);
  demoLog.prepend(item);
  while (demoLog.children.length > 8) demoLog.lastElementChild?.remove();
}

/** The page's listeners on its guide (one it made, or one the server rendered). */
function listenTo(guide: LoginHelpFlow): void {
  guide.addEventListener('login-help-username-fixed', (event) => {
    usernameInput.value = event.detail.username;
    usernameInput.classList.add('just-fixed');
    setTimeout(() => usernameInput.classList.remove('just-fixed'), 1600);
  });
  for (const type of ['login-help-navigated', 'login-help-resolved', 'login-help-failed', 'login-help-username-fixed']) {
    guide.addEventListener(type, logEvent);
  }
}

/** Shows the guide, started at the step for `error` (none: the guide's first step). */
function showHelp({ error, username, retryAt }: { error?: ErrorCode; username?: string; retryAt?: string }): void {
  if (!help) {
    help = document.createElement('login-help-flow');
    help.setAttribute('contact-url', '/contact');
    help.setAttribute('request-action', '/api/requests');
    listenTo(help);
    helpPanel.append(help);
  }
  // The same element for every failure: a new `error` restarts it at that error's step.
  setAttr(help, 'error', error);
  setAttr(help, 'username', username);
  setAttr(help, 'retry-at', retryAt);
  helpPanel.hidden = false;
  layout.classList.add('with-help');
}

function hideHelp(): void {
  helpPanel.hidden = true;
  layout.classList.remove('with-help');
  renderMessage();
}

function revealHelp(): void {
  helpPanel.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  helpPanel.focus({ preventScroll: true });
}

// ---------------------------------------------------------------------------------------------
// Logging in

function setCaptcha(required: boolean): void {
  captcha.hidden = !required;
  captchaInput.value = '';
  captchaInput.required = required;
}

function setSubmitting(on: boolean): void {
  submitting = on;
  form.setAttribute('aria-busy', String(on));
  // Not `disabled`: that would drop the focus from the button while the request runs.
  submit.setAttribute('aria-disabled', String(on));
  submit.textContent = on ? t('submitting') : t('submit');
}

function toErrorCode(error: string | undefined): ErrorCode {
  switch (error) {
    case 'invalid-credentials':
    case 'system-error':
    case 'captcha-required':
    case 'locked':
      return error;
    default:
      return 'unknown';
  }
}

async function postJson(url: string, body: unknown): Promise<LoginAnswer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as LoginAnswer;
  if (!response.ok && answer.ok) answer.ok = false;
  return answer;
}

/** What the page does with a login answer: the real form and the demo controls both end here. */
function handleAnswer(answer: LoginAnswer, typedUsername: string): void {
  if (answer.ok) {
    loggedInAs = answer.username ?? typedUsername;
    setMessage(undefined);
    setCaptcha(false);
    hideHelp();
    form.reset();
    loginCard.hidden = true;
    intro.hidden = true;
    welcome.hidden = false;
    welcomeText.textContent = t('welcomeText', { name: loggedInAs });
    welcomeTitle.focus();
    return;
  }
  const code = toErrorCode(answer.error);
  setCaptcha(Boolean(answer.captcha));
  passwordInput.value = '';
  showHelp({ error: code, username: typedUsername, retryAt: code === 'locked' ? answer.retryAt : undefined });
  setMessage({
    kind: 'error',
    code,
    ...(answer.captchaWrong ? { captchaWrong: true } : {}),
    ...(answer.retryAt ? { retryAt: answer.retryAt } : {}),
  });
  if (code === 'captcha-required') captchaInput.focus();
  else if (code === 'invalid-credentials') passwordInput.focus();
}

/** Logs in with what was typed. */
async function logIn(event: SubmitEvent): Promise<void> {
  event.preventDefault();
  if (submitting) return;
  const username = usernameInput.value;
  const password = passwordInput.value;
  if (!username || !password) {
    setMessage({ kind: 'empty' });
    (username ? passwordInput : usernameInput).focus();
    return;
  }
  setSubmitting(true);
  let answer: LoginAnswer | undefined;
  try {
    answer = await postJson('/api/login', { username, password, ...(captcha.hidden ? {} : { captcha: captchaInput.value }) });
  } catch {
    answer = undefined;
  } finally {
    setSubmitting(false);
  }
  if (answer) handleAnswer(answer, username);
  else setMessage({ kind: 'network' });
}

form.addEventListener('submit', (event) => void logIn(event));

showPassword.addEventListener('change', () => {
  passwordInput.type = showPassword.checked ? 'text' : 'password';
});

byId<HTMLButtonElement>('open-help').addEventListener('click', (event) => {
  event.preventDefault(); // its form, for a page without this script, opens the help page
  showHelp({ username: usernameInput.value || undefined });
  renderMessage();
  revealHelp();
});

byId<HTMLButtonElement>('close-help').addEventListener('click', () => {
  hideHelp();
  byId<HTMLButtonElement>('open-help').focus();
});

byId<HTMLButtonElement>('logout').addEventListener('click', (event) => {
  // In place: no need to load the page again (its form does that without script).
  event.preventDefault();
  showLoginForm();
  usernameInput.focus();
});

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
  button.addEventListener('click', (event) => {
    event.preventDefault(); // in place (their form loads the page in that language without script)
    const next = button.dataset['lang'];
    if (isLang(next)) setLang(next);
  });
}

// ---------------------------------------------------------------------------------------------
// Demo controls (demo only): the same answers as the real API, without typing.

function showLoginForm(): void {
  loggedInAs = undefined;
  welcome.hidden = true;
  loginCard.hidden = false;
  intro.hidden = false;
}

/** A failed login of the kind a demo button names, as the real API answers it. */
async function failAs(button: HTMLButtonElement): Promise<void> {
  showLoginForm();
  if (!usernameInput.value) usernameInput.value = FALLBACK_USERNAME;
  const username = usernameInput.value;
  demoStatus.textContent = '';
  try {
    handleAnswer(await postJson('/api/demo/fail', { username, error: button.dataset['fail'] }), username);
  } catch {
    setMessage({ kind: 'network' });
  }
  loginCard.scrollIntoView({ block: 'start' });
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-fail]')) {
  button.addEventListener('click', () => void failAs(button));
}

byId<HTMLButtonElement>('demo-full-width').addEventListener('click', () => {
  showLoginForm();
  usernameInput.value = FULL_WIDTH_USERNAME;
  demoStatus.textContent = t('demoFullWidthDone');
  loginCard.scrollIntoView({ block: 'start' });
  passwordInput.focus({ preventScroll: true });
});

/** Starts the demo again: the server forgets the attempts, the page its state. */
async function resetDemo(): Promise<void> {
  try {
    await postJson('/api/reset', {});
  } catch {
    setMessage({ kind: 'network' });
    return;
  }
  showLoginForm();
  setMessage(undefined);
  setCaptcha(false);
  if (help) {
    help.removeAttribute('retry-at');
    help.removeAttribute('error');
  }
  hideHelp();
  demoStatus.textContent = t('demoResetDone');
}

byId<HTMLButtonElement>('demo-reset').addEventListener('click', () => void resetDemo());

// ---------------------------------------------------------------------------------------------
// A page the server sent after a login posted without script (demo/login-post.mjs): its state is
// in the HTML (the message's data attributes, the guide server-rendered, the welcome's username).

/** Takes over what the server rendered, so that the page goes on from there. */
function adoptServedState(): void {
  // Unseen as the server sent it: it needs this script.
  for (const element of document.querySelectorAll('[data-needs-script]')) element.removeAttribute('data-needs-script');
  const served = helpPanel.querySelector('login-help-flow');
  if (served) {
    help = served;
    listenTo(served);
    // Rendered in the request's language; from now on it follows the page's, as the guides demo.ts makes.
    served.removeAttribute('lang');
  }
  const { error, retryAt, captchaWrong } = messageBox.dataset;
  if (error) {
    message = {
      kind: 'error',
      code: toErrorCode(error),
      ...(captchaWrong !== undefined ? { captchaWrong: true } : {}),
      ...(retryAt ? { retryAt } : {}),
    };
  }
  if (welcome.dataset['username'] !== undefined && !welcome.hidden) loggedInAs = welcome.dataset['username'];
}

adoptServedState();
setLang(lang);
