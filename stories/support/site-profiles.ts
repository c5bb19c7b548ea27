/** Site profiles the stories show: a bank whose rules differ from the built-in site's. */
import type { SiteProfileInput } from '../../src/flow/site-profile.js';

export const BANK: SiteProfileInput = {
  siteName: { ja: 'みどり銀行', en: 'Midori Bank', 'zh-Hans': '绿银行' },
  username: { maxLength: 32 },
  lock: { minutes: 30 },
  codeMethods: ['totp'],
  loginOnlyUsername: false,
  identity: ['registeredAt'],
};
