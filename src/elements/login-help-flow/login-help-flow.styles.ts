import { css } from 'lit';

/** Styles of `<login-help-flow>`: themable through `--login-help-*` and `::part()`. */
export const loginHelpFlowStyles = css`
  :host {
    --_accent: var(--login-help-accent, #1a56db);
    --_accent-text: var(--login-help-accent-text, #ffffff);
    --_text: var(--login-help-text, #1f2328);
    --_muted: var(--login-help-muted, #57606a);
    --_surface: var(--login-help-surface, #ffffff);
    --_subtle: var(--login-help-subtle, #f6f8fa);
    --_border: var(--login-help-border, #d0d7de);
    --_warning-bg: var(--login-help-warning-bg, #fff8c5);
    --_warning-border: var(--login-help-warning-border, #d4a72c);
    --_danger: var(--login-help-danger, #cf222e);
    --_success: var(--login-help-success, #1a7f37);
    --_radius: var(--login-help-radius, 8px);
    --_gap: var(--login-help-gap, 0.75rem);
    --_focus: var(--login-help-focus-ring, 0 0 0 3px color-mix(in srgb, var(--_accent) 45%, transparent));
    display: block;
    box-sizing: border-box;
    max-width: var(--login-help-max-width, 42rem);
    color: var(--_text);
    font: inherit;
    line-height: 1.6;
    overflow-wrap: anywhere;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_accent: var(--login-help-accent, #6ea8fe);
      --_accent-text: var(--login-help-accent-text, #0b1220);
      --_text: var(--login-help-text, #e6edf3);
      --_muted: var(--login-help-muted, #9da7b3);
      --_surface: var(--login-help-surface, #161b22);
      --_subtle: var(--login-help-subtle, #0d1117);
      --_border: var(--login-help-border, #3d444d);
      --_warning-bg: var(--login-help-warning-bg, #3b2e0a);
      --_warning-border: var(--login-help-warning-border, #bb8009);
      --_danger: var(--login-help-danger, #ff7b72);
      --_success: var(--login-help-success, #56d364);
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
  .base {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: clamp(0.75rem, 3vw, 1.5rem);
    display: grid;
    gap: var(--_gap);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  h2 {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.35;
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
    border-radius: 2px;
  }
  p {
    margin: 0;
  }
  .step {
    display: grid;
    gap: var(--_gap);
  }
  .breadcrumb ol {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .breadcrumb li {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-width: 0;
  }
  .breadcrumb li + li::before {
    content: '›';
    color: var(--_muted);
  }
  .breadcrumb button {
    font: inherit;
    color: var(--_accent);
    background: none;
    border: 0;
    padding: 0.125rem 0;
    text-decoration: underline;
    cursor: pointer;
    text-align: start;
  }
  .breadcrumb [aria-current] {
    color: var(--_text);
    font-weight: 600;
  }
  .notice {
    border-radius: var(--_radius);
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    background: var(--_subtle);
  }
  .notice > :first-child {
    margin-top: 0;
  }
  .cautions,
  .countdown {
    background: var(--_warning-bg);
    border-color: var(--_warning-border);
  }
  .countdown.ended {
    background: var(--_subtle);
    border-color: var(--_success);
  }
  .countdown strong {
    font-variant-numeric: tabular-nums;
  }
  .notice-title {
    font-weight: 600;
    margin: 0 0 0.25rem;
  }
  ul {
    margin: 0;
    padding-inline-start: 1.25rem;
    display: grid;
    gap: 0.25rem;
  }
  .checklist {
    list-style: none;
    padding: 0;
    gap: 0.5rem;
  }
  .checklist label {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    cursor: pointer;
  }
  .checklist input {
    margin: 0.3em 0 0;
    flex: none;
    width: 1.1em;
    height: 1.1em;
    accent-color: var(--_accent);
  }
  .links a {
    color: var(--_accent);
  }
  .diagnostics.problem {
    border-color: var(--_danger);
  }
  .diagnostics.fine {
    border-color: var(--_success);
  }
  .diagnostics code,
  .problems code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    background: var(--_subtle);
    border: 1px solid var(--_border);
    border-radius: 4px;
    padding: 0 0.25rem;
  }
  .choices {
    display: grid;
    gap: 0.5rem;
  }
  .choice {
    display: grid;
    gap: 0.125rem;
    width: 100%;
    text-align: start;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75rem 1rem;
    min-height: 44px;
    cursor: pointer;
  }
  .choice:hover {
    border-color: var(--_accent);
    background: var(--_subtle);
  }
  .choice-label {
    font-weight: 600;
    color: var(--_accent);
  }
  .choice-description {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  button:focus-visible,
  a:focus-visible,
  input:focus-visible {
    outline: none;
    box-shadow: var(--_focus);
  }
  .primary,
  .secondary {
    font: inherit;
    border-radius: var(--_radius);
    padding: 0.5rem 1rem;
    min-height: 44px;
    cursor: pointer;
    border: 1px solid var(--_accent);
  }
  .primary {
    background: var(--_accent);
    color: var(--_accent-text);
    font-weight: 600;
    justify-self: start;
  }
  .secondary {
    background: transparent;
    color: var(--_accent);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    padding-top: var(--_gap);
    border-top: 1px solid var(--_border);
  }
  .error-state {
    border-color: var(--_danger);
  }
  .problems {
    margin-top: 0.5rem;
    font-size: 0.875em;
  }
  .problems summary {
    cursor: pointer;
  }
  .end {
    border-inline-start: 4px solid var(--_success);
    padding-inline-start: 0.75rem;
  }
  @media (forced-colors: active) {
    .base,
    .notice,
    .choice,
    .primary,
    .secondary {
      border: 1px solid CanvasText;
    }
    .choice-label,
    .breadcrumb button,
    .links a {
      color: LinkText;
    }
    button:focus-visible,
    a:focus-visible,
    input:focus-visible {
      outline: 2px solid Highlight;
    }
  }
`;
