/**
 * `parseSiteProfile(json)`: validates a site profile, with the same result shape and problem
 * format as `parseFlow` (`{ path, message, rule }`, messages in the language of `lang` as
 * `parseFlow` chooses it: English, Japanese or Simplified Chinese; "did you mean" for a misspelt
 * key or value). Never throws.
 */
import * as z from 'zod/mini';
import { siteProfileKeys, siteProfileSchema } from './site-profile-schema.js';
import { resolveSiteProfile, type SiteProfile } from './site-profile.js';
import { resolveLanguage } from '../localize/languages.js';
import { jsonValue, problemText, type FlowProblem } from './problems.js';
import { collectSchemaProblems } from './schema-problems.js';
import { inspect } from './inspect.js';
import { ProblemList } from './problem-list.js';

/** The result of `parseSiteProfile`: the profile with every default filled in, or the problems. */
export type ParseSiteProfileResult = { ok: true; profile: SiteProfile } | { ok: false; errors: FlowProblem[] };

/** Options of `parseSiteProfile`. */
export interface ParseSiteProfileOptions {
  /** Language of the messages, a BCP 47 tag (`en` by default, `ja`, `zh-Hans`, `zh-CN` …), as for `parseFlow`. */
  lang?: string;
}

/**
 * Validates a site profile (a parsed JSON value or its text). Returns `{ ok: true, profile }`
 * with every missing key set to the default site's value, or `{ ok: false, errors }`.
 */
export function parseSiteProfile(json: unknown, options: ParseSiteProfileOptions = {}): ParseSiteProfileResult {
  const lang = resolveLanguage(options?.lang);
  try {
    const read = jsonValue(json, lang);
    if ('problem' in read) return { ok: false, errors: [read.problem] };
    const value = read.value;
    const inspected = inspect(value, 100, lang);
    if (inspected.problems.length) return { ok: false, errors: inspected.problems };
    const parsed = z.safeParse(siteProfileSchema, value);
    if (!parsed.success) {
      const problems = new ProblemList(100);
      for (const issue of parsed.error.issues) collectSchemaProblems(issue, [], value, lang, problems, siteProfileKeys);
      return { ok: false, errors: problems.items };
    }
    return { ok: true, profile: resolveSiteProfile(parsed.data) };
  } catch (error) {
    return {
      ok: false,
      errors: [{ path: '', message: problemText.badFormat(lang, String((error as Error)?.message ?? error)), rule: 'schema' }],
    };
  }
}
