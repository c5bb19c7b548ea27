import { css } from 'lit';
import { themeStyles } from '../shared/theme.styles.js';
import { fieldStyles } from '../shared/field.styles.js';

/** Styles of `<recovery-request-form>`: themable through `--login-help-*` and `::part()`. */
export const recoveryRequestFormStyles = [
  themeStyles,
  fieldStyles,
  css`
    .base,
    form {
      display: grid;
      gap: var(--_gap);
    }
    .title {
      font-size: 1.125em;
      font-weight: 700;
      line-height: 1.4;
    }
    h3 {
      margin: 0;
      font-size: 1.0625em;
    }
    ul,
    ol {
      margin: 0;
      padding-inline-start: 1.25rem;
      display: grid;
      gap: 0.25rem;
    }
    .cautions {
      background: var(--_warning-bg);
      border-color: var(--_warning-border);
    }
    .password-notice {
      border-width: 2px;
      border-color: var(--_danger);
    }
    .field {
      display: grid;
      gap: 0.25rem;
    }
    label {
      font-weight: 600;
    }
    .requirement {
      font-weight: 400;
      color: var(--_muted);
      font-size: 0.875em;
    }
    input[type='text'],
    input[type='email'],
    textarea {
      width: 100%;
    }
    textarea {
      resize: vertical;
    }
    textarea[readonly] {
      background: var(--_subtle);
      font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
      font-size: 0.875em;
    }
    input:disabled,
    textarea:disabled {
      opacity: 0.6;
    }
    /* Element + attribute: as specific as input[type='text'] above and later, so it wins there too. */
    input[aria-invalid='true'],
    textarea[aria-invalid='true'] {
      border-color: var(--_danger);
      border-width: 2px;
    }
    label.unknown {
      font-weight: 400;
      display: inline-flex;
      gap: 0.5rem;
      align-items: center;
      justify-self: start;
      min-height: 32px;
      cursor: pointer;
    }
    label.unknown input {
      width: 1.1em;
      height: 1.1em;
      accent-color: var(--_accent);
    }
    .error {
      color: var(--_danger);
      font-weight: 600;
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }
    .small {
      min-height: 32px;
      padding: 0.25rem 0.75rem;
      font-size: 0.875em;
    }
    .error-summary,
    .failure {
      border-color: var(--_danger);
      border-width: 2px;
    }
    .failure {
      display: grid;
      gap: 0.5rem;
    }
    .failure button {
      justify-self: start;
    }
    .error-summary:focus,
    .outcome h3:focus {
      outline: 2px solid var(--_accent);
      outline-offset: 2px;
    }
    .outcome {
      display: grid;
      gap: var(--_gap);
    }
    .sent {
      border-color: var(--_success);
      border-width: 2px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .button-link {
      display: inline-flex;
      align-items: center;
      text-decoration: none;
    }
    button[type='submit'] {
      justify-self: start;
    }
    button:disabled {
      opacity: 0.6;
      cursor: progress;
    }
    @media (forced-colors: active) {
      /* Colours are the user's here: a thicker border in the text colour marks what needs
         attention (Mark, a highlight background, is nearly invisible as a border on a light Canvas). */
      input[aria-invalid='true'],
      textarea[aria-invalid='true'],
      .error-summary,
      .failure,
      .password-notice {
        border: 3px solid CanvasText;
      }
    }
  `,
];
