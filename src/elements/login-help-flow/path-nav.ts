/**
 * The guide's navigation along the path taken: the breadcrumb (earlier steps as buttons) and the
 * Back / Start over controls.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FlowEngine, FlowTransition } from '../../flow/engine.js';
import { resolveText } from '../../flow/text.js';
import { msg } from '../../localize/msg.js';
import type { LoginHelpNavigateDetail } from '../shared/events.js';

type Move = (transition: FlowTransition | null, action: LoginHelpNavigateDetail['action']) => void;

/** The steps so far, the current one last (nothing on the first step). */
export function breadcrumb(engine: FlowEngine, lang: string, move: Move): TemplateResult | typeof nothing {
  if (!engine.canGoBack) return nothing;
  const steps = engine.pathSteps;
  return html`<nav class="breadcrumb" part="breadcrumb" aria-label=${msg('Steps so far', { id: 'lhe.flow.breadcrumb' })}>
    <ol>
      ${steps.map((step, i) =>
        i === steps.length - 1
          ? html`<li aria-current="step">${resolveText(step.title, lang)}</li>`
          : html`<li>
              <button type="button" @click=${() => move(engine.backTo(i), 'breadcrumb')}>${resolveText(step.title, lang)}</button>
            </li>`,
      )}
    </ol>
  </nav>`;
}

/** Back and Start over (nothing on the first step). */
export function pathControls(engine: FlowEngine, move: Move): TemplateResult | typeof nothing {
  if (!engine.canGoBack) return nothing;
  return html`<div class="controls" part="controls">
    <button type="button" class="secondary" part="back" @click=${() => move(engine.back(), 'back')}>
      ${msg('Back', { id: 'lhe.flow.back' })}
    </button>
    <button type="button" class="secondary" part="restart" @click=${() => move(engine.restart(), 'restart')}>
      ${msg('Start over', { id: 'lhe.flow.restart' })}
    </button>
  </div>`;
}
