/** The messages of `parseFlow` and `parseSiteProfile` in English. */
import type { ProblemMessages } from './problems.js';

const messages: ProblemMessages = {
  hint: (suggestion) => ` (did you mean \`${suggestion}\`?)`,
  listSeparator: ', ',
  more: (count) => `and ${count} more`,
  types: { string: 'string', number: 'number', boolean: 'boolean', object: 'object', array: 'array', null: 'null', undefined: 'undefined' },
  invalidJson: (detail) => `not valid JSON: ${detail}`,
  expectedType: (expected, received) => `expected ${expected}, got ${received}`,
  required: (expected) => `required (${expected})`,
  unknownKey: (key, hint) => `unknown key \`${key}\`${hint}`,
  keyOfOtherKind: (key, kind) => `\`${key}\` belongs to a step of kind \`${kind}\`; remove it or change the kind`,
  forbiddenKey: (key) => `the key \`${key}\` is not allowed (it could change the prototype of objects); remove it`,
  holes: (length) => `a list of length ${length} with empty slots (JSON has none); give a list of values`,
  oneOf: (received, allowed, hint) => `\`${received}\` is not allowed; use one of ${allowed}${hint}`,
  tooShort: (minimum, what) => `${what} too short (at least ${minimum})`,
  tooLong: (maximum, what) => `${what} too long (at most ${maximum})`,
  badFormat: (detail) => `wrong format: ${detail}`,
  badText: () => 'text must be a non-empty string or one string per language, like { "ja": "…", "en": "…" }',
  invalid: () => 'invalid value',
  repeated: () => 'a value is listed more than once; list each value once',
  unsupportedVersion: (version, supported) =>
    `format version ${version} is not supported (this library reads up to ${supported}); update login-help-elements`,
  duplicateId: (id, firstIndex) => `step id \`${id}\` is used twice (first at steps[${firstIndex}]); give this step another id`,
  unknownStep: (id, hint) => `no step has the id \`${id}\`${hint}`,
  unreachable: (id) =>
    `step \`${id}\` cannot be reached from the start or any error code; link to it from a choice or \`next\`, or remove it`,
  deadEnd: (id) =>
    `step \`${id}\` leads nowhere; add \`choices\` or \`next\`, or make it an end step (kind resolved, request or contact, or an \`outcome\`)`,
  unknownTemplate: (template, known, hint) => `no request template \`${template}\` (known: ${known})${hint}`,
  unknownErrorCode: (code, known, hint) => `\`${code}\` is not a login error code (known: ${known})${hint}`,
  badLinkScheme: (scheme) => `links may not use \`${scheme}:\`; use http(s), mailto or a relative URL`,
  missingTranslation: (missing) => `no ${missing} text, which \`languages\` promises`,
  inStep: (message, id) => `${message} (in step \`${id}\`)`,
  tooMany: (shown) => `too many problems; only the first ${shown} are listed`,
};

export default messages;
