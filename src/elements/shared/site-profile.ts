/**
 * The `site` property of the three elements: a site profile given as an object or as JSON text
 * (the attribute). Nothing of the profile code is loaded until a page gives one: then
 * site-profile-loader.ts checks it with `parseSiteProfile`.
 */
import type { SiteProfile, SiteProfileInput } from '../../flow/site-profile.js';
import type { FlowProblem } from '../../flow/problems.js';

/**
 * A checked profile (`undefined`: none given, the default site), or the problems of a bad one
 * (paths start at `site`).
 */
export type SiteResolution = { ok: true; profile?: SiteProfile } | { ok: false; errors: FlowProblem[] };

/** What the `site` property may hold. */
export type SiteProperty = SiteProfileInput | SiteProfile | string | null | undefined;

const DEFAULT: SiteResolution = { ok: true };
let loader: Promise<typeof import('./site-profile-loader.js')> | undefined;
let loaded: typeof import('./site-profile-loader.js') | undefined;

/** The profile module (validator and `applySiteProfile`), loaded on first need. */
export function siteProfileModule(): Promise<typeof import('./site-profile-loader.js')> {
  return (loader ??= import('./site-profile-loader.js').then((module) => (loaded = module)));
}

/** Whether `site` gives no profile (the default site). */
const none = (site: SiteProperty): site is null | undefined | '' => site === undefined || site === null || site === '';

/** The answer for `site` if it is known without waiting (no profile given, or one checked before). */
export function knownSite(site: SiteProperty): SiteResolution | undefined {
  return none(site) ? DEFAULT : loaded?.checkedSite(site);
}

/** Checks `site`; messages in `lang`. */
export async function resolveSite(site: SiteProperty, lang: string): Promise<SiteResolution> {
  return none(site) ? DEFAULT : (await siteProfileModule()).checkSite(site, lang);
}
