/**
 * The page `login-help-elements studio` serves: the studio element, its script and a Content
 * Security Policy that lets the page load nothing but its own origin.
 */

/**
 * Only this origin's script (`/studio.js`) and API; styles may be inline (Lit, CodeMirror and the
 * graph's SVG set them); images from the page itself or data/blob URLs; no frames, forms, plugins or
 * base URL; the page may not be framed.
 */
export const STUDIO_PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (text: string) => text.replace(/[&<>"']/g, (char) => ENTITIES[char]!);

/** What the page shows. */
export interface StudioPageOptions {
  /** The access token, given to the script's URL and to the element. */
  token: string;
  /** The page's language (`<html lang>`, which the element follows). */
  lang: string;
  /** The page's title. */
  title: string;
}

/** The studio's HTML page: the element filling the window, reading the API at `/api` with the token. */
export function studioPage({ token, lang, title }: StudioPageOptions): string {
  return `<!doctype html>
<html lang="${escape(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escape(title)}</title>
<link rel="icon" href="data:,">
<style>html, body { margin: 0; height: 100%; } login-help-flow-studio { display: block; height: 100%; }</style>
<script type="module" src="/studio.js?token=${escape(token)}"></script>
</head>
<body>
<login-help-flow-studio api="/api" token="${escape(token)}"></login-help-flow-studio>
</body>
</html>
`;
}
