/**
 * The five built-in request templates, in Japanese and English: what each support request
 * (password reissue, login-only username reset/deletion, authentication-code disable, username
 * lookup, other problems) asks for, and what the user must know before sending it.
 *
 * No zod here: the form imports these without loading the validator.
 */
import type { RequestTemplateId } from '../flow/constants.js';
import type { RequestTemplate } from './template-schema.js';
import { resolveRequestTemplates, type RequestTemplateSource } from './site-templates.js';
import { resolveSiteProfile, type SiteProfile, type SiteProfileInput } from '../flow/site-profile.js';
import { SiteTextRenderer, type SiteCondition } from '../flow/site-text.js';
import {
  EMAIL_HINT,
  FROM_KNOWN_NETWORK,
  LOGIN_INQUIRY_TYPE,
  NAME_HINT,
  SEVERAL_REQUESTS,
  UNKNOWN_IS_FINE,
  field,
  notAlways,
  privacy,
  takesTime,
} from './template-parts.js';

export { LOGIN_INQUIRY_TYPE } from './template-parts.js';

const passwordReissue: RequestTemplateSource = {
  id: 'password-reissue',
  inquiryType: LOGIN_INQUIRY_TYPE,
  subject: { ja: 'パスワード再発行申請', en: 'Password reissue request' },
  intro: {
    ja: `今のパスワードをお知らせすることは、どんな場合でもできません。この申請で新しいパスワードの発行をお願いします。${UNKNOWN_IS_FINE.ja}`,
    en: `Your current password can never be told to you, in any case: this request asks for a new one. ${UNKNOWN_IS_FINE.en}`,
  },
  cautions: [
    { ja: 'パスワードを再設定すると、今のパスワードは使えなくなります。', en: 'Once the password is reset, the current one stops working.' },
    {
      when: 'resetLosesEncryptedData',
      ja: 'アカウントの一部のデータは、ご本人以外の人（管理者を含む）に不正にアクセスされないよう、パスワードを使って暗号化されています。再設定するとそれを復号するための情報が失われるため、そのデータにはアクセスできなくなることがあります。',
      en: 'Some of the account’s data is encrypted with your password so that no one else, administrators included, can access it without authorization. A reset loses the information needed to decrypt it, so you may no longer be able to access that data.',
    },
    takesTime(
      { ja: '再設定', en: 'A reset' },
      {
        ja: '新しいパスワードを郵送でお送りすることがあり、その場合は届くまでアカウントを使えません。',
        en: 'the new password may be sent by post; the account then can’t be used until it arrives.',
      },
    ),
    notAlways({ ja: 'パスワードの再設定', en: 'A password reset' }),
    FROM_KNOWN_NETWORK,
    SEVERAL_REQUESTS,
  ],
  privacy: privacy({ ja: 'パスワードの再設定の手続き', en: 'the password reset' }),
  nameHint: NAME_HINT,
  emailHint: EMAIL_HINT,
  fields: [
    field('username'),
    field('usernameCandidates'),
    field('userNumber'),
    field('publicName'),
    field('registeredAt'),
    field('loginOnlyUsername'),
    field('usageDates'),
    field('accountCode'),
    field('ownerCode'),
    field('inviteKeys'),
    field('profile'),
    field('registrationNetwork'),
    field('loginNetworks'),
    field('other'),
  ],
};

const loginUsernameReset: RequestTemplateSource = {
  id: 'login-username-reset',
  inquiryType: LOGIN_INQUIRY_TYPE,
  subject: { ja: 'ログイン専用ユーザー名の再設定・削除申請', en: 'Login-only username reset/deletion request' },
  intro: {
    ja: `ログイン専用ユーザー名を忘れた場合は、この申請で削除するか、臨時のログイン専用ユーザー名に変えられることがあります。設定したかどうかわからない場合も、この申請をご利用ください。${UNKNOWN_IS_FINE.ja}`,
    en: `If you've forgotten your login-only username, this request may have it deleted or replaced with a temporary one. Use it too if you're not sure whether you ever set one. ${UNKNOWN_IS_FINE.en}`,
  },
  cautions: [
    takesTime(
      { ja: '再設定・削除', en: 'A reset or deletion' },
      {
        ja: 'ログイン専用ユーザー名を郵送でお送りすることがあり、その場合は届くまでアカウントを使えません。',
        en: 'the login-only username may be sent by post; the account then can’t be used until it arrives.',
      },
    ),
    notAlways({ ja: '再設定・削除', en: 'A reset or deletion' }),
    FROM_KNOWN_NETWORK,
    SEVERAL_REQUESTS,
  ],
  privacy: privacy({ ja: 'ログイン専用ユーザー名の再設定・削除の手続き', en: 'the login-only username reset or deletion' }),
  nameHint: NAME_HINT,
  emailHint: EMAIL_HINT,
  fields: [
    field('username', {
      kind: 'username-list',
      hint: {
        ja: 'アカウント登録時に決めたユーザー名。忘れた場合は、思い当たるものを1行に1つずつ書いてください。',
        en: "The username you chose at registration. If you've forgotten it, write the ones you think it might be, one per line.",
      },
    }),
    field('userNumber'),
    field('publicName'),
    field('registeredAt'),
    field('usageDates'),
    field('accountCode'),
    field('ownerCode'),
    field('inviteKeys'),
    field('profile'),
    field('registrationNetwork'),
    field('loginNetworks'),
    field('other'),
  ],
};

const twoFactorDisable: RequestTemplateSource = {
  id: 'two-factor-disable',
  inquiryType: LOGIN_INQUIRY_TYPE,
  subject: { ja: '認証コードの使用停止手続き', en: 'Authentication code disable procedure' },
  intro: {
    ja: `まずパスワードでログインし、認証コードの入力画面が出るところまで進んでください（認証コードは入力しなくてかまいません）。そのあとでサイトのお問い合わせフォームを開くと、右上に手続きするアカウントのユーザー名が表示されます。${UNKNOWN_IS_FINE.ja}`,
    en: `First log in with your password until the authentication code screen appears (you don't need to enter a code). Then open the site's contact form: it shows the username of the account in question at the top right. ${UNKNOWN_IS_FINE.en}`,
  },
  cautions: [
    takesTime(
      { ja: '使用停止の手続き', en: 'The procedure' },
      {
        ja: '郵送で手続きすることがあり、その場合は完了するまでアカウントを使えないことがあります。',
        en: 'it may be done by post; the account may then be unusable until it is complete.',
      },
    ),
    notAlways({ ja: '認証コードの使用停止', en: 'Disabling the authentication code' }),
    FROM_KNOWN_NETWORK,
    SEVERAL_REQUESTS,
  ],
  privacy: privacy({ ja: '認証コードの使用停止の手続き', en: 'disabling the authentication code' }),
  nameHint: {
    ja: `${NAME_HINT.ja}。ログイン後のサイトのフォームでは入力済みなので、変える必要はありません。`,
    en: `${NAME_HINT.en}. The site's own form fills it in once you have logged in: no need to change it there.`,
  },
  emailHint: EMAIL_HINT,
  requiresUsername: true,
  fields: [
    field('username', {
      allowUnknown: false,
      hint: {
        ja: 'パスワードでログインしたあと、画面右上に表示されるユーザー名',
        en: 'The username shown at the top right after you log in with your password',
      },
    }),
    field('registeredAt'),
    field('usageDates'),
    field('accountCode'),
    field('ownerCode'),
    field('inviteKeys'),
    field('profile'),
    field('registrationNetwork'),
    field('loginNetworks'),
    field('twoFactorMethod'),
    field('other'),
  ],
};

const usernameLookup: RequestTemplateSource = {
  id: 'username-lookup',
  inquiryType: LOGIN_INQUIRY_TYPE,
  subject: { ja: 'ユーザー名の照会申請', en: 'Username lookup request' },
  intro: {
    ja: 'ユーザー名を忘れた場合、通常は照会できません。{{#identity.accountCode|identity.profile}}ただし、{{#identity.accountCode}}アカウント固有のコードを覚えている場合{{#identity.profile}}や、{{/identity.profile}}{{/identity.accountCode}}{{#identity.profile}}登録したプロファイル情報で今も連絡が取れる場合{{/identity.profile}}は、確認できることがあります。{{/identity.accountCode|identity.profile}}{{^identity.accountCode|identity.profile}}ただし、アカウントについて覚えていることをお書きいただければ、登録情報と照らし合わせて確認できることがあります。{{/identity.accountCode|identity.profile}}後日、担当者から詳しい手続きをご案内します（担当者が直接再発行することもあります）。',
    en: "A forgotten username normally can't be looked up.{{#identity.accountCode|identity.profile}} It sometimes can if {{#identity.accountCode}}you remember the account-specific code{{#identity.profile}}, or if {{/identity.profile}}{{/identity.accountCode}}{{#identity.profile}}the profile information you registered still reaches you{{/identity.profile}}.{{/identity.accountCode|identity.profile}}{{^identity.accountCode|identity.profile}} Sometimes it can, though: tell us what you remember about the account, and we'll check it against the account's records.{{/identity.accountCode|identity.profile}} Staff will reply later with the detailed procedure (sometimes they reissue it directly).",
  },
  cautions: [
    {
      ja: 'まだログインできる場合は、ログイン後に設定ページを開けば自分でユーザー名を確認できます。申請は要りません。',
      en: 'If you can still log in, open the settings page after logging in to read your username yourself: no request needed.',
    },
    {
      when: ['identity.accountCode', 'identity.ownerCode'],
      ja: 'アカウント所有者コードだけでは照会できません。アカウント固有のコードと一緒にお書きください。',
      en: "The account owner code alone can't be looked up: give it together with the account-specific code.",
    },
  ],
  nameHint: NAME_HINT,
  emailHint: EMAIL_HINT,
  requiresOneOf: {
    fields: ['accountCode', 'profile'],
    message: {
      ja: 'アカウント固有のコードか、今も連絡が取れるプロファイル情報のどちらかがないと、ユーザー名は照会できません{{#identity.ownerCode}}（アカウント所有者コードだけでは照会できません）{{/identity.ownerCode}}。',
      en: "Without the account-specific code or profile information that still reaches you, the username can't be looked up{{#identity.ownerCode}} (the account owner code alone is not enough){{/identity.ownerCode}}.",
    },
  },
  fields: [
    field('accountCode', {
      hint: {
        ja: 'できれば全桁。わからなければ前半だけでも照会できることがあります。',
        en: 'All of it if possible; the first part alone is sometimes enough.',
      },
    }),
    field('ownerCode', {
      when: 'identity.accountCode',
      required: false,
      hint: {
        ja: 'アカウント固有のコードと一緒に。両方あるといちばん確実です。これだけでは照会できません。',
        en: 'Together with the account-specific code: both together work best. It can’t be looked up on its own.',
      },
    }),
    field('profile', {
      required: true,
      hint: {
        ja: '登録しているプロファイル情報のうち、今も連絡が取れるもの。',
        en: 'The profile information you registered, through which you can still be reached.',
      },
    }),
    field('publicName', { required: false }),
    // A site that checks neither the code nor the profile looks the username up with what it does check.
    ...(['userNumber', 'registeredAt', 'usageDates', 'inviteKeys', 'registrationNetwork', 'loginNetworks'] as const).map((id) =>
      field(id, { required: false, when: ['!identity.accountCode', '!identity.profile'] }),
    ),
    field('usernameCandidates'),
    field('other'),
  ],
};

const contact: RequestTemplateSource = {
  id: 'contact',
  inquiryType: LOGIN_INQUIRY_TYPE,
  subject: { ja: 'ログインできない問題についてのお問い合わせ', en: 'Login problem inquiry' },
  intro: {
    ja: '問題を調べるため、次の内容をお知らせください。',
    en: 'Tell us the following so that we can look into the problem.',
  },
  // "Never write your password" is the form's own notice, shown with every template.
  cautions: [],
  nameHint: NAME_HINT,
  emailHint: EMAIL_HINT,
  fields: [
    {
      id: 'errorMessage',
      label: { ja: '表示されたエラーメッセージ', en: 'Error message shown' },
      kind: 'textarea',
      required: false,
      allowUnknown: false,
      hint: { ja: 'できれば表示どおりに。', en: 'Word for word if you can.' },
    },
    {
      id: 'whatHappened',
      label: { ja: '何が起きたか', en: 'What happened' },
      kind: 'textarea',
      required: true,
      allowUnknown: false,
      hint: { ja: 'どの画面で、何をしたときか。', en: 'On which screen, and what you were doing.' },
    },
    {
      id: 'whatWasTyped',
      label: { ja: 'そのとき入力した内容', en: 'What you typed' },
      kind: 'textarea',
      required: false,
      allowUnknown: false,
      hint: {
        ja: 'ユーザー名など。パスワード{{#codes}}と認証コード{{/codes}}は除きます。',
        en: 'Such as the username you typed, but never the password{{#codes}} or a code{{/codes}}.',
      },
    },
    field('other'),
  ],
};

/**
 * The built-in templates for any site, in the order of `REQUEST_TEMPLATES`, with the `when`
 * conditions and `{{…}}` placeholders that `siteRequestTemplates(profile)` resolves.
 */
export const REQUEST_TEMPLATE_SOURCES: readonly RequestTemplateSource[] = [
  passwordReissue,
  loginUsernameReset,
  twoFactorDisable,
  usernameLookup,
  contact,
];

/** Templates a site has only when the condition holds (no login-only username: nothing to reset). */
const TEMPLATE_CONDITIONS: Partial<Record<RequestTemplateId, SiteCondition>> = {
  'login-username-reset': 'loginOnlyUsername',
  'two-factor-disable': 'codes',
};

/** The built-in templates of the default site (`siteRequestTemplates()` for `defaultSiteProfile`). */
export const DEFAULT_REQUEST_TEMPLATES: readonly RequestTemplate[] = resolveRequestTemplates(REQUEST_TEMPLATE_SOURCES);

/**
 * The built-in templates of the site `profile` describes: only the identity fields support can
 * check, the site's username rule, no caution that does not apply, the exact labels of the
 * site's contact form, and no template for what the site does not have (`login-username-reset`
 * without login-only usernames, `two-factor-disable` without authentication codes). The
 * default profile gives `DEFAULT_REQUEST_TEMPLATES`.
 */
export function siteRequestTemplates(profile?: SiteProfileInput | SiteProfile): RequestTemplate[] {
  const site = resolveSiteProfile(profile);
  const render = new SiteTextRenderer(site);
  const sources = REQUEST_TEMPLATE_SOURCES.filter((source) => render.holds(TEMPLATE_CONDITIONS[source.id as RequestTemplateId]));
  return resolveRequestTemplates(sources, site);
}

/**
 * The template with this id among `templates` (the built-in ones by default), or `undefined`.
 */
export function findRequestTemplate(
  id: RequestTemplateId | (string & {}),
  templates: readonly RequestTemplate[] = DEFAULT_REQUEST_TEMPLATES,
): RequestTemplate | undefined {
  return templates.find((template) => template.id === id);
}
