/** Contact form labels in English text: quoted, with the meaning of the seed site's labels. */
import type { ContactFormLabelWords } from './contact-form-labels.js';

const words: ContactFormLabelWords = {
  quote: (label, meaning) => (meaning ? `“${label}” (${meaning})` : `“${label}”`),
  seedMeanings: {
    inquiryType: 'Inquiry about logging in to an account',
    subjects: {
      'password-reissue': 'Password reissue request',
      'login-username-reset': 'Login-only username reset/deletion request',
      'two-factor-disable': 'Authentication code disable procedure',
    },
  },
};

export default words;
