import { css } from 'lit';
import { themeStyles } from '../shared/theme.styles.js';

/** Styles of `<login-help-flow-studio>`: themable through `--login-help-*` and `::part()`. */
export const loginHelpFlowStudioStyles = [
  themeStyles,
  css`
    :host {
      max-width: var(--login-help-max-width, none);
    }
    .base {
      background: var(--_surface);
      display: grid;
      gap: var(--_gap);
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      grid-template-areas: 'toolbar toolbar' 'editor side' 'problems side';
      grid-template-rows: auto minmax(20rem, 70vh) auto;
    }
    @media (max-width: 60rem) {
      .base {
        grid-template-columns: minmax(0, 1fr);
        grid-template-areas: 'toolbar' 'editor' 'problems' 'side';
      }
    }
    h2 {
      font-size: 1rem;
      margin: 0 0 0.5rem;
    }
    .toolbar {
      grid-area: toolbar;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    .file {
      font-weight: 600;
      margin-inline-end: auto;
    }
    .status {
      color: var(--_muted);
      min-width: 8rem;
    }
    .toolbar button,
    .problems button,
    .tabs button,
    .controls select,
    dialog button,
    .start button {
      min-height: 2.25rem;
      padding: 0.25rem 0.75rem;
    }
    button:disabled {
      opacity: 0.55;
      cursor: default;
    }
    .editor {
      grid-area: editor;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      overflow: hidden;
      min-height: 0;
      background: var(--_surface);
    }
    .problems {
      grid-area: problems;
    }
    .problems ul {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.25rem;
      max-height: 16rem;
      overflow: auto;
    }
    .problems li {
      display: flex;
      gap: 0.5rem;
      align-items: start;
    }
    .problem {
      flex: 1;
      text-align: start;
      font: inherit;
      color: inherit;
      background: var(--_subtle);
      border: 1px solid var(--_border);
      border-inline-start: 4px solid var(--_danger);
      border-radius: var(--_radius);
      cursor: pointer;
    }
    .problem code {
      font-size: 0.875em;
      color: var(--_muted);
      margin-inline-end: 0.5rem;
    }
    .fix {
      flex: none;
    }
    .side {
      grid-area: side;
      display: grid;
      grid-template-rows: auto minmax(0, 1fr);
      min-height: 0;
    }
    .tabs {
      display: flex;
      gap: 0.25rem;
      border-bottom: 1px solid var(--_border);
    }
    .tabs [role='tab'] {
      font: inherit;
      background: transparent;
      color: inherit;
      border: 1px solid transparent;
      border-bottom: 3px solid transparent;
      cursor: pointer;
    }
    .tabs [role='tab'][aria-selected='true'] {
      border-bottom-color: var(--_accent);
      font-weight: 600;
    }
    [role='tabpanel'] {
      overflow: auto;
      padding: 0.75rem 0.25rem;
      min-height: 0;
    }
    [role='tabpanel']:focus-visible,
    .tabs [role='tab']:focus-visible,
    select:focus-visible,
    textarea:focus-visible {
      outline: none;
      box-shadow: var(--_focus);
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      margin-bottom: 0.75rem;
    }
    .controls label {
      display: grid;
      font-size: 0.875em;
    }
    .controls select {
      font: inherit;
      max-width: 14rem;
    }
    .muted {
      color: var(--_muted);
    }
    .graph {
      position: relative;
    }
    .lists h3 {
      font-size: 1em;
      margin: 1rem 0 0.5rem;
    }
    .lists li {
      margin-block: 0.25rem;
      line-height: 2;
    }
    .step-link {
      font: inherit;
      font-size: 0.875em;
      min-height: 1.75rem;
      color: var(--_text);
      background: var(--_subtle);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      cursor: pointer;
    }
    .graph svg {
      position: absolute;
      inset: 0;
      overflow: visible;
      color: var(--_muted);
    }
    .node {
      position: absolute;
      display: grid;
      align-content: center;
      text-align: start;
      font: inherit;
      font-size: 0.8125rem;
      line-height: 1.3;
      padding: 0.25rem 0.5rem;
      color: var(--_text);
      background: var(--_subtle);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      cursor: pointer;
      overflow: hidden;
    }
    .node span {
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .node .node-id {
      font-weight: 600;
    }
    .node.entry {
      border: 2px solid var(--_accent);
    }
    .node.end {
      border-inline-start: 4px solid var(--_success);
    }
    .node.unreachable {
      border: 2px dashed var(--_danger);
    }
    .node.dead-end {
      background: var(--_warning-bg);
      border: 2px solid var(--_warning-border);
    }
    .node.current {
      box-shadow: 0 0 0 3px color-mix(in srgb, var(--_accent) 35%, transparent);
    }
    .node .flag {
      font-size: 0.75rem;
      font-weight: 600;
      color: var(--_muted);
    }
    .node.unreachable .flag,
    .node.dead-end .flag {
      color: var(--_danger);
    }
    .legend {
      font-size: 0.875em;
      color: var(--_muted);
      margin-bottom: 0.5rem;
    }
    .start {
      display: grid;
      gap: 0.5rem;
      margin-bottom: 0.75rem;
    }
    .start textarea {
      font-family: ui-monospace, monospace;
      font-size: 0.875rem;
      width: 100%;
      min-height: 4rem;
      color: inherit;
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    dialog {
      color: var(--_text);
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      max-width: 32rem;
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 0.4);
    }
    .dialog-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin-top: 1rem;
    }
    .error {
      color: var(--_danger);
    }
    @media (forced-colors: active) {
      .node,
      .problem {
        border: 1px solid CanvasText;
      }
      .node.unreachable {
        border: 2px dashed CanvasText;
      }
      .tabs [role='tab'][aria-selected='true'] {
        border-bottom-color: Highlight;
      }
      [role='tabpanel']:focus-visible,
      .tabs [role='tab']:focus-visible,
      select:focus-visible,
      textarea:focus-visible {
        outline: 2px solid Highlight;
      }
    }
  `,
];
