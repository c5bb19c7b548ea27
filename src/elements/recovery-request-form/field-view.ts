/**
 * One field of the request form: label, hint, input, "I don't know", and its error with a
 * one-click fix when the validator can guess one. Never a password input.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '../../localize/msg.js';
import type { RequestField } from '../../flow/request-template-schema.js';
import type { RequestError } from '../../request/messages.js';
import { resolveText } from '../../flow/text.js';

export interface FieldViewState {
  lang: string;
  value: string;
  unknown: boolean;
  error: RequestError | undefined;
  onInput: (value: string) => void;
  onUnknown: (unknown: boolean) => void;
}

const AUTOCOMPLETE: Partial<Record<RequestField['kind'], 'username' | 'email'>> = { username: 'username', email: 'email' };

/** The error of a field (or of the name/e-mail), with a button that applies the suggestion. */
export function fieldError(id: string, error: RequestError | undefined, onUse: (value: string) => void): TemplateResult | typeof nothing {
  if (!error) return nothing;
  const suggestion = error.suggestion;
  return html`<p class="error" id="${id}-error" part="field-error">
    ${error.message}
    ${
      suggestion
        ? html`<button type="button" class="secondary small" part="use-suggestion" @click=${() => onUse(suggestion)}>
            ${msg(str`Use ${suggestion}`, { id: 'lhe.username.use' })}
          </button>`
        : nothing
    }
  </p>`;
}

/**
 * Label text with "(required)" or "(optional)"; the label itself in a span with `id` when given
 * (for an `aria-labelledby` that names the field without its requirement).
 */
export function labelText(label: string, required: boolean, id?: string): TemplateResult {
  return html`${id ? html`<span id=${id}>${label}</span>` : label}
    <span class="requirement"
      >${required ? msg('(required)', { id: 'lhe.form.required' }) : msg('(optional)', { id: 'lhe.form.optional' })}</span
    >`;
}

/**
 * A label or a message as it reads inside an English sentence ("Username" → "username",
 * "Fill this in." → "fill this in."): a capital followed by a small letter is lowered, so
 * "I", "ID", "URL" and text in other scripts stay as they are.
 */
export function inSentence(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

export function fieldView(field: RequestField, state: FieldViewState): TemplateResult {
  const id = `field-${field.id}`;
  const list = field.kind === 'username-list' || field.kind === 'date-list';
  const date = field.kind === 'date' || field.kind === 'date-list';
  const hint = field.hint ? resolveText(field.hint, state.lang) : '';
  // A template's own hint says how to answer; these are for fields that have none.
  const hints =
    hint ||
    [
      list ? msg('One per line.', { id: 'lhe.form.onePerLine' }) : '',
      date ? msg('As far as you know: 2019, 2019-04 or 2019-04-01.', { id: 'lhe.form.dateHint' }) : '',
    ]
      .filter(Boolean)
      .join(' ');
  const describedBy = [hints ? `${id}-hint` : '', state.error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const label = resolveText(field.label, state.lang);
  const common = {
    id,
    name: field.id,
    disabled: state.unknown,
    // A required field needs an answer: a value, or (where allowed) "I don't know".
    required: field.required ? ('true' as const) : undefined,
    // Only a field with an error says so: no `aria-invalid="false"` on the others.
    invalid: state.error ? ('true' as const) : undefined,
  };
  const onInput = (event: Event) => state.onInput((event.target as HTMLInputElement | HTMLTextAreaElement).value);
  const input =
    field.kind === 'textarea' || list
      ? html`<textarea
          id=${common.id}
          name=${common.name}
          rows=${list ? 3 : 4}
          part="input"
          ?disabled=${common.disabled}
          aria-required=${ifDefined(common.required)}
          aria-invalid=${ifDefined(common.invalid)}
          aria-describedby=${ifDefined(describedBy)}
          autocomplete="off"
          .value=${state.value}
          @input=${onInput}
        ></textarea>`
      : html`<input
          id=${common.id}
          name=${common.name}
          part="input"
          type=${field.kind === 'email' ? 'email' : 'text'}
          autocomplete=${AUTOCOMPLETE[field.kind] ?? 'off'}
          autocapitalize=${ifDefined(field.kind === 'username' ? 'off' : undefined)}
          spellcheck=${ifDefined(field.kind === 'username' || date ? 'false' : undefined)}
          ?disabled=${common.disabled}
          aria-required=${ifDefined(common.required)}
          aria-invalid=${ifDefined(common.invalid)}
          aria-describedby=${ifDefined(describedBy)}
          .value=${state.value}
          @input=${onInput}
        />`;
  // With "I don't know", the input and its checkbox answer one question: a group named by the
  // field's label; the checkbox is named after the field ("I don't know the username"), says
  // which input it switches off, and is described by the field's error (a link of the error
  // summary brings focus to it when the input is off).
  const labelId = field.allowUnknown ? `${id}-label` : undefined;
  const fieldName = inSentence(label);
  return html`<div
    class="field ${state.error ? 'has-error' : ''}"
    part="field"
    data-field=${field.id}
    role=${ifDefined(labelId ? 'group' : undefined)}
    aria-labelledby=${ifDefined(labelId)}
  >
    <label for=${id}>${labelText(label, field.required, labelId)}</label>
    ${hints ? html`<span class="hint" id="${id}-hint">${hints}</span>` : nothing} ${input}
    ${
      field.allowUnknown
        ? html`<label class="unknown"
            ><input
              type="checkbox"
              id="${id}-unknown"
              part="unknown"
              aria-label=${msg(str`I don't know the ${fieldName}`, { id: 'lhe.form.unknownOf' })}
              aria-controls=${id}
              aria-describedby=${ifDefined(state.error ? `${id}-error` : undefined)}
              .checked=${state.unknown}
              @change=${(event: Event) => state.onUnknown((event.target as HTMLInputElement).checked)}
            />
            ${msg("I don't know", { id: 'lhe.form.unknown' })}</label
          >`
        : nothing
    }
    ${fieldError(id, state.error, (value) => state.onInput(value))}
  </div>`;
}
