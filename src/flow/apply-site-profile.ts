/**
 * `applySiteProfile(flow, profile)`: a flow written for any site (with `when` conditions and
 * `{{…}}` placeholders, see site-text.ts) made into the plain flow of one site.
 *
 * What the profile turns off disappears: steps, choices, links and list texts whose `when` does
 * not hold. The graph is then mended, so that it stays valid: choices and `next` that led to a
 * removed step go, error codes that named one go (the guide then starts at the start step), and
 * steps no longer reachable from the start or an error code go too.
 */
import type { FlowDefinition, FlowStep, LocalizedText } from './schema.js';
import { successors } from './graph.js';
import { isDefaultSiteProfile, resolveSiteProfile, type SiteProfile, type SiteProfileInput } from './site-profile.js';
import { SiteTextRenderer, type SiteCondition } from './site-text.js';

type Conditional<T> = T & { when?: SiteCondition };
type Json = Record<string, unknown>;

const TEXT_KEYS = new Set(['title', 'nextLabel', 'label', 'description']);
const LIST_KEYS = new Set(['body', 'items', 'cautions']);

/**
 * The plain flow definition of the site `profile` describes (texts final, no placeholder or
 * condition left: what `parseFlow` accepts). A profile other than the default one is carried
 * in the result as `site`, so that the form and the explainer a step embeds follow it too.
 *
 * Throws a `SiteTemplateError` for a condition or placeholder it does not know (a mistake in the
 * flow, not in the profile).
 */
export function applySiteProfile(flow: FlowDefinition | Json, profile?: SiteProfileInput | SiteProfile): FlowDefinition {
  const site = resolveSiteProfile(profile);
  const render = new SiteTextRenderer(site);
  const source = flow as Json;
  const steps: Json[] = [];
  for (const step of (source.steps as Conditional<Json>[]) ?? []) {
    if (render.holds(step.when)) steps.push(copy(step, render));
  }
  prune(steps, source.start as string, (source.errors ?? {}) as Record<string, string>);
  const out: Json = {};
  for (const [key, value] of Object.entries(source)) {
    if (key === 'steps') out.steps = steps;
    else if (key === 'errors') out.errors = keptErrors(value as Record<string, string>, steps);
    else if (key === 'site') continue;
    else out[key] = TEXT_KEYS.has(key) ? render.text(value as LocalizedText) : value;
  }
  if (!isDefaultSiteProfile(site)) out.site = site;
  return out as FlowDefinition;
}

/** A step, choice or link with its conditional parts filtered and its texts resolved. */
function copy(value: Conditional<Json>, render: SiteTextRenderer): Json {
  const out: Json = {};
  for (const [key, item] of Object.entries(value)) {
    if (key === 'when') continue;
    if (TEXT_KEYS.has(key)) out[key] = render.text(item as LocalizedText);
    else if (LIST_KEYS.has(key)) {
      const texts = (item as Conditional<Json>[]).filter((text) => typeof text === 'string' || render.holds(text.when));
      if (texts.length) out[key] = texts.map((text) => render.text(text as LocalizedText));
    } else if (key === 'choices' || key === 'links') {
      const kept = (item as Conditional<Json>[]).filter((entry) => render.holds(entry.when)).map((entry) => copy(entry, render));
      if (kept.length) out[key] = kept;
    } else out[key] = item;
  }
  return out;
}

/** Removes what leads to removed steps, then the steps nothing reaches any more (in place). */
function prune(steps: Json[], start: string, errors: Record<string, string>): void {
  for (;;) {
    const ids = new Set(steps.map((step) => step.id as string));
    for (const step of steps) {
      const choices = step.choices as Json[] | undefined;
      if (choices) {
        const kept = choices.filter((choice) => ids.has(choice.next as string));
        if (kept.length) step.choices = kept;
        else delete step.choices;
      }
      if (step.next !== undefined && !ids.has(step.next as string)) {
        delete step.next;
        delete step.nextLabel;
      }
    }
    const reached = reachable(steps, [start, ...Object.values(errors).filter((id) => ids.has(id))]);
    if (reached.size === steps.length) return;
    for (let index = steps.length - 1; index >= 0; index--) if (!reached.has(steps[index]!.id as string)) steps.splice(index, 1);
  }
}

function reachable(steps: Json[], roots: string[]): Set<string> {
  const byId = new Map(steps.map((step) => [step.id as string, step as unknown as FlowStep]));
  const seen = new Set<string>();
  const queue = roots.filter((id) => byId.has(id));
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    for (const next of successors(byId.get(id)!)) if (byId.has(next) && !seen.has(next)) queue.push(next);
  }
  return seen;
}

function keptErrors(errors: Record<string, string>, steps: Json[]): Record<string, string> {
  const ids = new Set(steps.map((step) => step.id as string));
  return Object.fromEntries(Object.entries(errors).filter(([, step]) => ids.has(step)));
}
