/**
 * The studio's live guide: a `<login-help-flow>` given the last valid definition, with the
 * language, the step or the login error it starts at.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '../../localize/msg.js';
import type { FlowDefinition } from '../../flow/schema.js';
import type { SiteProfile, SiteProfileInput } from '../../flow/site-profile.js';
import { LANGUAGES, type Language } from '../../localize/languages.js';

/** Where the guide starts: a step, a login error, or (neither) the flow's start. */
export interface GuidePlace {
  lang: Language;
  start?: string;
  error?: string;
}

export interface GuidePanelContext {
  /** The last valid definition (undefined: none yet). */
  flow: FlowDefinition | undefined;
  /** The text is not valid now: the guide shows an older version. */
  stale: boolean;
  place: GuidePlace;
  site: SiteProfileInput | SiteProfile | string | undefined;
  onPlace: (place: GuidePlace) => void;
}

const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', ja: '日本語', 'zh-Hans': '简体中文' };

export function guidePanel({ flow, stale, place, site, onPlace }: GuidePanelContext): TemplateResult {
  if (!flow) return html`<p class="muted">${msg('The guide appears once the flow is valid.', { id: 'lhe.studio.guide.none' })}</p>`;
  const select = (event: Event) => (event.target as HTMLSelectElement).value;
  return html`<div class="controls">
      <label
        >${msg('Guide language', { id: 'lhe.studio.guide.language' })}
        <select @change=${(event: Event) => onPlace({ ...place, lang: select(event) as Language })}>
          ${LANGUAGES.map((lang) => html`<option value=${lang} lang=${lang} ?selected=${lang === place.lang}>${LANGUAGE_NAMES[lang]}</option>`)}
        </select>
      </label>
      <label
        >${msg('Start at step', { id: 'lhe.studio.guide.start' })}
        <select @change=${(event: Event) => onPlace({ lang: place.lang, start: select(event) || undefined })}>
          <option value="" ?selected=${!place.start}>${msg('(the flow’s start)', { id: 'lhe.studio.guide.flowStart' })}</option>
          ${flow.steps.map((step) => html`<option value=${step.id} ?selected=${step.id === place.start}>${step.id}</option>`)}
        </select>
      </label>
      <label
        >${msg('Start at login error', { id: 'lhe.studio.guide.error' })}
        <select @change=${(event: Event) => onPlace({ lang: place.lang, error: select(event) || undefined })}>
          <option value="" ?selected=${!place.error}>${msg('(none)', { id: 'lhe.studio.guide.noError' })}</option>
          ${Object.keys(flow.errors ?? {}).map((code) => html`<option value=${code} ?selected=${code === place.error}>${code}</option>`)}
        </select>
      </label>
    </div>
    ${
      stale
        ? html`<p class="muted">
            ${msg('The text has problems: the guide shows its last valid version.', { id: 'lhe.studio.guide.stale' })}
          </p>`
        : null
    }
    <login-help-flow
      part="live-guide"
      persist="none"
      lang=${place.lang}
      start=${ifDefined(place.start)}
      error=${ifDefined(place.error)}
      .flow=${flow}
      .site=${site}
    ></login-help-flow>`;
}
