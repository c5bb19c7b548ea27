import { css } from 'lit';
import { themeStyles } from '../shared/theme.styles.js';
import { fieldStyles } from '../shared/field.styles.js';

/** Styles of `<auth-code-explainer>`: themable through `--login-help-*` and `::part()`. */
export const authCodeExplainerStyles = [
  themeStyles,
  fieldStyles,
  css`
    .base {
      display: grid;
      gap: var(--_gap);
    }
    h3,
    h4 {
      margin: 0;
      font-size: 1.0625em;
      line-height: 1.4;
    }
    ul {
      margin: 0;
      padding-inline-start: 1.25rem;
      display: grid;
      gap: 0.25rem;
    }
    .tabs {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      border-bottom: 1px solid var(--_border);
    }
    .tab {
      font: inherit;
      color: var(--_muted);
      background: none;
      border: 0;
      border-bottom: 3px solid transparent;
      padding: 0.5rem 0.75rem;
      min-height: 44px;
      cursor: pointer;
    }
    .tab[aria-selected='true'] {
      color: var(--_text);
      border-bottom-color: var(--_accent);
      font-weight: 600;
    }
    .panel {
      display: grid;
      gap: var(--_gap);
    }
    .sample {
      display: flex;
      align-items: center;
      gap: 1rem;
      flex-wrap: wrap;
    }
    .sample-code {
      font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
      font-size: 1.75em;
      letter-spacing: 0.12em;
      font-variant-numeric: tabular-nums;
    }
    .ring {
      width: 3rem;
      height: 3rem;
      flex: none;
    }
    .ring circle {
      fill: none;
      stroke-width: 4;
    }
    .ring .track {
      stroke: var(--_border);
    }
    .ring .left {
      stroke: var(--_accent);
      stroke-linecap: round;
      transform: rotate(-90deg);
      transform-origin: 50% 50%;
      transition: stroke-dashoffset 1s linear;
    }
    .ring text {
      fill: var(--_text);
      font-size: 13px;
      font-variant-numeric: tabular-nums;
    }
    @media (prefers-reduced-motion: reduce) {
      .ring .left {
        transition: none;
      }
    }
    .clock.problem,
    .findings.problem {
      border-color: var(--_danger);
    }
    .clock.fine,
    .findings.fine {
      border-color: var(--_success);
    }
    .grid-wrap {
      overflow-x: auto;
      max-width: 100%;
      /* The caption below is sized against this visible width, not the table's. */
      container-type: inline-size;
    }
    table {
      border-collapse: collapse;
      font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
      font-size: 0.9375em;
    }
    caption {
      text-align: start;
      font-family: inherit;
      color: var(--_muted);
      padding-bottom: 0.25rem;
      /* On a narrow screen the table scrolls sideways; the caption (which cells are asked) must
         not: it wraps within the visible width and stays in view while the table scrolls. */
      max-inline-size: 100cqi;
      position: sticky;
      inset-inline-start: 0;
    }
    th,
    td {
      border: 1px solid var(--_border);
      padding: 0.2rem 0.4rem;
      text-align: center;
      min-width: 2.2em;
    }
    th {
      background: var(--_subtle);
      font-weight: 600;
    }
    td.challenged {
      background: var(--_warning-bg);
      outline: 2px solid var(--_warning-border);
      outline-offset: -2px;
      font-weight: 700;
    }
    .answer {
      font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    }
    .answer mark {
      background: var(--_warning-bg);
      color: inherit;
      padding: 0 0.15em;
      border-radius: 3px;
    }
    label {
      font-weight: 600;
    }
    .field {
      display: grid;
      gap: 0.25rem;
    }
    input[type='text'] {
      font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
      font-size: 1.125em;
      letter-spacing: 0.08em;
      width: min(100%, 18rem);
    }
    code {
      font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    }
    @media (forced-colors: active) {
      /* A transparent border is forced to the text colour: only the chosen tab may show one. */
      .tab {
        border-bottom-color: Canvas;
      }
      .tab[aria-selected='true'] {
        border-bottom-color: Highlight;
      }
      td.challenged {
        outline-color: Highlight;
      }
      /* SVG paint is not forced: the page's colours could vanish on the user's Canvas. The track
         is thinner than the time left, which then stands out by shape, not only by colour. */
      .ring .track {
        stroke: GrayText;
        stroke-width: 1.5;
      }
      .ring .left {
        stroke: Highlight;
      }
      .ring text {
        fill: CanvasText;
      }
    }
  `,
];
