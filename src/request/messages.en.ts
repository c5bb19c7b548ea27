/** The messages of `validateRequest` in English. */
import type { RequestMessages } from './messages.js';

const messages: RequestMessages = {
  quote: (text) => `“${text}”`,
  onLine: (line, message) => `Line ${line}: ${message}`,
  types: {
    string: 'string',
    object: 'object',
    record: 'record',
    boolean: 'boolean',
    number: 'number',
    'field-value': 'a string or { "unknown": true }',
  },
  invalidType: (expected) => `wrong type of value (expected ${expected})`,
  invalidFormat: 'wrong format',
  unknownKey: (key) => `unknown key \`${key}\``,
  unknownTemplate: (id, known) => `no request template \`${id}\` (known: ${known.join(', ')})`,
  mismatch: (expected) => `This request should say ${expected}.`,
  required: (unknownAllowed) => (unknownAllowed ? "Fill this in, or choose “I don't know”." : 'Fill this in.'),
  unknownNotAllowed: "“I don't know” is not an answer here; please fill it in.",
  unknownField: (id, template) => `the \`${template}\` request has no field \`${id}\``,
  tooLong: (maximum, length) => `Too long: at most ${maximum} characters (now ${length}).`,
  email: (suggestion) => `This is not an e-mail address (such as taro@example.com).${suggestion ? ` Did you mean ${suggestion}?` : ''}`,
  usernameEmail: (rule) => `An e-mail address is not a username: write the username chosen at registration (${rule}).`,
  usernameFullWidth: (suggestion) =>
    `This contains full-width characters; a username is half-width letters and digits. Did you mean ${suggestion}?`,
  usernameSpaces: (suggestion) => `This contains spaces. Did you mean ${suggestion}?`,
  usernameCharacters: (withSymbols) =>
    withSymbols ? 'A username has only half-width letters, digits and symbols.' : 'A username has only half-width letters and digits.',
  usernameTooLong: (length, max) => `A username has at most ${max} characters (this has ${length}).`,
  usernameRequired:
    "This request needs your username. Log in with your password first (you don't need to enter a code), then come back here with the username shown.",
  dateFormat: (suggestion) =>
    `Write a date like 2019-04-01, 2019-04 or 2019, or a date and time like 2019-04-01 14:30${suggestion ? ` (did you mean ${suggestion}?)` : ''}.`,
  dateFuture: (date) => `${date} is in the future.`,
  timeWithoutDate: (suggestion) =>
    `A time needs the full date before it (such as 2019-04-01 14:30). If you don't know the day, leave the time out and write just ${suggestion ?? 'the year, or the year and month'}.`,
  timeInvalid: (value) => `The time in ${value} does not exist: use the 24-hour clock, from 0:00 to 23:59, such as 14:30.`,
  passwordLike: 'This looks like it contains a password. We never need it: please remove it.',
  idempotencyKeyMissing: 'the Idempotency-Key header is missing',
  idempotencyKeyMismatch: 'the Idempotency-Key header does not match the idempotencyKey of the body',
  invalid: 'invalid value',
};

export default messages;
