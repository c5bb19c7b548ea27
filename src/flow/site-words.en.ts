/** The words of site-dependent values in English (also for a language the library has no words in). */
import type { SiteWords } from './site-words.js';

const words: SiteWords = {
  site: 'this site',
  hours: (n) => `${n} hour${n === 1 ? '' : 's'}`,
  minutes: (n) => `${n} minute${n === 1 ? '' : 's'}`,
  join: (hours, minutes) => `${hours} ${minutes}`,
  rule: {
    alphanumeric: 'half-width letters and digits',
    'alphanumeric-symbols': 'half-width letters, digits and symbols',
    any: 'characters',
  },
  ruleText: (max, chars) => `up to ${max} ${chars}`,
  methods: { totp: 'an authenticator app (TOTP)', grid: 'a grid card', backup: 'backup codes' },
  list: (items) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`),
};

export default words;
