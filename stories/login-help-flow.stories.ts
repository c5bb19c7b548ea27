/**
 * Stories of `<login-help-flow>`: one per state. The toolbar's "Locale" menu switches ja/en/zh-Hans
 * for every story (a story's own `lang` control wins over it); "Scheme" pins a light or dark palette.
 * Every story uses `persist="none"`, so moving through the guide never rewrites the URL hash.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { action } from 'storybook/actions';
import type { Meta, StoryObj } from '@storybook/web-components-vite';

import '../src/define/login-help-flow.js';
import { LOGIN_ERROR_CODES, type LoginErrorCode } from '../src/flow/constants.js';
import defaultFlow from '../src/flows/default.json';
import { BANK } from './support/site-profiles.js';
import { LANGUAGES, type Language } from '../src/localize/languages.js';

/** The controls: one per attribute (by its attribute name) plus the `flow` property. */
interface LoginHelpFlowArgs {
  error?: LoginErrorCode;
  start?: string;
  lang?: Language;
  'retry-at'?: string;
  username?: string;
  'contact-url'?: string;
  persist?: 'hash' | 'none';
  src?: string;
  flow?: unknown;
  site?: unknown;
}

const STEP_IDS = defaultFlow.steps.map((step) => step.id);

/** Empty text counts as "not set", so clearing a control removes the attribute. */
const attr = (value: string | undefined) => (value ? value : undefined);

function renderFlow(args: LoginHelpFlowArgs) {
  return html`<login-help-flow
    error=${ifDefined(attr(args.error))}
    start=${ifDefined(attr(args.start))}
    lang=${ifDefined(attr(args.lang))}
    retry-at=${ifDefined(attr(args['retry-at']))}
    username=${ifDefined(attr(args.username))}
    contact-url=${ifDefined(attr(args['contact-url']))}
    persist=${ifDefined(attr(args.persist))}
    src=${ifDefined(attr(args.src))}
    .flow=${args.flow ?? nothing}
    .site=${args.site ?? nothing}
    @login-help-navigated=${action('login-help-navigated')}
    @login-help-resolved=${action('login-help-resolved')}
    @login-help-failed=${action('login-help-failed')}
    @login-help-username-fixed=${action('login-help-username-fixed')}
  ></login-help-flow>`;
}

const meta = {
  title: 'Elements/login-help-flow',
  component: 'login-help-flow',
  render: renderFlow,
  // Every control listed here, in this order (unset ones as undefined: no attribute).
  args: {
    error: undefined,
    start: undefined,
    lang: undefined,
    'retry-at': undefined,
    username: undefined,
    'contact-url': 'https://example.com/contact',
    persist: 'none',
    src: undefined,
    flow: undefined,
    site: undefined,
  },
  argTypes: {
    error: {
      description: 'The login error code the page just got: the guide starts at its step.',
      control: 'select',
      options: LOGIN_ERROR_CODES,
      table: { category: 'attributes' },
    },
    start: {
      description: 'Id of the step to start at (the default flow’s ids are listed).',
      control: 'select',
      options: STEP_IDS,
      table: { category: 'attributes' },
    },
    lang: {
      description: 'Language. Unset: the nearest ancestor’s `lang` — here the toolbar’s Locale.',
      control: 'inline-radio',
      options: LANGUAGES,
      table: { category: 'attributes' },
    },
    'retry-at': {
      description: 'ISO 8601 time (or epoch ms) the lock lifts: a live countdown.',
      control: 'text',
      table: { category: 'attributes' },
    },
    username: {
      description: 'What the user typed (checked for full-width, length over 20, e-mail, spaces).',
      control: 'text',
      table: { category: 'attributes' },
    },
    'contact-url': {
      description: 'The site’s contact form, for steps whose flow names none.',
      control: 'text',
      table: { category: 'attributes' },
    },
    persist: {
      description: '`hash` keeps the path in the URL hash; the stories use `none`.',
      control: 'inline-radio',
      options: ['none', 'hash'],
      table: { category: 'attributes' },
    },
    src: {
      description: 'URL of a flow definition (JSON). Ignored when `flow` is set.',
      control: 'text',
      table: { category: 'attributes' },
    },
    flow: {
      description: 'The flow definition as an object (property, takes precedence over `src`).',
      control: 'object',
      table: { category: 'properties' },
    },
    site: {
      description: 'The site profile (property or `site` attribute as JSON): username rule, lock, code methods, what support checks …',
      control: 'object',
      table: { category: 'properties' },
    },
  },
} satisfies Meta<LoginHelpFlowArgs>;

export default meta;
type Story = StoryObj<LoginHelpFlowArgs>;

/** The built-in flow at its first step ("before you start" checklist). */
export const Default: Story = {};

export const ErrorInvalidCredentials: Story = {
  name: 'Error: invalid-credentials',
  args: { error: 'invalid-credentials' },
};

export const ErrorSystemError: Story = {
  name: 'Error: system-error',
  args: { error: 'system-error' },
};

export const ErrorCaptchaRequired: Story = {
  name: 'Error: captcha-required',
  args: { error: 'captcha-required' },
};

export const ErrorLocked: Story = {
  name: 'Error: locked',
  args: { error: 'locked' },
};

export const ErrorCodeInvalid: Story = {
  name: 'Error: code-invalid',
  args: { error: 'code-invalid' },
};

export const ErrorCodeLocked: Story = {
  name: 'Error: code-locked',
  args: { error: 'code-locked' },
};

export const ErrorUnknown: Story = {
  name: 'Error: unknown',
  args: { error: 'unknown' },
};

/** `retry-at` is now + 42 minutes, computed at each render (unless the control is filled in). */
export const LockedWithCountdown: Story = {
  name: 'Locked with countdown',
  args: { error: 'locked' },
  render: (args) => renderFlow({ ...args, 'retry-at': attr(args['retry-at']) ?? new Date(Date.now() + 42 * 60_000).toISOString() }),
};

export const UsernameFullWidth: Story = {
  name: 'Username: full-width',
  args: { error: 'invalid-credentials', username: 'ｔａｒｏ１２３' },
};

export const UsernameTooLong: Story = {
  name: 'Username: 21 characters',
  args: { error: 'invalid-credentials', username: 'taro123456789abcdefgh' },
};

export const UsernameEmail: Story = {
  name: 'Username: e-mail address',
  args: { error: 'invalid-credentials', username: 'taro@example.com' },
};

/** A request step: what to write to support to get a new password. */
export const RequestStep: Story = {
  name: 'Request step (password reissue)',
  args: { start: 'password-reissue-request' },
};

/** A small site-specific flow given as the `flow` property. */
export const CustomFlow: Story = {
  name: 'Custom flow (property)',
  args: {
    flow: {
      version: 1,
      id: 'story-small',
      languages: ['ja', 'en', 'zh-Hans'],
      start: 'which',
      errors: { locked: 'wait' },
      contactUrl: 'https://example.com/contact',
      steps: [
        {
          id: 'which',
          kind: 'choice',
          title: { ja: 'どうしましたか？', en: 'What happened?', 'zh-Hans': '遇到了什么情况？' },
          body: [{ ja: '当てはまるものを選んでください。', en: 'Choose what applies.', 'zh-Hans': '请选择符合您情况的一项。' }],
          choices: [
            { label: { ja: 'パスワードを忘れた', en: 'I forgot my password', 'zh-Hans': '忘记了密码' }, next: 'reset' },
            { label: { ja: 'ログインが止められた', en: 'Login is blocked', 'zh-Hans': '登录受到了限制' }, next: 'wait' },
            { label: { ja: 'その他', en: 'Something else', 'zh-Hans': '其他情况' }, next: 'support' },
          ],
        },
        {
          id: 'reset',
          kind: 'resolved',
          title: { ja: 'パスワード再設定ページへ', en: 'Reset your password', 'zh-Hans': '前往密码重新设置页面' },
          links: [{ label: { ja: 'パスワードを再設定する', en: 'Reset the password', 'zh-Hans': '重新设置密码' }, href: '/reset' }],
        },
        {
          id: 'wait',
          kind: 'info',
          title: { ja: 'しばらくお待ちください', en: 'Please wait a while', 'zh-Hans': '请稍等一段时间' },
          cautions: [{ ja: '30 分後にもう一度お試しください。', en: 'Try again in 30 minutes.', 'zh-Hans': '请在30分钟后再试一次。' }],
          next: 'support',
          nextLabel: { ja: 'それでもだめなとき', en: 'If it still fails', 'zh-Hans': '如果仍然不行' },
        },
        {
          id: 'support',
          kind: 'contact',
          title: { ja: 'サポートに連絡する', en: 'Contact support', 'zh-Hans': '联系客服' },
          body: [{ ja: 'パスワードは書かないでください。', en: 'Never write your password.', 'zh-Hans': '请不要写上密码。' }],
        },
      ],
    },
  },
};

/** A bank's site profile: 32-character usernames, a 30-minute lock, app codes only, no login-only username. */
export const SiteProfileBank: Story = {
  name: 'Site profile (a bank)',
  args: { error: 'invalid-credentials', username: 'ｍｉｄｏｒｉ', site: BANK },
};

/** A bad site profile: the error state names the problem (`site.lock.minutes`). */
export const SiteProfileInvalid: Story = {
  name: 'Site profile (invalid)',
  args: { site: { lock: { minutes: 0 } } },
};

/** An unusable definition: the visible, localized error state (and a `login-help-failed` event). */
export const BadDefinition: Story = {
  name: 'Bad definition (error state)',
  args: { flow: { version: 1, start: 'x', steps: [] } },
};
