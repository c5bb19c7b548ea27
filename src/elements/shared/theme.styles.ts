import { css } from 'lit';

/**
 * What every element of the library shares: the `--login-help-*` theme (light and dark), the
 * page's font, notices, buttons, focus rings and forced-colors support.
 */
export const themeStyles = css`
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
  a {
    color: var(--_accent);
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
  p {
    margin: 0;
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
  .notice-title {
    font-weight: 600;
    margin: 0 0 0.25rem;
  }
  /* An element whose body could not be fetched, or is still coming (shared/lazy-body.ts). */
  .unavailable {
    border-color: var(--_danger);
    border-width: 2px;
  }
  .loading {
    color: var(--_muted);
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
  @media (forced-colors: active) {
    .notice,
    .primary,
    .secondary {
      border: 1px solid CanvasText;
    }
    /* The box-shadow ring is dropped here. Offset, the outline stays apart from the control's own
       border (both are in system colours that can be close to each other). */
    button:focus-visible,
    a:focus-visible,
    input:focus-visible {
      outline: 2px solid Highlight;
      outline-offset: 2px;
    }
  }
`;
