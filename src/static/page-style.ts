/**
 * The static help page's one stylesheet, written inline into the page: readable on any screen,
 * light or dark, in forced colors, and on paper (every section printed, every link's target
 * written after it, a step's ways forward with the number of the step they lead to). Nothing in
 * it comes from a flow.
 */
export const PAGE_STYLE = `
:root {
  color-scheme: light dark;
  --text: #1b1b1f;
  --muted: #4a4a55;
  --page: #ffffff;
  --panel: #f4f5f8;
  --line: #c9ccd4;
  --link: #0b4fb3;
  --caution-bg: #fff6e8;
  --caution-line: #a85a00;
  --target-bg: #eef4ff;
  --target-line: #0b4fb3;
}
@media (prefers-color-scheme: dark) {
  :root {
    --text: #ececf1;
    --muted: #b9bcc8;
    --page: #17181c;
    --panel: #22242a;
    --line: #4a4e59;
    --link: #9cc3ff;
    --caution-bg: #2e2414;
    --caution-line: #f0a640;
    --target-bg: #1d2a40;
    --target-line: #9cc3ff;
  }
}
html {
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Hiragino Sans",
    "Hiragino Kaku Gothic ProN", "Noto Sans JP", "Noto Sans CJK JP", "Yu Gothic UI", "Yu Gothic", Meiryo, "IPAGothic",
    "PingFang SC", "Microsoft YaHei", "Noto Sans SC", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei", sans-serif;
  line-height: 1.7;
  color: var(--text);
  background: var(--page);
  -webkit-text-size-adjust: 100%;
  text-size-adjust: 100%;
  scroll-behavior: smooth;
}
:lang(zh) {
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "PingFang SC", "Hiragino Sans GB",
    "Microsoft YaHei", "Noto Sans SC", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei", sans-serif;
}
:lang(ja) {
  word-break: auto-phrase;
}
@media (prefers-reduced-motion: reduce) {
  html {
    scroll-behavior: auto;
  }
}
body {
  margin: 0 auto;
  padding: 1.5rem 1rem 4rem;
  max-width: 46rem;
  overflow-wrap: anywhere;
}
h1 {
  font-size: 1.75rem;
  line-height: 1.3;
  margin: 0 0 0.75rem;
}
h2 {
  font-size: 1.3rem;
  line-height: 1.4;
  margin: 0 0 0.75rem;
}
h3 {
  font-size: 1.05rem;
  margin: 1.25rem 0 0.5rem;
}
p,
ul,
ol,
dl {
  margin: 0 0 0.75rem;
}
ul,
ol {
  padding-inline-start: 1.5rem;
}
li + li {
  margin-top: 0.35rem;
}
a {
  color: var(--link);
  text-underline-offset: 0.15em;
}
a:focus-visible {
  outline: 3px solid var(--target-line);
  outline-offset: 2px;
}
.intro {
  color: var(--muted);
}
nav {
  margin: 1.5rem 0 2rem;
  padding: 1rem 1.25rem;
  border: 1px solid var(--line);
  border-radius: 0.5rem;
  background: var(--panel);
}
nav h2 {
  font-size: 1.15rem;
}
nav h3 {
  margin-top: 1rem;
}
nav ol {
  columns: 2 18rem;
  column-gap: 2rem;
}
nav ol li {
  break-inside: avoid;
}
section {
  scroll-margin-top: 1rem;
  margin: 0 0 1.5rem;
  padding: 1.25rem 1.25rem 0.5rem;
  border: 1px solid var(--line);
  border-left-width: 6px;
  border-radius: 0.5rem;
}
section:target {
  border-color: var(--target-line);
  background: var(--target-bg);
}
.number {
  display: inline-block;
  min-width: 1.6em;
  color: var(--muted);
  font-variant-numeric: tabular-nums;
}
.notice {
  margin: 0 0 1rem;
  padding: 0.75rem 1rem;
  border: 1px solid var(--caution-line);
  border-left-width: 6px;
  border-radius: 0.375rem;
  background: var(--caution-bg);
}
.notice > :last-child {
  margin-bottom: 0;
}
.notice-title {
  font-weight: 700;
  margin-bottom: 0.25rem;
}
.request dt {
  font-weight: 700;
  margin-top: 0.75rem;
}
.request dd {
  margin: 0.15rem 0 0;
  padding-inline-start: 1rem;
  border-inline-start: 3px solid var(--line);
}
.fields li {
  margin-top: 0.6rem;
}
.field-label {
  font-weight: 700;
}
.requirement,
.hint,
.description {
  color: var(--muted);
}
.hint {
  display: block;
}
.choices {
  list-style: none;
  padding: 0;
}
.choices li {
  position: relative;
  margin-top: 0.5rem;
  padding: 0.6rem 0.9rem;
  border: 1px solid var(--line);
  border-radius: 0.375rem;
  background: var(--page);
}
.choices a {
  font-weight: 600;
  text-decoration: none;
}
/* The whole box follows the link; the link's name stays its label (the description is read after it). */
.choices a::after {
  content: "";
  position: absolute;
  inset: 0;
  border-radius: inherit;
}
.choices li:hover {
  border-color: var(--link);
}
.choices li:hover a {
  text-decoration: underline;
}
.choices a:focus-visible {
  outline: none;
}
.choices a:focus-visible::after {
  outline: 3px solid var(--target-line);
  outline-offset: 2px;
}
.choices .description {
  display: block;
  font-size: 0.95rem;
}
.goes-to {
  display: none;
}
.back {
  margin-top: 1rem;
  font-size: 0.9rem;
}
@media (forced-colors: active) {
  section:target {
    border-color: Highlight;
  }
  .choices li {
    border-color: LinkText;
  }
}
@media print {
  :root {
    --text: #000;
    --muted: #333;
    --page: #fff;
    --panel: #fff;
    --link: #000;
    --caution-bg: #fff;
    --target-bg: #fff;
    --target-line: #000;
  }
  html {
    font-size: 10.5pt;
    scroll-behavior: auto;
  }
  body {
    max-width: none;
    padding: 0;
  }
  section,
  section:target,
  nav {
    display: block;
    border: 0;
    border-top: 1px solid #999;
    border-radius: 0;
    padding: 0.75rem 0 0;
    background: none;
  }
  h2,
  h3,
  dt {
    break-after: avoid;
  }
  li,
  .notice {
    break-inside: avoid;
  }
  .back {
    display: none;
  }
  .choices li {
    padding: 0;
    border: 0;
  }
  .choices a {
    text-decoration: underline;
  }
  .choices a::after {
    content: none;
  }
  .goes-to {
    display: inline;
  }
  a[href]:not([href^="#"])::after {
    content: " <" attr(href) ">";
    font-weight: 400;
    overflow-wrap: anywhere;
  }
}
`;
