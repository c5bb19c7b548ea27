/**
 * Links that come from data (a flow definition, an attribute): rendered only with an allowed
 * scheme; a link that leaves the site opens in a new tab without opener or referrer.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../../localize/msg.js';
import { isAllowedDomLink as isAllowedLink, isExternalLink } from '../../flow/dom-links.js';

/** A link from a flow: allowed schemes only; leaving the site opens a new tab without opener or referrer. */
export function flowLink(href: string, label: string, baseUrl: string | undefined): TemplateResult | typeof nothing {
  if (!isAllowedLink(href)) return nothing;
  const external = isExternalLink(href, baseUrl);
  const mail = href.trim().toLowerCase().startsWith('mailto:');
  return html`<a href=${href.trim()} target=${external && !mail ? '_blank' : nothing} rel=${external ? 'noopener noreferrer' : nothing}
    >${label}${external && !mail ? html`<span class="visually-hidden"> ${msg('(opens in a new tab)', { id: 'lhe.flow.newTab' })}</span>` : nothing}</a
  >`;
}
