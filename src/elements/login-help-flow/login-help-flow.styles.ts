import { css } from 'lit';
import { themeStyles } from '../shared/theme.styles.js';

/** Styles of `<login-help-flow>`: themable through `--login-help-*` and `::part()`. */
export const loginHelpFlowStyles = [
  themeStyles,
  css`
    .base {
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: clamp(0.75rem, 3vw, 1.5rem);
      display: grid;
      gap: var(--_gap);
    }
    h2 {
      margin: 0;
      font-size: 1.25em;
      line-height: 1.35;
    }
    h2:focus,
    .diagnostics:focus {
      outline: none;
    }
    h2:focus-visible {
      outline: 2px solid var(--_accent);
      outline-offset: 2px;
      border-radius: 2px;
    }
    /* The username check takes focus once the user takes the half-width username. */
    .diagnostics:focus-visible {
      outline: 2px solid var(--_accent);
      outline-offset: 2px;
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
    /* The separator is drawn, not read: its alternative text is empty (a browser without
     alternative text for generated content keeps the first declaration). */
    .breadcrumb li + li::before {
      content: '›';
      content: '›' / '';
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
    ul {
      margin: 0;
      padding-inline-start: 1.25rem;
      display: grid;
      gap: 0.25rem;
    }
    .request-items summary {
      cursor: pointer;
      font-weight: 600;
    }
    .request-items ul {
      margin-top: 0.5rem;
    }
    .checklist {
      gap: 0.5rem;
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
    /* Without JavaScript (a server-rendered guide): links to the static help page instead of buttons. */
    .choice-link {
      display: none;
      text-decoration: none;
    }
    @media (scripting: none) {
      .choice-link {
        display: grid;
      }
      button.choice,
      [part~='next'],
      [part~='use-suggestion'],
      .controls,
      .breadcrumb button {
        display: none;
      }
    }
    .choice-label {
      font-weight: 600;
      color: var(--_accent);
    }
    .choice-description {
      color: var(--_muted);
      font-size: 0.9375em;
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
      .choice {
        border: 1px solid CanvasText;
      }
      .choice-label,
      .breadcrumb button,
      a {
        color: LinkText;
      }
    }
  `,
];
