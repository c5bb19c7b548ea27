/**
 * The demo login page of "つばめ会員サイト / Tsubame Members", a fictional site: a login form
 * that talks to the fake API of demo/server.mjs and, on each failure, shows its own short error
 * message plus `<login-help-flow>` started at the step for that error.
 *
 * No inline script or style anywhere (the server sends a strict CSP with Trusted Types): text is
 * set with `textContent`, visibility with `hidden` and classes.
 */
import '../src/define/login-help-flow.js';
import type { LoginHelpFlow } from '../src/define/login-help-flow.js';
import { LANGUAGES, resolveLanguage, sameLanguage, type Language } from '../src/localize/languages.js';

/** The page speaks the library's languages (en, ja, zh-Hans). */
type Lang = Language;
type ErrorCode = 'invalid-credentials' | 'system-error' | 'captcha-required' | 'locked' | 'unknown';

/** The page's text. `{name}`-style placeholders are filled by `t()`. */
const TEXT = {
  ja: {
    docTitle: 'ログイン | つばめ会員サイト',
    brand: 'つばめ会員サイト',
    langSwitch: '表示言語',
    loginTitle: 'ログイン',
    loginLead: 'ユーザー名とパスワードを入力してください。',
    username: 'ユーザー名',
    usernameHint: '登録時に決めた20文字以内の半角英数字です（ログイン専用ユーザー名を設定した場合はそちら）。',
    password: 'パスワード',
    showPassword: 'パスワードを表示する',
    captchaLegend: '画像認証',
    captchaText: '画像に表示されている数字を入力してから、もう一度ログインしてください。',
    captchaImage: '画像認証の画像（デモのため、答えは 7351）',
    captchaAnswer: '画像の数字',
    captchaDemoHint: 'デモ：答えは 7351 です。',
    submit: 'ログイン',
    submitting: 'ログイン中…',
    cantLogin: 'ログインできない場合',
    demoAccountTitle: 'デモ用アカウント',
    demoAccountNote:
      'ほかの組み合わせはすべて失敗します。同じユーザー名で3回失敗すると画像認証、5回失敗すると1時間ロックされます。ユーザー名 system はシステムエラーになります。',
    errorEmpty: 'ユーザー名とパスワードを入力してください。',
    'error.invalid-credentials': 'ユーザー名またはパスワードが違います。誤りのない場合は、その他の理由でログインできません。',
    'error.captcha-required': 'ログインを続けるには、画像認証の数字を入力してください。',
    captchaWrong: '画像認証の数字が正しくありません。もう一度入力してください。',
    'error.locked': 'ログインが一時的に制限されています。{time}ごろから、もう一度ログインできます。',
    'error.system-error': 'システムエラーが発生しました。',
    'error.unknown': 'ログインできませんでした。',
    errorNetwork: 'サーバーに接続できませんでした。通信環境をご確認のうえ、もう一度お試しください。',
    seeHelp: '下のヘルプもご覧ください',
    introTitle: 'つばめ会員サイトへようこそ',
    introText: '会員の方はログインすると、次のことができます。',
    introItem1: '会員限定のお知らせを読む',
    introItem2: 'ポイントの残高と履歴を確かめる',
    introItem3: '登録情報やログイン専用ユーザー名を変更する',
    introTip: 'ログインできないときは「ログインできない場合」を押してください。状況に合わせて、手順を順番にご案内します。',
    helpLabel: 'ログインのヘルプ',
    closeHelp: '閉じる',
    welcomeTitle: 'ログインしました',
    welcomeText: 'ようこそ、{name} さん。これはデモのため、この先のページはありません。',
    logout: 'ログアウト',
    demoOnly: 'デモ専用',
    demoControls: 'デモ用の操作パネル（実際のサイトにはありません）',
    demoControlsIntro:
      '各エラーを直接発生させます。表示は、フォームから実際にログインに失敗したときと同じです。ユーザー名欄の値を使います（空なら taro123）。',
    demoWrong: 'ユーザー名またはパスワードが違う',
    demoCaptcha: '画像認証を要求',
    demoLock: 'ロック（1時間後に再試行）',
    demoSystem: 'システムエラー',
    demoFullWidth: '全角のユーザー名を入力（ｔａｒｏ１２３）',
    demoFullWidthDone: 'ユーザー名欄に全角の ｔａｒｏ１２３ を入れました。パスワードを入れてログインしてみてください。',
    demoReset: 'デモをリセット（失敗回数を消去）',
    demoResetDone: '失敗回数を消去しました。',
    demoLog: '要素が送ったイベント',
    footer: 'つばめ会員サイトは、login-help-elements のデモ用の架空のサイトです。',
    contact: 'お問い合わせ',
  },
  en: {
    docTitle: 'Log in | Tsubame Members',
    brand: 'Tsubame Members',
    langSwitch: 'Language',
    loginTitle: 'Log in',
    loginLead: 'Enter your username and password.',
    username: 'Username',
    usernameHint: 'Up to 20 half-width letters and digits, chosen when you registered (or your login-only username, if you set one).',
    password: 'Password',
    showPassword: 'Show password',
    captchaLegend: 'Image check',
    captchaText: 'Type the digits shown in the image, then log in again.',
    captchaImage: 'Image check picture (this is a demo: the answer is 7351)',
    captchaAnswer: 'Digits in the image',
    captchaDemoHint: 'Demo: the answer is 7351.',
    submit: 'Log in',
    submitting: 'Logging in…',
    cantLogin: "Can't log in?",
    demoAccountTitle: 'Demo account',
    demoAccountNote:
      'Every other combination fails. Three failures with the same username bring the image check; five lock the account for 1 hour. The username system gives a system error.',
    errorEmpty: 'Please enter your username and password.',
    'error.invalid-credentials': 'Username or password is incorrect. If there is no mistake, you cannot log in for another reason.',
    'error.captcha-required': 'To continue, please type the digits of the image check.',
    captchaWrong: 'The digits of the image check were not right. Please try again.',
    'error.locked': 'Login is temporarily blocked. You can log in again from about {time}.',
    'error.system-error': 'A system error occurred.',
    'error.unknown': 'You could not be logged in.',
    errorNetwork: 'The server could not be reached. Please check your connection and try again.',
    seeHelp: 'See the help below',
    introTitle: 'Welcome to Tsubame Members',
    introText: 'Log in as a member to:',
    introItem1: 'read members-only news',
    introItem2: 'check your points and their history',
    introItem3: 'change your details or your login-only username',
    introTip: "If you can't log in, choose “Can't log in?”: we'll guide you step by step, based on your situation.",
    helpLabel: 'Login help',
    closeHelp: 'Close',
    welcomeTitle: "You're logged in",
    welcomeText: 'Welcome, {name}. This is a demo, so there is nothing beyond this page.',
    logout: 'Log out',
    demoOnly: 'Demo only',
    demoControls: 'Demo controls (not part of a real site)',
    demoControlsIntro:
      'Trigger each failure directly. What you see is the same as after a real failed login through the form. Uses the username in the form (taro123 if empty).',
    demoWrong: 'Wrong username or password',
    demoCaptcha: 'Demand the image check',
    demoLock: 'Lock (retry in 1 h)',
    demoSystem: 'System error',
    demoFullWidth: 'Type a full-width username (ｔａｒｏ１２３)',
    demoFullWidthDone: 'The username field now holds the full-width ｔａｒｏ１２３. Enter a password and try to log in.',
    demoReset: 'Reset the demo (clear failure counters)',
    demoResetDone: 'Failure counters cleared.',
    demoLog: 'Events from the element',
    footer: 'Tsubame Members is a fictional site, the demo of login-help-elements.',
    contact: 'Contact us',
  },
  'zh-Hans': {
    docTitle: '登录 | 燕子会员网站',
    brand: '燕子会员网站',
    langSwitch: '显示语言',
    loginTitle: '登录',
    loginLead: '请输入用户名和密码。',
    username: '用户名',
    usernameHint: '您注册时设定的用户名，由不超过20个半角英文字母和数字组成（如果设置了登录专用用户名，请输入登录专用用户名）。',
    password: '密码',
    showPassword: '显示密码',
    captchaLegend: '图片验证',
    captchaText: '请输入图片中显示的数字，然后再次登录。',
    captchaImage: '图片验证的图片（这是演示，答案是 7351）',
    captchaAnswer: '图片中的数字',
    captchaDemoHint: '演示：答案是 7351。',
    submit: '登录',
    submitting: '正在登录…',
    cantLogin: '无法登录？',
    demoAccountTitle: '演示账号',
    demoAccountNote:
      '其他任何组合都会登录失败。同一用户名失败3次后需要进行图片验证，失败5次后将被锁定1小时。用户名 system 会出现系统错误。',
    errorEmpty: '请输入用户名和密码。',
    'error.invalid-credentials': '用户名或密码错误。如果输入无误，则是由于其他原因无法登录。',
    'error.captcha-required': '要继续登录，请输入图片验证中的数字。',
    captchaWrong: '图片验证的数字不正确。请重新输入。',
    'error.locked': '登录暂时受限。您可以在{time}左右再次登录。',
    'error.system-error': '发生了系统错误。',
    'error.unknown': '登录失败。',
    errorNetwork: '无法连接到服务器。请检查网络连接后再试一次。',
    seeHelp: '请同时查看下方的帮助',
    introTitle: '欢迎来到燕子会员网站',
    introText: '会员登录后，可以进行以下操作。',
    introItem1: '阅读会员专享通知',
    introItem2: '查看积分余额和记录',
    introItem3: '更改注册信息或登录专用用户名',
    introTip: '如果无法登录，请点击“无法登录？”。我们会根据您的情况，一步一步为您说明。',
    helpLabel: '登录帮助',
    closeHelp: '关闭',
    welcomeTitle: '您已登录',
    welcomeText: '欢迎您，{name}。这是演示，因此没有后续页面。',
    logout: '退出登录',
    demoOnly: '仅限演示',
    demoControls: '演示用操作面板（实际网站上没有）',
    demoControlsIntro: '直接触发各种错误。显示内容与通过表单实际登录失败时相同。将使用用户名栏中的值（为空时使用 taro123）。',
    demoWrong: '用户名或密码错误',
    demoCaptcha: '要求图片验证',
    demoLock: '锁定（1小时后再试）',
    demoSystem: '系统错误',
    demoFullWidth: '输入全角用户名（ｔａｒｏ１２３）',
    demoFullWidthDone: '已在用户名栏中填入全角的 ｔａｒｏ１２３。请输入密码，然后尝试登录。',
    demoReset: '重置演示（清除失败次数）',
    demoResetDone: '已清除失败次数。',
    demoLog: '元素发出的事件',
    footer: '燕子会员网站是 login-help-elements 演示用的虚构网站。',
    contact: '联系我们',
  },
} satisfies Record<Lang, Record<string, string>>;

type TextKey = keyof (typeof TEXT)['ja'];

const LANG_KEY = 'tsubame-demo-lang';
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

/** The page's language for `tag` (`zh-CN` → `zh-Hans`, `ja-JP` → `ja`), or undefined when the page has none for it. */
function supportedLang(tag: string | null | undefined): Lang | undefined {
  if (!tag) return undefined;
  const resolved = resolveLanguage(tag);
  // resolveLanguage answers the source language for any tag it has no text for: keep only real matches.
  return sameLanguage(tag, resolved) ? resolved : undefined;
}

/** `?lang=`, else the language chosen last time, else the browser's first language the page speaks, else English. */
function initialLang(): Lang {
  const asked = supportedLang(new URLSearchParams(location.search).get('lang'));
  if (asked) return asked;
  try {
    const stored = localStorage.getItem(LANG_KEY);
    if (isLang(stored)) return stored;
  } catch {
    // Storage may be blocked; the browser's language decides.
  }
  const preferred = navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const tag of preferred) {
    const found = supportedLang(tag);
    if (found) return found;
  }
  return 'en';
}

function isLang(value: string | null | undefined): value is Lang {
  return (LANGUAGES as readonly (string | null | undefined)[]).includes(value);
}

function t(key: TextKey, values: Record<string, string> = {}): string {
  return TEXT[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

function isTextKey(key: string | undefined): key is TextKey {
  return key !== undefined && key in TEXT.ja;
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
  // <login-help-flow> has no `lang` of its own here: it follows the document's.
  document.documentElement.lang = next;
  applyText();
}

function applyText(): void {
  document.title = t('docTitle');
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const key = element.dataset['i18n'];
    if (isTextKey(key)) element.textContent = t(key);
  }
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n-aria-label]')) {
    const key = element.dataset['i18nAriaLabel'];
    if (isTextKey(key)) element.setAttribute('aria-label', t(key));
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset['lang'] === lang));
  }
  if (submitting) submit.textContent = t('submitting');
  if (loggedInAs !== undefined) welcomeText.textContent = t('welcomeText', { name: loggedInAs });
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

/** Shows the guide, started at the step for `error` (none: the guide's first step). */
function showHelp({ error, username, retryAt }: { error?: ErrorCode; username?: string; retryAt?: string }): void {
  if (!help) {
    help = document.createElement('login-help-flow');
    help.setAttribute('contact-url', '/contact');
    help.setAttribute('request-action', '/api/requests');
    help.addEventListener('login-help-username-fixed', (event) => {
      usernameInput.value = event.detail.username;
      usernameInput.classList.add('just-fixed');
      setTimeout(() => usernameInput.classList.remove('just-fixed'), 1600);
    });
    for (const type of ['login-help-navigated', 'login-help-resolved', 'login-help-failed', 'login-help-username-fixed']) {
      help.addEventListener(type, logEvent);
    }
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

byId<HTMLButtonElement>('open-help').addEventListener('click', () => {
  showHelp({ username: usernameInput.value || undefined });
  renderMessage();
  revealHelp();
});

byId<HTMLButtonElement>('close-help').addEventListener('click', () => {
  hideHelp();
  byId<HTMLButtonElement>('open-help').focus();
});

byId<HTMLButtonElement>('logout').addEventListener('click', () => {
  showLoginForm();
  usernameInput.focus();
});

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
  button.addEventListener('click', () => {
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

setLang(lang);
