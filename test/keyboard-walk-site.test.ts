// The keyboard walk of every path of a bank's guide (a site profile: 32-character usernames, a
// 30-minute lock, app codes only, no login-only username, no grid card, support checks the
// name, e-mail address and registration date), in every language (ja, en, zh-Hans): besides focus and axe, every
// step, with the form or explainer it embeds, shows nothing the bank does not have.
// Runs on its own, like test/keyboard-walk.test.ts (see package.json `test:browser`).
import { keyboardWalk } from './support/keyboard-walk.js';
import { BANK_FORBIDDEN, BANK_PROFILE } from './support/bank-profile.js';

const bank = { name: 'a bank', profile: BANK_PROFILE, forbidden: BANK_FORBIDDEN };
keyboardWalk('ja', bank);
keyboardWalk('en', bank);
keyboardWalk('zh-Hans', bank);
