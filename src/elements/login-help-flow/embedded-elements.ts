/**
 * The elements a step of `<login-help-flow>` embeds: the request form (pre-filled with what the
 * guide learned) and the authentication-code explainer, each in its slot so a page can put its
 * own in their place.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FlowEngine } from '../../flow/engine.js';
import type { FlowDefinition } from '../../flow/schema.js';
import type { SiteProfile } from '../../flow/site-profile.js';
import { resolveText } from '../../flow/text.js';
import type { RequestFlowContext } from '../../request/prefill.js';
import type { Language } from '../../localize/languages.js';

export interface EmbeddedContext {
  engine: FlowEngine;
  flow: FlowDefinition;
  lang: Language;
  profile: SiteProfile | undefined;
  /** The step whose embedded element is rendered (a task after the step itself). */
  embedFor: string | undefined;
  /** Whether the built-in form is used (no element of the page's in the `request` slot). */
  builtInForm: boolean;
  username?: string;
  requestAction?: string;
  requestMailto?: string;
  contactUrl?: string;
  onSlotChange: () => void;
}

/** The embedded request form, pre-filled with what the guide learned (path, error, username). */
function requestForm(template: string, ctx: EmbeddedContext): TemplateResult {
  const { engine, lang } = ctx;
  const context: RequestFlowContext = {
    path: [...engine.path],
    titles: engine.pathSteps.map((step) => resolveText(step.title, lang)),
    ...(engine.error ? { error: engine.error } : {}),
    ...(ctx.username ? { username: ctx.username } : {}),
  };
  return html`<recovery-request-form
    template=${template}
    lang=${lang}
    heading-level="3"
    action=${ifDefined(ctx.requestAction || undefined)}
    mailto=${ifDefined(ctx.requestMailto || undefined)}
    contact-url=${ifDefined(ctx.contactUrl || ctx.flow.contactUrl || undefined)}
    username=${ifDefined(ctx.username || undefined)}
    .templates=${ctx.flow.templates}
    .site=${ctx.profile}
    .flow=${context}
  ></recovery-request-form>`;
}

/** Both slots (always present, hidden when the step embeds nothing), with the built-in element of the current step. */
export function embeddedElements(ctx: EmbeddedContext): TemplateResult {
  const step = ctx.engine.current;
  const shown = ctx.embedFor === step.id;
  return html`<div ?hidden=${step.kind !== 'request'}>
      <slot name="request" @slotchange=${ctx.onSlotChange}
        >${step.kind === 'request' && ctx.builtInForm && shown ? requestForm(step.template, ctx) : nothing}</slot
      >
    </div>
    <div ?hidden=${step.kind !== 'auth-code'}>
      <slot name="auth-code"
        >${
          step.kind === 'auth-code' && shown
            ? html`<auth-code-explainer
                method=${step.method ?? 'all'}
                view=${step.view ?? 'explain'}
                lang=${ctx.lang}
                .site=${ctx.profile}
              ></auth-code-explainer>`
            : nothing
        }</slot
      >
    </div>`;
}
