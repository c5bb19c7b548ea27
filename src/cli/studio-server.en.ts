/** The words of `login-help-elements studio` and its server in English. */
import type { StudioMessages } from './studio-server.js';

const messages: StudioMessages = {
  title: (name) => (name ? `Flow studio: ${name}` : 'Flow studio'),
  running: (file) =>
    file
      ? `The flow studio edits ${file}: open the address above in a browser. Ctrl+C stops it.`
      : 'The flow studio runs without a file, so nothing can be saved (give a FILE to save): open the address above in a browser. Ctrl+C stops it.',
  noToken: 'forbidden: open the studio at the address `login-help-elements studio` printed (it carries the access token)',
  wrongHost: 'forbidden: this studio answers only at 127.0.0.1 or localhost on its own port',
  notFound: 'not found',
  methodNotAllowed: (allowed) => `method not allowed (use ${allowed})`,
  noBundle: (path) => `the studio's script ${path} is missing: run \`npm run build\`, then reload this page`,
  noFile:
    'no FILE was given to `login-help-elements studio`, so nothing can be saved; start it again with the file to edit: `login-help-elements studio FILE`',
  tooLarge: (megabytes) => `the text is too large (at most ${megabytes} MB)`,
  notJson: (detail) => `the request is not JSON: ${detail}`,
  badBody: 'send { "text": string, "baseVersion": string, "force"?: boolean }',
  cannotRead: (reason) => `cannot read the file (${reason})`,
  cannotWrite: (reason) => `cannot write the file (${reason})`,
  badPort: (value) => `--port takes a port number from 0 to 65535 (0: any free port), not "${value}"`,
  portInUse: (port) => `port ${port} is in use: choose another with --port, or --port 0 for any free one`,
  notAFile: (path, reason) => `${path} cannot be edited (${reason}): give a file in a folder that exists`,
};

export default messages;
