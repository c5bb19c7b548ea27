/**
 * The site profile code the elements load only when a page gives a profile: its validator, the
 * check of the `site` property (cached: a profile one element has checked, such as the guide's
 * passed to the form and explainer its steps embed, is not checked again) and `applySiteProfile`.
 */
import { parseSiteProfile } from '../../flow/parse-site-profile.js';
import { applySiteProfile } from '../../flow/apply-site-profile.js';
import type { FlowDefinition } from '../../flow/schema.js';
import type { SiteProfile } from '../../flow/site-profile.js';
import type { SiteResolution } from './site-profile.js';

export { parseSiteProfile, applySiteProfile };

/**
 * A definition the page gives (object or JSON text) with the site profile applied. One that is
 * not JSON, or not an object with steps, is returned as it is: the validator words its problem.
 */
export function applySiteToDefinition(definition: unknown, profile: SiteProfile): unknown {
  let value = definition;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return definition;
    }
  }
  if (value === null || typeof value !== 'object' || !Array.isArray((value as { steps?: unknown }).steps)) return definition;
  return applySiteProfile(value as FlowDefinition, profile);
}

const checked = new WeakMap<object, SiteResolution>();
/** Profiles given as JSON text that passed (a bad one is checked again, in the language of the moment). */
const checkedText = new Map<string, SiteResolution>();

/** The answer for a profile checked before, if any. */
export function checkedSite(site: object | string): SiteResolution | undefined {
  return typeof site === 'string' ? checkedText.get(site) : checked.get(site);
}

/** Checks `site` (not empty); messages in `lang`; problem paths start at `site`. */
export function checkSite(site: object | string, lang: string): SiteResolution {
  const known = checkedSite(site);
  if (known) return known;
  const parsed = parseSiteProfile(site, { lang });
  if (!parsed.ok)
    return { ok: false, errors: parsed.errors.map((problem) => ({ ...problem, path: problem.path ? `site.${problem.path}` : 'site' })) };
  const result: SiteResolution = { ok: true, profile: parsed.profile };
  if (typeof site === 'string') checkedText.set(site, result);
  else checked.set(site, result);
  checked.set(parsed.profile, result);
  return result;
}
