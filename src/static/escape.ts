/**
 * The one way text gets into the static help page: every string that comes from a flow
 * definition, a site profile or a request template (and the page's own words too) passes through
 * `escapeHtml` (element content) or `escapeAttribute` (a double-quoted attribute value). Tags and
 * attribute names are only ever the page's own literals: nothing builds a tag from flow text.
 */

// Characters that are parse errors in an HTML document (C0 and C1 controls other than tab, line
// feed, form feed and carriage return; noncharacters; lone surrogates): shown as U+FFFD, so that
// the page stays valid whatever a flow holds. None of them can open markup; this is about validity.
const INVALID =
  // eslint-disable-next-line no-control-regex -- the control characters are what is replaced
  /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufdd0-\ufdef\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/** `text` as element content: `&`, `<`, `>` and both quotes become character references. */
export function escapeHtml(text: string): string {
  return String(text)
    .replace(INVALID, '\ufffd')
    .replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/**
 * `text` as the value of an attribute the page writes in double quotes (`href="…"`): the same
 * references as {@link escapeHtml}, and the backtick, which old parsers took for a quote.
 */
export function escapeAttribute(text: string): string {
  return String(text)
    .replace(INVALID, '\ufffd')
    .replace(/[&<>"'`]/g, (c) => ENTITIES[c]!);
}
