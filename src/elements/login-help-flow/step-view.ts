/**
 * The templates of one step of `<login-help-flow>`. Flow text is only ever bound as text
 * (never as HTML), and links pass the scheme check again before they are rendered.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '../../localize/msg.js';
import type { FlowStep, LocalizedText } from '../../flow/schema.js';
import { resolveText } from '../../flow/text.js';
import { isAllowedDomLink as isAllowedLink } from '../../flow/dom-links.js';
import { flowLink } from '../shared/flow-link.js';

/** What a step view needs from the element. */
export interface StepViewContext {
  lang: string;
  /** The contact form for contact and request steps, when one is known. */
  contactHref: string | undefined;
  /** Base URL that decides whether a link leaves the site. */
  baseUrl: string | undefined;
  /**
   * Whether a request step shows the built-in `<recovery-request-form>` (not the page's own form
   * in the `request` slot): the form then gives every instruction itself (its fields, and the
   * contact form's labels when it gives text to paste), so the step does not repeat them.
   */
  builtInForm: boolean;
  /**
   * The site's static help page (`helpPage`), for readers without JavaScript: each way forward is
   * also a link to its step's section there, shown only when scripting is off.
   */
  pageHref?: string | undefined;
  onChoose: (index: number) => void;
  onNext: () => void;
}

/** The link to step `id` on the static help page (`step-<id>` is its section's id), if there is a page. */
function pageLink(ctx: StepViewContext, id: string, label: unknown) {
  const page = ctx.pageHref;
  if (!page || !isAllowedLink(page)) return nothing;
  return html`<a class="choice choice-link" part="choice-link" href="${page.split('#')[0]}#step-${id}">${label}</a>`;
}

const text = (value: LocalizedText | undefined, lang: string) => resolveText(value, lang);

function paragraphs(step: FlowStep, lang: string) {
  return step.body?.map((p) => html`<p>${text(p, lang)}</p>`) ?? nothing;
}

function cautions(step: FlowStep, lang: string) {
  if (!step.cautions?.length) return nothing;
  return html`<div class="notice cautions" part="cautions" role="note">
    <p class="notice-title">${msg('Before you continue', { id: 'lhe.flow.cautions' })}</p>
    ${
      step.cautions.length === 1
        ? html`<p>${text(step.cautions[0], lang)}</p>`
        : html`<ul>
            ${step.cautions.map((c) => html`<li>${text(c, lang)}</li>`)}
          </ul>`
    }
  </div>`;
}

function items(step: FlowStep, ctx: StepViewContext) {
  if (!step.items?.length) return nothing;
  // A checklist's items are things to check for oneself, read as a list: ticking them would change
  // nothing, and a paragraph as a checkbox's name is heard twice over.
  if (step.kind === 'checklist') {
    return html`<ul class="checklist" part="checklist">
      ${step.items.map((item) => html`<li>${text(item, ctx.lang)}</li>`)}
    </ul>`;
  }
  // On a request step the items say what to write in the site's contact form: the built-in form
  // asks for each of them itself; beside the page's own form they are there to read, folded.
  if (step.kind === 'request' && ctx.builtInForm) return nothing;
  const list = html`<ul part="items">
    ${step.items.map((item) => html`<li>${text(item, ctx.lang)}</li>`)}
  </ul>`;
  return step.kind === 'request'
    ? html`<details class="request-items">
        <summary>${msg('What the request contains', { id: 'lhe.flow.requestItems' })}</summary>
        ${list}
      </details>`
    : list;
}

function links(step: FlowStep, ctx: StepViewContext) {
  const allowed = step.links?.filter((link) => isAllowedLink(link.href)) ?? [];
  if (!allowed.length) return nothing;
  return html`<ul class="links" part="links">
    ${allowed.map((link) => html`<li>${flowLink(link.href, text(link.label, ctx.lang), ctx.baseUrl)}</li>`)}
  </ul>`;
}

function contact(step: FlowStep, ctx: StepViewContext) {
  if (step.kind !== 'contact' && step.kind !== 'request') return nothing;
  // The built-in form links the contact form itself when the user is to paste the text there.
  if (step.kind === 'request' && ctx.builtInForm) return nothing;
  const href = (step.kind === 'contact' ? step.href : undefined) ?? ctx.contactHref;
  const label = msg("Open the site's contact form", { id: 'lhe.flow.contactLink' });
  return html`<p class="contact" part="contact">
    ${
      href && isAllowedLink(href)
        ? flowLink(href, label, ctx.baseUrl)
        : msg("Send this through the site's contact form.", { id: 'lhe.flow.contactNoLink' })
    }
  </p>`;
}

function choices(step: FlowStep, ctx: StepViewContext) {
  const hasChoices = !!step.choices?.length;
  const hasNext = step.next !== undefined;
  if (!hasChoices && !hasNext) return nothing;
  return html`<div class="choices" part="choices" role="group" aria-label=${msg('What next?', { id: 'lhe.flow.choicesLabel' })}>
    ${step.choices?.map(
      // A choice's name is its label; its description is the button's description, not the end of a
      // run-on name: hidden from the name (aria-hidden), it is read through aria-describedby.
      (choice, i) =>
        html`<button
            type="button"
            class="choice"
            part="choice"
            aria-describedby=${ifDefined(choice.description ? `choice-${i}-description` : undefined)}
            @click=${() => ctx.onChoose(i)}
          >
            <span class="choice-label">${text(choice.label, ctx.lang)}</span>
            ${
              choice.description
                ? html`<span class="choice-description" id="choice-${i}-description" aria-hidden="true"
                    >${text(choice.description, ctx.lang)}</span
                  >`
                : nothing
            }
          </button>
          ${pageLink(ctx, choice.next, html`<span class="choice-label">${text(choice.label, ctx.lang)}</span>`)}`,
    )}
    ${
      hasNext
        ? html`<button type="button" class="primary" part="next" @click=${() => ctx.onNext()}>
              ${step.nextLabel ? text(step.nextLabel, ctx.lang) : msg('Continue', { id: 'lhe.flow.continue' })}
            </button>
            ${pageLink(ctx, step.next!, step.nextLabel ? text(step.nextLabel, ctx.lang) : msg('Continue', { id: 'lhe.flow.continue' }))}`
        : nothing
    }
  </div>`;
}

/**
 * The content of a step: cautions, paragraphs, items, links, contact, then the ways forward.
 * A request step's cautions, paragraphs and items say how to fill in the site's own contact form:
 * beside the built-in form, which gives its template's intro, cautions and fields (and, when the
 * user is to paste the text, the contact form's labels), they would be a second set of
 * instructions, so only the page's own form in the `request` slot gets them.
 */
export function stepContent(step: FlowStep, ctx: StepViewContext, embedded: TemplateResult): TemplateResult {
  const own = !(step.kind === 'request' && ctx.builtInForm);
  return html`${own ? cautions(step, ctx.lang) : nothing} ${own ? paragraphs(step, ctx.lang) : nothing} ${items(step, ctx)}
  ${links(step, ctx)} ${embedded} ${contact(step, ctx)} ${choices(step, ctx)}`;
}
