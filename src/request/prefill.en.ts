/** Prefilled answers of a request in English. */
import type { PrefillWords } from './prefill.js';

const words: PrefillWords = {
  errors: {
    'invalid-credentials': '“Username or password is incorrect. If there is no mistake, you cannot log in for another reason.” was shown',
    'system-error': '“A system error occurred” was shown',
    'captcha-required': 'An image check (CAPTCHA) was asked for',
    locked: 'Login was shown as temporarily locked',
    'code-invalid': 'The authentication code was rejected',
    'code-locked': 'Authentication codes were shown as temporarily locked',
  },
  typed: (name) => `Typed in the username field: ${name}`,
  path: (titles) => `Steps followed in the login help: ${titles}`,
  separator: ' › ',
};

export default words;
