/**
 * The built-in flow made for a site: what `flow --site` prints and what the studio starts from.
 * Node only (it reads the template beside the package's code).
 */
import { readFile } from 'node:fs/promises';
import { applySiteProfile } from '../flow/apply-site-profile.js';
import type { FlowDefinition } from '../flow/schema.js';
import type { SiteProfile } from '../flow/site-profile.js';

/** The built-in flow's template (texts with conditions and placeholders, for any site). */
export const DEFAULT_FLOW_TEMPLATE = new URL('../flows/default.template.json', import.meta.url);

/** The built-in flow made for `profile`'s site (the default site's without one): a plain definition. */
export async function builtInFlowFor(profile: SiteProfile | undefined): Promise<FlowDefinition> {
  const template = JSON.parse(await readFile(DEFAULT_FLOW_TEMPLATE, 'utf8')) as FlowDefinition;
  return applySiteProfile(template, profile);
}
