/**
 * Stories of `<recovery-request-form>`: each request template, each way of sending and each
 * failure of sending (against a pretend endpoint, see support/story-endpoint.ts). The toolbar's
 * "Locale" menu switches ja/en/zh-Hans.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { action } from 'storybook/actions';
import type { Meta, StoryObj } from '@storybook/web-components-vite';

import { installStoryEndpoint } from './support/story-endpoint.js';
import { RecoveryRequestForm } from '../src/define/recovery-request-form.js';
import { defineLazyStates } from './support/lazy-states.js';
import { REQUEST_TEMPLATES } from '../src/flow/constants.js';
import { BANK } from './support/site-profiles.js';
import { LANGUAGES, type Language } from '../src/localize/languages.js';

interface RecoveryRequestFormArgs {
  template?: string;
  action?: string;
  mailto?: string;
  'contact-url'?: string;
  username?: string;
  lang?: Language;
  timeout?: number;
  site?: unknown;
}

const attr = <T>(value: T | undefined | '') => (value === '' || value === undefined ? undefined : value);

function renderForm(args: RecoveryRequestFormArgs) {
  return html`<recovery-request-form
    template=${ifDefined(attr(args.template))}
    action=${ifDefined(attr(args.action))}
    mailto=${ifDefined(attr(args.mailto))}
    contact-url=${ifDefined(attr(args['contact-url']))}
    username=${ifDefined(attr(args.username))}
    lang=${ifDefined(attr(args.lang))}
    timeout=${ifDefined(attr(args.timeout))}
    .site=${args.site ?? nothing}
    @recovery-request-send=${action('recovery-request-send')}
    @recovery-request-sent=${action('recovery-request-sent')}
    @recovery-request-failed=${action('recovery-request-failed')}
  ></recovery-request-form>`;
}

/** Fills a general inquiry as a user would, then sends it. */
async function fillAndSend({ canvasElement }: { canvasElement: HTMLElement }) {
  const form = canvasElement.querySelector('recovery-request-form')!;
  await form.updateComplete;
  sessionStorage.clear();
  const values: Record<string, string> = {
    name: 'Taro',
    email: 'taro@example.com',
    whatHappened: 'The login page says my username or password is incorrect.',
  };
  for (const [id, value] of Object.entries(values)) {
    const input = form.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#field-${id}`);
    if (!input) continue;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  await form.updateComplete;
  form.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit]')!.click();
}

installStoryEndpoint();

const meta = {
  title: 'Elements/recovery-request-form',
  component: 'recovery-request-form',
  render: renderForm,
  args: {
    template: 'password-reissue',
    action: undefined,
    mailto: undefined,
    'contact-url': '/contact',
    username: undefined,
    lang: undefined,
    timeout: 15000,
  },
  argTypes: {
    template: { description: 'Which request.', control: 'select', options: REQUEST_TEMPLATES },
    action: { description: 'The endpoint (POST JSON with an Idempotency-Key). Unset: the text to paste.', control: 'text' },
    mailto: { description: 'Support’s address: a mailto link with the request.', control: 'text' },
    'contact-url': { description: 'The site’s contact form, linked from the paste instructions.', control: 'text' },
    username: { description: 'Pre-fills the username (two-factor-disable needs it).', control: 'text' },
    lang: { description: 'Language. Unset: the toolbar’s Locale.', control: 'inline-radio', options: LANGUAGES },
    timeout: { description: 'ms to wait for the endpoint.', control: 'number' },
    site: {
      description:
        'The site profile (property or `site` attribute as JSON): what support checks, the username rule, the contact form’s labels.',
      control: 'object',
    },
  },
} satisfies Meta<RecoveryRequestFormArgs>;

export default meta;
type Story = StoryObj<RecoveryRequestFormArgs>;

export const PasswordReissue: Story = { name: 'Template: password reissue' };
export const LoginUsernameReset: Story = {
  name: 'Template: login-only username reset/deletion',
  args: { template: 'login-username-reset' },
};
export const TwoFactorDisable: Story = {
  name: 'Template: authentication code disable',
  args: { template: 'two-factor-disable', username: 'taro123' },
};
export const TwoFactorDisableNoUsername: Story = {
  name: 'Template: code disable without a username',
  args: { template: 'two-factor-disable' },
};
export const UsernameLookup: Story = { name: 'Template: username lookup', args: { template: 'username-lookup' } };
export const Contact: Story = { name: 'Template: other problem', args: { template: 'contact' } };
/** A bank that checks only the registration date (and the name and e-mail address every request has). */
export const SiteProfileBank: Story = {
  name: 'Site profile (a bank): password reissue',
  args: { template: 'password-reissue', site: BANK },
};
export const SiteProfileInvalid: Story = { name: 'Site profile (invalid)', args: { site: { identity: ['userNo'] } } };

export const PasteText: Story = {
  name: 'No endpoint: text to paste and a mailto link',
  args: { template: 'contact', mailto: 'support@example.com' },
  play: fillAndSend,
};
export const Sent: Story = { name: 'Sent (reference number)', args: { template: 'contact', action: '/story-api/ok' }, play: fillAndSend };
export const FailedInvalid: Story = {
  name: 'Failure: 400 with field errors',
  args: { template: 'contact', action: '/story-api/invalid' },
  play: fillAndSend,
};
export const FailedServer: Story = {
  name: 'Failure: 500',
  args: { template: 'contact', action: '/story-api/server-error' },
  play: fillAndSend,
};
export const FailedTimeout: Story = {
  name: 'Failure: timeout',
  args: { template: 'contact', action: '/story-api/timeout', timeout: 1500 },
  play: fillAndSend,
};
export const FailedRateLimited: Story = {
  name: 'Failure: 429 Retry-After',
  args: { template: 'contact', action: '/story-api/rate-limited' },
  play: fillAndSend,
};
export const FailedRejected: Story = {
  name: 'Failure: 403 (send by hand)',
  args: { template: 'contact', action: '/story-api/rejected' },
  play: fillAndSend,
};
export const FailedNetwork: Story = {
  name: 'Failure: network',
  args: { template: 'contact', action: '/story-api/network' },
  play: fillAndSend,
};

/** The browser reports no connection: nothing is sent. */
export const FailedOffline: Story = {
  name: 'Failure: offline',
  args: { template: 'contact', action: '/story-api/ok' },
  beforeEach: () => {
    const descriptor = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
    Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get: () => false });
    return () => Object.defineProperty(Navigator.prototype, 'onLine', descriptor);
  },
  play: fillAndSend,
};

/** Before its body arrives (a slow connection): after 0.4 s, "Loading…". */
export const BodyLoading: Story = {
  name: 'Loading (slow connection)',
  render: (args) => html`<recovery-request-form-loading lang=${ifDefined(attr(args.lang))}></recovery-request-form-loading>`,
  beforeEach: () => void defineLazyStates('recovery-request-form', RecoveryRequestForm),
};
/** Its body cannot be fetched (offline, a deploy removed the chunk). */
export const BodyUnreachable: Story = {
  name: 'Failure: the form could not be loaded',
  render: (args) => html`<recovery-request-form-unreachable lang=${ifDefined(attr(args.lang))}></recovery-request-form-unreachable>`,
  beforeEach: () => void defineLazyStates('recovery-request-form', RecoveryRequestForm),
};
