/**
 * Stories of `<auth-code-explainer>`: one per method and one per warning. The toolbar's "Locale"
 * menu switches ja/en/zh-Hans; "Scheme" pins a light or dark palette.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';

import { AuthCodeExplainer } from '../src/define/auth-code-explainer.js';
import { defineLazyStates } from './support/lazy-states.js';
import { BANK } from './support/site-profiles.js';
import { LANGUAGES, type Language } from '../src/localize/languages.js';

interface AuthCodeExplainerArgs {
  method?: 'totp' | 'grid' | 'backup' | 'all';
  lang?: Language;
  'server-time'?: string;
  'time-url'?: string;
  digits?: number;
  'backup-length'?: number;
  'disable-url'?: string;
  view?: 'explain' | 'check';
  site?: unknown;
}

const attr = <T>(value: T | undefined | '') => (value === '' || value === undefined ? undefined : value);

function renderExplainer(args: AuthCodeExplainerArgs) {
  return html`<auth-code-explainer
    method=${ifDefined(attr(args.method))}
    lang=${ifDefined(attr(args.lang))}
    server-time=${ifDefined(attr(args['server-time']))}
    time-url=${ifDefined(attr(args['time-url']))}
    digits=${ifDefined(attr(args.digits))}
    backup-length=${ifDefined(attr(args['backup-length']))}
    disable-url=${ifDefined(attr(args['disable-url']))}
    view=${ifDefined(attr(args.view))}
    .site=${args.site ?? nothing}
  ></auth-code-explainer>`;
}

/** Types `value` into the story's "check the code" field, as a user would. */
function typeCode(value: string, keyInit?: KeyboardEventInit) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const element = canvasElement.querySelector('auth-code-explainer')!;
    await element.updateComplete;
    const input = element.shadowRoot!.querySelector<HTMLInputElement>('#code')!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    if (keyInit) input.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, composed: true, ...keyInit }));
  };
}

const meta = {
  title: 'Elements/auth-code-explainer',
  component: 'auth-code-explainer',
  render: renderExplainer,
  args: {
    method: 'all',
    lang: undefined,
    'server-time': undefined,
    'time-url': undefined,
    digits: 6,
    'backup-length': 8,
    'disable-url': '/help/2fa-disable',
  },
  argTypes: {
    method: {
      description: 'Which code to explain; `all` shows tabs.',
      control: 'inline-radio',
      options: ['all', 'totp', 'grid', 'backup'],
    },
    lang: { description: 'Language. Unset: the toolbar’s Locale.', control: 'inline-radio', options: LANGUAGES },
    'server-time': { description: 'The site’s time (ISO 8601 with zone, or epoch ms) to check the device clock against.', control: 'text' },
    'time-url': { description: 'A same-origin URL whose `Date` header gives the site’s time.', control: 'text' },
    digits: { description: 'Digits of the site’s TOTP codes (6–8).', control: { type: 'number', min: 6, max: 8 } },
    'backup-length': { description: 'Characters of a backup code.', control: 'number' },
    'disable-url': { description: 'Where the procedure to stop using codes is explained.', control: 'text' },
    view: { description: '`explain` (default) or `check`: the code check alone.', control: 'inline-radio', options: ['explain', 'check'] },
    site: {
      description: 'The site profile (property or `site` attribute as JSON): the code methods it offers, its lock time.',
      control: 'object',
    },
  },
} satisfies Meta<AuthCodeExplainerArgs>;

export default meta;
type Story = StoryObj<AuthCodeExplainerArgs>;

/** All three kinds, as tabs. */
export const AllMethods: Story = { name: 'All methods (tabs)' };

export const Totp: Story = { name: 'Authenticator app (TOTP)', args: { method: 'totp' } };

/** The site's clock is 3 minutes ahead of this device: the warning and how to fix the clock. */
export const TotpClockWarning: Story = {
  name: 'TOTP: device clock 3 minutes behind',
  args: { method: 'totp' },
  render: (args) => renderExplainer({ ...args, 'server-time': attr(args['server-time']) ?? String(Date.now() + 3 * 60_000) }),
};

export const TotpClockFine: Story = {
  name: 'TOTP: device clock right',
  args: { method: 'totp' },
  render: (args) => renderExplainer({ ...args, 'server-time': attr(args['server-time']) ?? String(Date.now() + 2_000) }),
};

export const Grid: Story = { name: 'Grid card (乱数表)', args: { method: 'grid' } };

/** The code check alone, as on the guide's "code rejected" step (`error="code-invalid"`). */
export const CheckOnly: Story = { name: 'The code check alone (view="check")', args: { view: 'check' } };

/** A site that offers an authenticator app and backup codes, with a 90-minute lock support can lift. */
export const SiteProfileTwoMethods: Story = {
  name: 'Site profile: app and backup codes, support can unlock',
  args: { site: { codeMethods: ['totp', 'backup'], lock: { minutes: 90, supportCanUnlock: true } } },
};

/** A bank that offers the app only: no tabs. */
export const SiteProfileBank: Story = { name: 'Site profile (a bank): app only', args: { site: BANK } };

export const Backup: Story = { name: 'Backup codes', args: { method: 'backup' } };

export const FullWidthCode: Story = {
  name: 'Warning: full-width code',
  args: { method: 'totp' },
  play: typeCode('１２３４５６'),
};

export const WrongLength: Story = {
  name: 'Warning: wrong length',
  args: { method: 'totp' },
  play: typeCode('12345'),
};

export const LettersInTotp: Story = {
  name: 'Warning: letters in a TOTP code',
  args: { method: 'totp' },
  play: typeCode('12ab56'),
};

export const CapsLock: Story = {
  name: 'Warning: Caps Lock on',
  args: { method: 'grid' },
  play: typeCode('AB3X9Q', { key: 'Q', modifierCapsLock: true }),
};

export const LooksRight: Story = {
  name: 'A code that looks right',
  args: { method: 'backup' },
  play: typeCode('k7p2-m9x4'),
};

/** Before its body arrives (a slow connection): after 0.4 s, "Loading…". */
export const BodyLoading: Story = {
  name: 'Loading (slow connection)',
  render: (args) => html`<auth-code-explainer-loading lang=${ifDefined(attr(args.lang))}></auth-code-explainer-loading>`,
  beforeEach: () => void defineLazyStates('auth-code-explainer', AuthCodeExplainer),
};
/** Its body cannot be fetched (offline, a deploy removed the chunk). */
export const BodyUnreachable: Story = {
  name: 'Failure: the explainer could not be loaded',
  render: (args) => html`<auth-code-explainer-unreachable lang=${ifDefined(attr(args.lang))}></auth-code-explainer-unreachable>`,
  beforeEach: () => void defineLazyStates('auth-code-explainer', AuthCodeExplainer),
};
