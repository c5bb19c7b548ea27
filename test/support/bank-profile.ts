/**
 * The bank of the issue: 32-character usernames, a 30-minute lock, app codes only, no
 * login-only username, no grid card; support checks the name, the e-mail address and the
 * registration date (name and e-mail are in every request). And what its users must never read.
 */
import type { SiteProfileInput } from '../../src/flow/site-profile.js';
import type { Catalogues } from '../../src/localize/languages.js';

export const BANK_PROFILE: SiteProfileInput = {
  siteName: { ja: 'みどり銀行', en: 'Midori Bank', 'zh-Hans': '绿银行' },
  username: { maxLength: 32 },
  lock: { minutes: 30 },
  codeMethods: ['totp'],
  loginOnlyUsername: false,
  identity: ['registeredAt'],
};

/** What the bank's guide and requests must not say, by language. */
export const BANK_FORBIDDEN: Catalogues<RegExp[]> = {
  ja: [/乱数表/, /ログイン専用/, /(?<![\d０-９])20(?![\d０-９])/, /1時間/, /ユーザーNo/i, /招待キー/, /所有者コード/, /固有のコード/],
  'zh-Hans': [/随机数表/, /登录专用/, /(?<![\d０-９])20(?![\d０-９])/, /1\s*小时/, /用户编号/, /邀请码/, /所有者代码/, /专属代码/],
  en: [/grid card/i, /login-only/i, /(?<!\d)20(?!\d)/, /1 hour/i, /user No\./i, /invitation key/i, /owner code/i, /account-specific code/i],
};
