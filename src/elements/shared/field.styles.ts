import { css } from 'lit';

/**
 * Text fields and their hints, shared by `<recovery-request-form>` and `<auth-code-explainer>`
 * (after themeStyles, before the element's own rules, which set widths and fonts).
 */
export const fieldStyles = css`
  .hint {
    color: var(--_muted);
    font-size: 0.875em;
  }
  input[type='text'],
  input[type='email'],
  textarea {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
    min-height: 44px;
  }
`;
