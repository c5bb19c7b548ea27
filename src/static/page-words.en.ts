/** The static help page's words in English. */
import type { PageWords } from './page-words.js';

const words: PageWords = {
  defaultTitle: "Can't log in?",
  intro:
    'This page takes you through what to check and what to do, step by step. Begin at the first step and follow the links that fit your situation; if the login showed an error, you can begin at the step for it.',
  contents: 'Contents',
  startHere: { before: 'Begin here: ', after: '' },
  ifTheLoginSaid: 'If the login said…',
  loginErrors: {
    'invalid-credentials': 'Wrong username or password',
    'system-error': 'A system error occurred',
    'captcha-required': 'It asked for an image check (CAPTCHA)',
    locked: 'Login is blocked for a while',
    'code-invalid': 'The authentication code was not accepted',
    'code-locked': 'Authentication codes are blocked for a while',
    unknown: "Something else, or you don't know",
  },
  startAt: (error) => ({ before: `${error}: start at `, after: '' }),
  allSteps: 'All steps',
  cautions: 'Before you continue',
  whatNext: 'What next?',
  continue: 'Continue',
  backToContents: 'Back to the contents',
  contactLink: "Open the site's contact form",
  contactNoLink: "Send this through the site's contact form.",
  requestCautions: 'Before you send',
  writeInRequest: 'Write in your request',
  fillIn: "Fill in the site's contact form as follows, then send it.",
  name: 'Name',
  email: 'E-mail address',
  inquiryType: 'Inquiry type',
  subject: 'Subject',
  message: 'Message',
  chooseInquiryType: (label, meaning) => (meaning ? `Choose “${label}” (${meaning}).` : `Choose “${label}”.`),
  writeSubject: (subject, meaning, suggested) =>
    suggested
      ? `A short one that says what it is about, such as “${subject}”.`
      : meaning
        ? `Write “${subject}” (${meaning}).`
        : `Write “${subject}”.`,
  messageIntro: (unknownAllowed) =>
    unknownAllowed ? "Write each of these. If you don't know one, don't leave it out: write “I don't know”." : 'Write each of these.',
  requirement: (required, unknownAllowed) =>
    required ? (unknownAllowed ? "(required; “I don't know” is an answer)" : '(required)') : '(optional)',
  onePerLine: 'One per line.',
  dateHint: 'As far as you know: a year, a month or a day (2019, 2019-04 or 2019-04-01).',
  noPassword:
    'Never write your password anywhere in this request, nor an authentication code. Support never needs them and will never ask for them.',
  privacy: 'Your personal information',
};

export default words;
