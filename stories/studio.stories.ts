/**
 * Stories of `<login-help-flow-studio>` (in memory: no `api`, the text given as a property): a
 * valid flow, a misspelled step id with its fix, a flow with an unreachable step and a dead end
 * (see the Graph tab), and the built-in flow. The toolbar's "Locale" menu switches ja/en/zh-Hans.
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';

import '../src/define/studio.js';
import defaultFlow from '../src/flows/default.json';
import { LANGUAGES, type Language } from '../src/localize/languages.js';

interface StudioArgs {
  text: string;
  lang?: Language;
}

const small = {
  version: 1,
  start: 'hello',
  errors: { locked: 'wait' },
  steps: [
    {
      id: 'hello',
      kind: 'choice',
      title: { en: 'What happened?', ja: '何が起きましたか', 'zh-Hans': '发生了什么？' },
      choices: [
        { label: { en: 'I forgot my password', ja: 'パスワードを忘れた', 'zh-Hans': '忘记了密码' }, next: 'reset' },
        { label: { en: 'I am locked out', ja: 'ロックされた', 'zh-Hans': '账户被锁定' }, next: 'wait' },
      ],
    },
    {
      id: 'reset',
      kind: 'request',
      template: 'password-reissue',
      title: { en: 'Ask for a new password', ja: 'パスワードの再発行', 'zh-Hans': '申请新密码' },
    },
    { id: 'wait', kind: 'info', title: { en: 'Wait a while', ja: 'しばらくお待ちください', 'zh-Hans': '请稍候' }, next: 'done' },
    { id: 'done', kind: 'resolved', title: { en: 'Solved', ja: '解決しました', 'zh-Hans': '已解决' } },
  ],
};
const pretty = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

const meta = {
  title: 'Elements/login-help-flow-studio',
  component: 'login-help-flow-studio',
  render: (args) =>
    html`<login-help-flow-studio lang=${ifDefined(args.lang)} .text=${args.text} style="max-width: none"></login-help-flow-studio>`,
  args: { text: pretty(small), lang: undefined },
  argTypes: {
    text: { description: 'The flow definition being edited (in memory: no `api`).', control: 'text' },
    lang: { description: 'Language. Unset: the toolbar’s Locale.', control: 'inline-radio', options: LANGUAGES },
  },
} satisfies Meta<StudioArgs>;

export default meta;
type Story = StoryObj<StudioArgs>;

export const Valid: Story = { name: 'A valid flow' };

/** `next` names a step that does not exist: underlined, listed, and "Replace with" fixes it. */
export const MisspelledStep: Story = {
  name: 'A misspelled step id, with its fix',
  args: { text: pretty(small).replace('"next": "done"', '"next": "dnoe"') },
};

/** A step nothing leads to, which leads nowhere itself: marked in the graph. */
export const UnreachableAndDeadEnd: Story = {
  name: 'An unreachable step and a dead end (Graph tab)',
  args: { text: pretty({ ...small, steps: [...small.steps, { id: 'lost', kind: 'info', title: 'Lost' }] }) },
};

export const BuiltInFlow: Story = { name: 'The built-in flow', args: { text: pretty(defaultFlow) } };
