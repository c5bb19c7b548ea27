/**
 * Hostile strings for the injection tests: markup that runs script when parsed as HTML, and URLs
 * with schemes that run script or load documents, in the casings and disguises that browsers
 * still accept. Each payload that could run calls `window.__xss(n)`, the trap the tests watch.
 */
const markup = [
  '<script>__xss(1)</script>',
  '<img src=x onerror="__xss(2)">',
  '"><img src=x onerror=__xss(3)>',
  "'><svg onload=__xss(4)>",
  '<svg><script>__xss(5)</script></svg>',
  '<iframe srcdoc="<script>parent.__xss(6)</script>"></iframe>',
  '<body onload=__xss(7)>',
  '<details open ontoggle=__xss(8)>',
  '<a href="javascript:__xss(9)">click</a>',
  '<math><mtext><table><mglyph><style><img src=x onerror=__xss(10)>',
  '<input autofocus onfocus=__xss(11)>',
  '<video><source onerror=__xss(12)></video>',
  '<style>@import "javascript:__xss(13)";</style>',
  '<object data="javascript:__xss(14)"></object>',
  '<embed src="javascript:__xss(15)">',
  '<form action="javascript:__xss(16)"><button>x</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:__xss(17)">',
  '<base href="javascript:__xss(18)//">',
  '<noscript><p title="</noscript><img src=x onerror=__xss(19)>">',
  '<template><img src=x onerror=__xss(20)></template>',
  '${__xss(21)}',
  '{{constructor.constructor("__xss(22)")()}}',
  '<div style="background:url(javascript:__xss(23))">',
  '<marquee onstart=__xss(24)>',
  '<select autofocus onfocus=__xss(25)>',
  '<textarea autofocus onfocus=__xss(26)>',
  '<keygen autofocus onfocus=__xss(27)>',
  '<isindex type=image src=1 onerror=__xss(28)>',
  '<img src="x` `<script>__xss(29)</script>"` `>',
  '<img """><script>__xss(30)</script>">',
  '\u003cscript\u003e__xss(31)\u003c/script\u003e',
  '<scr<script>ipt>__xss(32)</scr</script>ipt>',
  '<IMG SRC=JaVaScRiPt:__xss(33)>',
  '<svg/onload=__xss(34)>',
  '</title><script>__xss(35)</script>',
];

const urls = [
  'javascript:__xss(101)',
  'JavaScript:__xss(102)',
  'JAVASCRIPT:__xss(103)',
  ' javascript:__xss(104)',
  'java\tscript:__xss(105)',
  'java\nscript:__xss(106)',
  'java\rscript:__xss(107)',
  '\u0001javascript:__xss(108)',
  'javascript\u0000:__xss(109)',
  'data:text/html,<script>__xss(110)</script>',
  'DATA:text/html;base64,PHNjcmlwdD5fX3hzcygxMTEpPC9zY3JpcHQ+',
  'vbscript:msgbox(112)',
  'VBScript:msgbox(113)',
  'file:///etc/passwd',
  'blob:https://example.com/1',
  'filesystem:https://example.com/x',
  'jar:http://example.com!/x',
  '\u3000javascript:__xss(118)',
  '\ufeffjavascript:__xss(119)',
  'javascript&colon;__xss(120)',
];

/** Markup to place in text. */
export const MARKUP_PAYLOADS: readonly string[] = markup;
/** URLs with schemes a flow must not link to. */
export const URL_PAYLOADS: readonly string[] = urls;
/** Everything, for fields that take any text. */
export const ALL_PAYLOADS: readonly string[] = [...markup, ...urls];
