/**
 * The five built-in request templates, in every library language: what each support request
 * (password reissue, login-only username reset/deletion, authentication-code disable, username
 * lookup, other problems) asks for, and what the user must know before sending it.
 *
 * No zod here: the form imports these without loading the validator.
 */
import type { RequestTemplateId } from '../flow/constants.js';
import type { RequestTemplate } from '../flow/request-template-schema.js';
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
  subject: { ja: 'パスワード再発行申請', en: 'Password reissue request', 'zh-Hans': '密码重新发放申请' },
  intro: {
    ja: `今のパスワードをお知らせすることは、どんな場合でもできません。この申請で新しいパスワードの発行をお願いします。${UNKNOWN_IS_FINE.ja}`,
    en: `Your current password can never be told to you, in any case: this request asks for a new one. ${UNKNOWN_IS_FINE.en}`,
    'zh-Hans': `无论在任何情况下，我们都无法告知您当前的密码。请通过此申请要求发放新密码。${UNKNOWN_IS_FINE['zh-Hans']}`,
  },
  cautions: [
    {
      ja: 'パスワードを再設定すると、今のパスワードは使えなくなります。',
      en: 'Once the password is reset, the current one stops working.',
      'zh-Hans': '重新设置密码后，当前的密码将无法再使用。',
    },
    {
      when: 'resetLosesEncryptedData',
      ja: 'アカウントの一部のデータは、ご本人以外の人（管理者を含む）に不正にアクセスされないよう、パスワードを使って暗号化されています。再設定するとそれを復号するための情報が失われるため、そのデータにはアクセスできなくなることがあります。',
      en: 'Some of the account’s data is encrypted with your password so that no one else, administrators included, can access it without authorization. A reset loses the information needed to decrypt it, so you may no longer be able to access that data.',
      'zh-Hans':
        '为防止本人以外的人（包括管理员）未经授权访问，账号中的部分数据使用密码进行了加密。重新设置密码后，用于解密这些数据的信息将会丢失，因此您可能无法再访问这些数据。',
    },
    takesTime(
      { ja: '再設定', en: 'A reset', 'zh-Hans': '重新设置' },
      {
        ja: '新しいパスワードを郵送でお送りすることがあり、その場合は届くまでアカウントを使えません。',
        en: 'the new password may be sent by post; the account then can’t be used until it arrives.',
        'zh-Hans': '我们可能会通过邮寄方式寄送新密码，这种情况下，在收到之前将无法使用账号。',
      },
    ),
    notAlways({ ja: 'パスワードの再設定', en: 'A password reset', 'zh-Hans': '密码重新设置' }),
    FROM_KNOWN_NETWORK,
    SEVERAL_REQUESTS,
  ],
  privacy: privacy({ ja: 'パスワードの再設定の手続き', en: 'the password reset', 'zh-Hans': '密码重新设置的手续' }),
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
  subject: {
    ja: 'ログイン専用ユーザー名の再設定・削除申請',
    en: 'Login-only username reset/deletion request',
    'zh-Hans': '登录专用用户名的重新设置/删除申请',
  },
  intro: {
    ja: `ログイン専用ユーザー名を忘れた場合は、この申請で削除するか、臨時のログイン専用ユーザー名に変えられることがあります。設定したかどうかわからない場合も、この申請をご利用ください。${UNKNOWN_IS_FINE.ja}`,
    en: `If you've forgotten your login-only username, this request may have it deleted or replaced with a temporary one. Use it too if you're not sure whether you ever set one. ${UNKNOWN_IS_FINE.en}`,
    'zh-Hans': `如果您忘记了登录专用用户名，通过此申请有可能将其删除，或更改为临时的登录专用用户名。如果不确定自己是否设置过，也请使用此申请。${UNKNOWN_IS_FINE['zh-Hans']}`,
  },
  cautions: [
    takesTime(
      { ja: '再設定・削除', en: 'A reset or deletion', 'zh-Hans': '重新设置或删除' },
      {
        ja: 'ログイン専用ユーザー名を郵送でお送りすることがあり、その場合は届くまでアカウントを使えません。',
        en: 'the login-only username may be sent by post; the account then can’t be used until it arrives.',
        'zh-Hans': '我们可能会通过邮寄方式寄送登录专用用户名，这种情况下，在收到之前将无法使用账号。',
      },
    ),
    notAlways({ ja: '再設定・削除', en: 'A reset or deletion', 'zh-Hans': '重新设置或删除' }),
    FROM_KNOWN_NETWORK,
    SEVERAL_REQUESTS,
  ],
  privacy: privacy({
    ja: 'ログイン専用ユーザー名の再設定・削除の手続き',
    en: 'the login-only username reset or deletion',
    'zh-Hans': '登录专用用户名重新设置或删除的手续',
  }),
  nameHint: NAME_HINT,
  emailHint: EMAIL_HINT,
  fields: [
    field('username', {
      kind: 'username-list',
      hint: {
        ja: 'アカウント登録時に決めたユーザー名。忘れた場合は、思い当たるものを1行に1つずつ書いてください。',
        en: "The username you chose at registration. If you've forgotten it, write the ones you think it might be, one per line.",
        'zh-Hans': '注册账号时设定的用户名。如果忘记了，请把您想到的用户名都写下来，每行一个。',
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
  subject: { ja: '認証コードの使用停止手続き', en: 'Authentication code disable procedure', 'zh-Hans': '验证码停用手续' },
  intro: {
    ja: `まずパスワードでログインし、認証コードの入力画面が出るところまで進んでください（認証コードは入力しなくてかまいません）。そのあとでサイトのお問い合わせフォームを開くと、右上に手続きするアカウントのユーザー名が表示されます。${UNKNOWN_IS_FINE.ja}`,
    en: `First log in with your password until the authentication code screen appears (you don't need to enter a code). Then open the site's contact form: it shows the username of the account in question at the top right. ${UNKNOWN_IS_FINE.en}`,
    'zh-Hans': `请先用密码登录，直到出现验证码输入页面为止（无需输入验证码）。之后打开网站的联系表单，右上角会显示要办理手续的账号的用户名。${UNKNOWN_IS_FINE['zh-Hans']}`,
  },
  cautions: [
    takesTime(
      { ja: '使用停止の手続き', en: 'The procedure', 'zh-Hans': '停用手续' },
      {
        ja: '郵送で手続きすることがあり、その場合は完了するまでアカウントを使えないことがあります。',
        en: 'it may be done by post; the account may then be unusable until it is complete.',
        'zh-Hans': '手续可能会通过邮寄方式办理，这种情况下，在手续完成之前可能无法使用账号。',
      },
    ),
    notAlways({ ja: '認証コードの使用停止', en: 'Disabling the authentication code', 'zh-Hans': '停用验证码' }),
    FROM_KNOWN_NETWORK,
    SEVERAL_REQUESTS,
  ],
  privacy: privacy({ ja: '認証コードの使用停止の手続き', en: 'disabling the authentication code', 'zh-Hans': '停用验证码的手续' }),
  nameHint: {
    ja: `${NAME_HINT.ja}。ログイン後のサイトのフォームでは入力済みなので、変える必要はありません。`,
    en: `${NAME_HINT.en}. The site's own form fills it in once you have logged in: no need to change it there.`,
    'zh-Hans': `${NAME_HINT['zh-Hans']}。登录后，网站的表单中已经填好，无需更改。`,
  },
  emailHint: EMAIL_HINT,
  requiresUsername: true,
  fields: [
    field('username', {
      allowUnknown: false,
      hint: {
        ja: 'パスワードでログインしたあと、画面右上に表示されるユーザー名',
        en: 'The username shown at the top right after you log in with your password',
        'zh-Hans': '用密码登录后，页面右上角显示的用户名',
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
  subject: { ja: 'ユーザー名の照会申請', en: 'Username lookup request', 'zh-Hans': '用户名查询申请' },
  intro: {
    ja: 'ユーザー名を忘れた場合、通常は照会できません。{{#identity.accountCode|identity.profile}}ただし、{{#identity.accountCode}}アカウント固有のコードを覚えている場合{{#identity.profile}}や、{{/identity.profile}}{{/identity.accountCode}}{{#identity.profile}}登録したプロファイル情報で今も連絡が取れる場合{{/identity.profile}}は、確認できることがあります。{{/identity.accountCode|identity.profile}}{{^identity.accountCode|identity.profile}}ただし、アカウントについて覚えていることをお書きいただければ、登録情報と照らし合わせて確認できることがあります。{{/identity.accountCode|identity.profile}}後日、担当者から詳しい手続きをご案内します（担当者が直接再発行することもあります）。',
    en: "A forgotten username normally can't be looked up.{{#identity.accountCode|identity.profile}} It sometimes can if {{#identity.accountCode}}you remember the account-specific code{{#identity.profile}}, or if {{/identity.profile}}{{/identity.accountCode}}{{#identity.profile}}the profile information you registered still reaches you{{/identity.profile}}.{{/identity.accountCode|identity.profile}}{{^identity.accountCode|identity.profile}} Sometimes it can, though: tell us what you remember about the account, and we'll check it against the account's records.{{/identity.accountCode|identity.profile}} Staff will reply later with the detailed procedure (sometimes they reissue it directly).",
    'zh-Hans':
      '如果忘记了用户名，通常无法查询。{{#identity.accountCode|identity.profile}}不过，如果{{#identity.accountCode}}您记得账号专属代码{{#identity.profile}}，或者{{/identity.profile}}{{/identity.accountCode}}{{#identity.profile}}通过登记的个人资料信息现在仍能联系到您{{/identity.profile}}，则有可能确认。{{/identity.accountCode|identity.profile}}{{^identity.accountCode|identity.profile}}不过，如果您写下记得的有关账号的信息，我们有可能将其与登记信息核对后进行确认。{{/identity.accountCode|identity.profile}}之后，客服人员会向您说明详细的手续（客服人员也可能直接为您重新发放）。',
  },
  cautions: [
    {
      ja: 'まだログインできる場合は、ログイン後に設定ページを開けば自分でユーザー名を確認できます。申請は要りません。',
      en: 'If you can still log in, open the settings page after logging in to read your username yourself: no request needed.',
      'zh-Hans': '如果您仍能登录，登录后打开设置页面即可自行查看用户名，无需提交申请。',
    },
    {
      when: ['identity.accountCode', 'identity.ownerCode'],
      ja: 'アカウント所有者コードだけでは照会できません。アカウント固有のコードと一緒にお書きください。',
      en: "The account owner code alone can't be looked up: give it together with the account-specific code.",
      'zh-Hans': '仅凭账号所有者代码无法查询。请与账号专属代码一起填写。',
    },
  ],
  nameHint: NAME_HINT,
  emailHint: EMAIL_HINT,
  requiresOneOf: {
    fields: ['accountCode', 'profile'],
    message: {
      ja: 'アカウント固有のコードか、今も連絡が取れるプロファイル情報のどちらかがないと、ユーザー名は照会できません{{#identity.ownerCode}}（アカウント所有者コードだけでは照会できません）{{/identity.ownerCode}}。',
      en: "Without the account-specific code or profile information that still reaches you, the username can't be looked up{{#identity.ownerCode}} (the account owner code alone is not enough){{/identity.ownerCode}}.",
      'zh-Hans':
        '如果既没有账号专属代码，也没有现在仍能联系到您的个人资料信息，则无法查询用户名{{#identity.ownerCode}}（仅凭账号所有者代码无法查询）{{/identity.ownerCode}}。',
    },
  },
  fields: [
    field('accountCode', {
      hint: {
        ja: 'できれば全桁。わからなければ前半だけでも照会できることがあります。',
        en: 'All of it if possible; the first part alone is sometimes enough.',
        'zh-Hans': '如有可能，请填写全部位数。不知道全部时，仅凭前半部分有时也能查询。',
      },
    }),
    field('ownerCode', {
      when: 'identity.accountCode',
      required: false,
      hint: {
        ja: 'アカウント固有のコードと一緒に。両方あるといちばん確実です。これだけでは照会できません。',
        en: 'Together with the account-specific code: both together work best. It can’t be looked up on its own.',
        'zh-Hans': '请与账号专属代码一起填写。两者都有最为可靠。仅凭此代码无法查询。',
      },
    }),
    field('profile', {
      required: true,
      hint: {
        ja: '登録しているプロファイル情報のうち、今も連絡が取れるもの。',
        en: 'The profile information you registered, through which you can still be reached.',
        'zh-Hans': '已登记的个人资料信息中，现在仍能联系到您的信息。',
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
  subject: { ja: 'ログインできない問題についてのお問い合わせ', en: 'Login problem inquiry', 'zh-Hans': '关于无法登录问题的咨询' },
  intro: {
    ja: '問題を調べるため、次の内容をお知らせください。',
    en: 'Tell us the following so that we can look into the problem.',
    'zh-Hans': '为了调查问题，请告诉我们以下内容。',
  },
  // "Never write your password" is the form's own notice, shown with every template.
  cautions: [],
  nameHint: NAME_HINT,
  emailHint: EMAIL_HINT,
  fields: [
    {
      id: 'errorMessage',
      label: { ja: '表示されたエラーメッセージ', en: 'Error message shown', 'zh-Hans': '显示的错误信息' },
      kind: 'textarea',
      required: false,
      allowUnknown: false,
      hint: { ja: 'できれば表示どおりに。', en: 'Word for word if you can.', 'zh-Hans': '如有可能，请按显示的原文填写。' },
    },
    {
      id: 'whatHappened',
      label: { ja: '何が起きたか', en: 'What happened', 'zh-Hans': '发生了什么' },
      kind: 'textarea',
      required: true,
      allowUnknown: false,
      hint: {
        ja: 'どの画面で、何をしたときか。',
        en: 'On which screen, and what you were doing.',
        'zh-Hans': '在哪个页面、进行什么操作时发生的。',
      },
    },
    {
      id: 'whatWasTyped',
      label: { ja: 'そのとき入力した内容', en: 'What you typed', 'zh-Hans': '当时输入的内容' },
      kind: 'textarea',
      required: false,
      allowUnknown: false,
      hint: {
        ja: 'ユーザー名など。パスワード{{#codes}}と認証コード{{/codes}}は除きます。',
        en: 'Such as the username you typed, but never the password{{#codes}} or a code{{/codes}}.',
        'zh-Hans': '如用户名等，但密码{{#codes}}和验证码{{/codes}}除外。',
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
