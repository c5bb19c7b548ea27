/**
 * The elements a step of `<login-help-flow>` embeds: the request form (pre-filled with what the
 * guide learned) and the authentication-code explainer, each in its slot so a page can put its
 * own in their place. `EmbeddedElements` (a Lit reactive controller) registers each on first need
 * and lets it render a task after the step itself.
 */
import { html, isServer, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FlowEngine } from '../../flow/engine.js';
import type { FlowDefinition } from '../../flow/schema.js';
import type { SiteProfile } from '../../flow/site-profile.js';
import { resolveText } from '../../flow/text.js';
import type { RequestFlowContext } from '../../request/prefill.js';
import type { Language } from '../../localize/languages.js';
import type { FlowStep } from '../../flow/schema.js';
import { defineElement } from '../shared/define-element.js';
import { awaitsHydration } from '../shared/element-body.js';

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

/**
 * Registers the explainer and the form on first need (pages that never show such a step never
 * load them) and renders each a task after its step, so that the heading is shown and focused at
 * once and the heavier element follows.
 */
export class EmbeddedElements implements ReactiveController {
  /** The step whose embedded element is rendered. */
  embedFor?: string;

  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode },
    private readonly _currentStep: () => FlowStep | undefined,
  ) {
    _host.addController(this);
  }

  /** Whether the page put its own form in the `request` slot (the built-in one is then not loaded). */
  get pageForm(): boolean {
    // A server render has no light DOM to look into: the built-in form is rendered.
    return !isServer && !!this._host.querySelector(':scope > [slot=request]');
  }

  hostUpdate(): void {
    // The server rendered the step's element with it: hydrating renders it at once too.
    if (awaitsHydration(this._host)) this.embedFor = this._currentStep()?.id;
  }

  hostUpdated(): void {
    const step = this._currentStep();
    if (step?.kind === 'auth-code')
      void import('../auth-code-explainer/auth-code-explainer.js').then((module) =>
        defineElement('auth-code-explainer', module.AuthCodeExplainer),
      );
    if (step?.kind === 'request' && !this.pageForm) {
      void import('../recovery-request-form/recovery-request-form.js').then((module) =>
        defineElement('recovery-request-form', module.RecoveryRequestForm),
      );
    }
    if (step && (step.kind === 'auth-code' || step.kind === 'request') && this.embedFor !== step.id) {
      setTimeout(() => {
        const id = this._currentStep()?.id;
        if (id === this.embedFor) return;
        this.embedFor = id;
        this._host.requestUpdate();
      });
    }
  }
}
