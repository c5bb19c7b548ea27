/**
 * `login-help-elements/static`: the flow as one static HTML page, readable with no JavaScript
 * (`helpPage`). Pure: no DOM, no Node API. The CLI's `page` command prints it.
 */
export { helpPage, HelpPageError } from './help-page.js';
export type { HelpPageOptions } from './help-page.js';
