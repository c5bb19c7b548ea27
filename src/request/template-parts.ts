/**
 * The texts and fields the built-in request templates share, in every library language.
 * No zod here (types only).
 */
import type { RequestField } from '../flow/request-template-schema.js';
import type { SiteCondition } from '../flow/site-text.js';
import type { Catalogues } from '../localize/languages.js';
import { DEFAULT_INQUIRY_TYPE } from '../flow/contact-form-labels.js';

/**
 * A text in every library language (with `{{…}}` placeholders of the site profile, see
 * flow/site-text.ts): TypeScript names any text that lacks a language.
 */
export type Text = Catalogues<string>;

/** A field of a built-in template: its label and hint are {@link Text}s. */
export type SourceField = Omit<RequestField, 'label' | 'hint'> & { label: Text; hint?: Text };

/** A caution or field that the site profile may turn off (`when`). */
export type Conditional<T> = T & { when?: SiteCondition };

/**
 * The inquiry type every built-in template uses: the exact label of the seed site's contact form
 * (its meaning for other languages is in flow/contact-form-labels.ts, which a site profile's
 * `contactForm` replaces).
 */
export const LOGIN_INQUIRY_TYPE: Text = {
  ja: DEFAULT_INQUIRY_TYPE.label,
  en: DEFAULT_INQUIRY_TYPE.label,
  'zh-Hans': DEFAULT_INQUIRY_TYPE.label,
};

export const NAME_HINT: Text = {
  ja: 'アカウントに登録している名前（{{#identity.publicName}}公開名・ユーザー名・本名のどれでもかまいません{{/identity.publicName}}{{^identity.publicName}}ユーザー名・本名のどちらでもかまいません{{/identity.publicName}}）',
  en: 'A name registered on the account ({{#identity.publicName}}your public name, username or real name: any of them{{/identity.publicName}}{{^identity.publicName}}your username or real name: either one{{/identity.publicName}})',
  'zh-Hans':
    '账号中登记的名字（{{#identity.publicName}}公开名称、用户名、真实姓名均可{{/identity.publicName}}{{^identity.publicName}}用户名、真实姓名均可{{/identity.publicName}}）',
};

export const EMAIL_HINT: Text = {
  ja: '今確実に受け取れるアドレス。ご連絡はメールでお送りします。登録済みのアドレスが今も使えるならそれがいちばん早く進みますが、今は届かないアドレスは書かないでください。',
  en: "One where you can receive mail now, since we reply by e-mail. Your registered address is quickest if it still works, but don't give it if it no longer receives mail.",
  'zh-Hans':
    '请填写您现在确定能收到邮件的地址，我们将通过电子邮件与您联系。如果已登记的地址现在仍能使用，用它办理最快；但请不要填写现在已收不到邮件的地址。',
};

/** Only where support checks the networks an account was used from. */
export const FROM_KNOWN_NETWORK: Conditional<Text> = {
  when: 'identity.registrationNetwork|identity.loginNetworks',
  ja: '以前ログインに使ったことのある回線（登録時の回線を含む）から送ると、本人確認がしやすくなります。できればそちらからお送りください。',
  en: "If you can, send this from a network or connection you have logged in from before (including the one you registered from): that makes it easier to confirm it's you.",
  'zh-Hans': '从以前登录时使用过的线路（包括注册时的线路）发送，身份核实会更容易。如有可能，请从该线路发送。',
};

export const SEVERAL_REQUESTS: Text = {
  ja: '申請中でも別の申請を出せますが、短い期間に何件も申請すると、本人確認がふだんより厳しくなります。',
  en: 'You can file another request while one is pending, but several requests in a short time mean stricter identity checks.',
  'zh-Hans': '在申请处理期间也可以提交其他申请，但如果在短时间内提交多份申请，身份核实会比平时更严格。',
};

export const UNKNOWN_IS_FINE: Text = {
  ja: 'わからない項目は空けずに「わからない」を選んでください。',
  en: "If you don't know an item, don't skip it: choose “I don't know”.",
  'zh-Hans': '遇到不知道的项目，请不要留空，而是选择“不知道”。',
};

export const privacy = (procedure: Text): Text => ({
  ja: `申請でいただいた個人情報は、${procedure.ja}にだけ使います。申請の内容が登録情報と一致するかを確かめるためだけに、アカウントの{{#identity.profile}}プロファイル情報や{{/identity.profile}}ログイン履歴などを確認することがあります。`,
  en: `Personal information you give us is used only for ${procedure.en}. We may look at the account's {{#identity.profile}}profile information and {{/identity.profile}}login history, solely to check that your answers match the account.`,
  'zh-Hans': `您在申请中提供的个人信息仅用于办理${procedure['zh-Hans']}。我们可能会查看账号的{{#identity.profile}}个人资料信息、{{/identity.profile}}登录记录等，但仅用于确认申请内容是否与登记信息一致。`,
});

/** "It can take time", and, where the site sends things by post, what that means. */
export const takesTime = (what: Text, byPost: Text): Text => ({
  ja: `${what.ja}には時間がかかることがあります。{{#postalDelivery}}アカウントの利用状況によっては${byPost.ja}{{/postalDelivery}}`,
  en: `${what.en} can take time.{{#postalDelivery}} Depending on how the account has been used, ${byPost.en}{{/postalDelivery}}`,
  'zh-Hans': `${what['zh-Hans']}可能需要一些时间。{{#postalDelivery}}根据账号的使用情况，${byPost['zh-Hans']}{{/postalDelivery}}`,
});

export const notAlways = (what: Text): Text => ({
  ja: `${what.ja}は必ずできるとは限りません。アカウントの利用状況や申請の内容によっては、お受けできないこともあります。`,
  en: `${what.en} is not always possible. Depending on how the account has been used and what the request says, it may be declined.`,
  'zh-Hans': `${what['zh-Hans']}不一定能够办理。根据账号的使用情况和申请内容，我们也可能无法受理。`,
});

/** The fields the templates share, by id; a template may override `required` or the texts. */
export const FIELDS = {
  username: {
    id: 'username',
    label: { ja: 'ユーザー名', en: 'Username', 'zh-Hans': '用户名' },
    kind: 'username',
    required: true,
    allowUnknown: true,
    hint: {
      ja: 'アカウント登録時に決めた、{{username.rule}}のユーザー名（大文字・小文字は{{#username.caseSensitive}}区別されます{{/username.caseSensitive}}{{^username.caseSensitive}}区別されません{{/username.caseSensitive}}）',
      en: 'The username you chose at registration: {{username.rule}} ({{^username.caseSensitive}}not {{/username.caseSensitive}}case-sensitive)',
      'zh-Hans':
        '注册账号时设定的用户名：{{username.rule}}（{{#username.caseSensitive}}区分{{/username.caseSensitive}}{{^username.caseSensitive}}不区分{{/username.caseSensitive}}大写和小写）',
    },
  },
  usernameCandidates: {
    id: 'usernameCandidates',
    label: { ja: 'ユーザー名の候補', en: 'Possible usernames', 'zh-Hans': '可能的用户名' },
    kind: 'username-list',
    required: false,
    allowUnknown: false,
    hint: {
      ja: 'ユーザー名がはっきりしない場合は、思い当たる候補をすべて、1行に1つずつ書いてください。後日、担当者が正しいユーザー名をお知らせします（お伝えできない場合もあります）。',
      en: "If you're unsure of the username, list every candidate you can think of, one per line. Staff will tell you the right one later (this isn't always possible).",
      'zh-Hans': '如果不确定用户名，请把想到的所有可能的用户名都写下来，每行一个。之后客服人员会告知您正确的用户名（也可能无法告知）。',
    },
  },
  userNumber: {
    id: 'userNumber',
    label: { ja: 'ユーザーNo.', en: 'User No.', 'zh-Hans': '用户编号' },
    kind: 'text',
    required: true,
    allowUnknown: true,
  },
  publicName: {
    id: 'publicName',
    label: { ja: '公開名', en: 'Public name', 'zh-Hans': '公开名称' },
    kind: 'text',
    required: true,
    allowUnknown: true,
    hint: {
      ja: 'ユーザー名と同じ場合も書いてください。',
      en: "Write it even if it's the same as the username.",
      'zh-Hans': '即使与用户名相同，也请填写。',
    },
  },
  registeredAt: {
    id: 'registeredAt',
    label: { ja: '登録した日時', en: 'Registration date and time', 'zh-Hans': '注册的日期和时间' },
    kind: 'date',
    required: true,
    allowUnknown: true,
    hint: {
      ja: 'わかる範囲で。年だけ（例：2019）や年月（例：2019-04）でもかまいません。時刻もわかれば、日付に続けて書いてください（例：2019-04-01 14:30）。',
      en: 'As far as you know: a year (such as 2019) or a year and month (such as 2019-04) is fine, and a time too if you know it, after the date (such as 2019-04-01 14:30).',
      'zh-Hans':
        '请在您所知道的范围内填写。只写年份（例：2019）或年月（例：2019-04）也可以。如果还知道时间，请写在日期后面（例：2019-04-01 14:30）。',
    },
  },
  loginOnlyUsername: {
    id: 'loginOnlyUsername',
    label: { ja: 'ログイン専用ユーザー名', en: 'Login-only username', 'zh-Hans': '登录专用用户名' },
    kind: 'username',
    required: false,
    allowUnknown: true,
    hint: { ja: '設定している場合だけ書いてください。', en: 'Only if you set one.', 'zh-Hans': '仅在设置过的情况下填写。' },
    when: 'loginOnlyUsername',
  },
  usageDates: {
    id: 'usageDates',
    label: { ja: 'アカウントを使った日時', en: 'Dates and times you used the account', 'zh-Hans': '使用账号的日期和时间' },
    kind: 'date-list',
    required: true,
    allowUnknown: true,
    hint: {
      ja: '覚えている限りすべて、1行に1つずつ。年だけや年月でもかまいません。時刻もわかれば、日付に続けて書いてください（例：2019-04-01 14:30）。',
      en: 'All you remember, one per line. A year, or a year and month, is fine, and a time too if you know it, after the date (such as 2019-04-01 14:30).',
      'zh-Hans': '请填写您记得的全部日期，每行一个。只写年份或年月也可以。如果还知道时间，请写在日期后面（例：2019-04-01 14:30）。',
    },
  },
  accountCode: {
    id: 'accountCode',
    label: { ja: 'アカウント固有のコード', en: 'Account-specific code', 'zh-Hans': '账号专属代码' },
    kind: 'text',
    required: true,
    allowUnknown: true,
  },
  ownerCode: {
    id: 'ownerCode',
    label: { ja: 'アカウント所有者コード', en: 'Account owner code', 'zh-Hans': '账号所有者代码' },
    kind: 'text',
    required: true,
    allowUnknown: true,
  },
  inviteKeys: {
    id: 'inviteKeys',
    label: { ja: '使ったことのある招待キー', en: 'Invitation keys used', 'zh-Hans': '使用过的邀请码' },
    kind: 'textarea',
    required: false,
    allowUnknown: true,
    hint: {
      ja: 'このアカウントで使ったことがあれば、すべて。',
      en: 'Every one ever used with this account, if any.',
      'zh-Hans': '如果在此账号中使用过，请全部填写。',
    },
  },
  profile: {
    id: 'profile',
    label: { ja: 'プロファイル情報', en: 'Profile information', 'zh-Hans': '个人资料信息' },
    kind: 'textarea',
    required: false,
    allowUnknown: true,
    hint: {
      ja: '登録している場合は、わかる範囲ですべて。',
      en: 'If you registered any: everything you know.',
      'zh-Hans': '如果登记过，请在您所知道的范围内全部填写。',
    },
  },
  registrationNetwork: {
    id: 'registrationNetwork',
    label: {
      ja: '登録時に使ったプロバイダー・回線',
      en: 'Provider or connection you registered from',
      'zh-Hans': '注册时使用的网络服务商或线路',
    },
    kind: 'textarea',
    required: true,
    allowUnknown: true,
    hint: {
      ja: 'わかる範囲で。会社や学校で登録した場合は、その名前もあると確認しやすくなります。',
      en: 'As far as you know. If you registered at a company or school, its name helps too.',
      'zh-Hans': '请在您所知道的范围内填写。如果是在公司或学校注册的，一并写上其名称会更便于核实。',
    },
  },
  loginNetworks: {
    id: 'loginNetworks',
    label: {
      ja: 'ログインに使ったプロバイダー・回線',
      en: 'Providers or connections you logged in from',
      'zh-Hans': '登录时使用的网络服务商或线路',
    },
    kind: 'textarea',
    required: true,
    allowUnknown: true,
    hint: {
      ja: 'わかる範囲ですべて。会社や学校の場合はその名前も。',
      en: 'All you know, with company or school names where relevant.',
      'zh-Hans': '请在您所知道的范围内全部填写。如果是公司或学校，也请写上其名称。',
    },
  },
  twoFactorMethod: {
    id: 'twoFactorMethod',
    label: {
      ja: '追加認証で登録していた方式',
      en: 'Method you had registered for additional authentication',
      'zh-Hans': '附加验证中登记的方式',
    },
    kind: 'text',
    required: true,
    allowUnknown: true,
    hint: {
      ja: '{{codeMethods}}など。コードそのものは書かないでください。',
      en: "Such as {{codeMethods}}. Don't write the codes themselves.",
      'zh-Hans': '例如{{codeMethods}}。请不要写出验证码本身。',
    },
    // With one method, support knows which.
    when: ['totp|grid', 'totp|backup', 'grid|backup'],
  },
  other: {
    id: 'other',
    label: { ja: 'そのほか伝えたいこと', en: 'Anything else', 'zh-Hans': '其他想告诉我们的事项' },
    kind: 'textarea',
    required: false,
    allowUnknown: false,
  },
} satisfies Record<string, Conditional<SourceField>>;

export type SharedFieldId = keyof typeof FIELDS;

/** A shared field, with some of its properties changed. */
export const field = (id: SharedFieldId, changes: Partial<Conditional<SourceField>> = {}): Conditional<SourceField> => ({
  ...FIELDS[id],
  ...changes,
});
