/** The words of a request body in English. */
import type { BodyWords } from './body.js';

const words: BodyWords = {
  inquiryType: 'Inquiry type',
  subject: 'Subject',
  name: 'Name',
  email: 'E-mail address',
  separator: ': ',
  unknown: "Don't know",
  closing: 'This request contains no password.',
};

export default words;
