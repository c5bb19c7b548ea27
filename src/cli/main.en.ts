/** The words of the `login-help-elements` command in English. */
import type { CliMessages } from './main.js';

const messages: CliMessages = {
  usage: `Usage:
  login-help-elements validate FILE [--site PROFILE] [--lang en|ja|zh-Hans]   check a flow definition (exit 0 valid, 1 invalid, 2 unreadable)
  login-help-elements graph FILE [--site PROFILE] [--lang en|ja|zh-Hans] [--direction TD|LR]   print the flow as a Mermaid flowchart
  login-help-elements flow [--site PROFILE] [--lang L]   print the built-in flow made for the site PROFILE describes
                                                        (the start of a site's own flow; --lang keeps one language)
  login-help-elements page FILE|--default [--site PROFILE] [--lang L]   print the flow as one HTML page that needs no
                                                        JavaScript, in language L (--default: the built-in flow)
  login-help-elements studio [FILE] [--port N] [--lang L]   edit FILE in the flow studio, in a browser: its problems,
                                                        the guide and the graph side by side; serves on 127.0.0.1 only
                                                        and prints the address (with its access token) first

validate prints every problem in one run, one "PATH: message" line each; a problem inside a step
ends with the step's id: "steps[5].choices[0].next: no step has the id \`lockd\` (in step \`forgot-password\`)".
PROFILE is a JSON file of a site profile (see login-help-elements/schema/site-profile.schema.json).
With --site, FILE may use the conditions ("when") and placeholders ("{{…}}") of the built-in flow.
--lang is the language of the messages and labels: en (default), ja or zh-Hans (also zh, zh-CN …).`,
  cannotRead: (reason) => `cannot read the file (${reason})`,
  valid: (steps) => `valid (${steps} steps)`,
  root: '(root)',
};

export default messages;
