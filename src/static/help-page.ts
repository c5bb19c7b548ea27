/**
 * `helpPage(flow, { lang, site? })`: the whole flow as one self-contained HTML document, for a
 * site to serve where JavaScript does not run (or before it does), to print, or to archive. What
 * the old help pages were, written from the flow: every step a section, every choice a link to
 * the section it leads to, a table of contents by login error, and each request's fields written
 * out. One inline stylesheet (page-style.ts), no script, no event handler; every text from the
 * flow, the site profile or a template is escaped (escape.ts) and every link checked
 * (`isAllowedLink`). Pure: no DOM, no Node API.
 */
import { parseFlow } from '../flow/parse.js';
import { parseSiteProfile } from '../flow/parse-site-profile.js';
import { applySiteProfile } from '../flow/apply-site-profile.js';
import type { FlowDefinition } from '../flow/schema.js';
import type { FlowProblem } from '../flow/problems.js';
import type { SiteProfile, SiteProfileInput } from '../flow/site-profile.js';
import { resolveText } from '../flow/text.js';
import { DEFAULT_REQUEST_TEMPLATES, siteRequestTemplates } from '../request/templates.js';
import { pick, resolveLanguage, type Language } from '../localize/languages.js';
import { escapeAttribute, escapeHtml } from './escape.js';
import { PAGE_STYLE } from './page-style.js';
import { PAGE_WORDS, type PageWords } from './page-words.js';
import { aroundLink, list, sectionId, stepLink, stepTitle, type PageContext } from './page-context.js';
import { stepSection } from './step-section.js';

/** Options of {@link helpPage}. */
export interface HelpPageOptions {
  /**
   * The page's language, a BCP 47 tag: its own words are in `en`, `ja` or `zh-Hans` (`ja-JP`,
   * `zh-CN` … find theirs; any other language gets English), the flow's text is resolved for it.
   * Problems of an invalid flow or profile are written in it too.
   */
  lang: string;
  /**
   * A site profile (as a site writes it, or its JSON text): applied to the flow first, as
   * `applySiteProfile` does (conditions and `{{…}}` placeholders of the built-in flow's template
   * resolved), and its request templates used.
   */
  site?: SiteProfileInput | SiteProfile | string;
}

/** What `helpPage` throws for a flow definition or site profile it cannot use: a `TypeError` with every problem. */
export class HelpPageError extends TypeError {
  override name = 'HelpPageError';
  /** The problems, as `parseFlow` and `parseSiteProfile` report them (`{ path, message, rule }`). */
  readonly errors: readonly FlowProblem[];

  constructor(errors: readonly FlowProblem[]) {
    super(errors.map((error) => (error.path ? `${error.path}: ${error.message}` : error.message)).join('\n'));
    this.errors = errors;
  }
}

/** The flow `flow` is, with `site` applied: checked by `parseFlow`, or a {@link HelpPageError}. */
function validFlow(flow: unknown, site: HelpPageOptions['site'], lang: Language): FlowDefinition {
  let input = flow;
  if (site !== undefined) {
    const profile = parseSiteProfile(site, { lang });
    if (!profile.ok) throw new HelpPageError(profile.errors);
    try {
      const value: unknown = typeof flow === 'string' ? JSON.parse(flow) : flow;
      const steps = (value as { steps?: unknown } | null)?.steps;
      if (value !== null && typeof value === 'object' && Array.isArray(steps))
        input = applySiteProfile(value as FlowDefinition, profile.profile);
    } catch (error) {
      // Text that is not JSON is reported by parseFlow below; a condition or placeholder the
      // profile does not know (SiteTemplateError) or a definition too odd to copy, here.
      if (!(error instanceof SyntaxError))
        throw new HelpPageError([{ path: '', message: String((error as Error)?.message ?? error), rule: 'schema' }]);
    }
  }
  const result = parseFlow(input, { lang });
  if (!result.ok) throw new HelpPageError(result.errors);
  return result.flow;
}

/** The table of contents: where to begin, the login errors and the steps they start at, every step. */
function contents(ctx: PageContext, words: PageWords): string {
  const { flow } = ctx;
  const errors = Object.entries(flow.errors ?? {}).map(([code, id]) => {
    const label = Object.hasOwn(words.loginErrors, code) ? words.loginErrors[code as keyof PageWords['loginErrors']] : code;
    return aroundLink(words.startAt(label), stepLink(id, stepTitle(id, ctx), ctx));
  });
  return [
    '<nav id="contents" aria-labelledby="contents-title">',
    `<h2 id="contents-title">${escapeHtml(words.contents)}</h2>`,
    `<p>${aroundLink(words.startHere, stepLink(flow.start, stepTitle(flow.start, ctx), ctx))}</p>`,
    errors.length ? `<h3>${escapeHtml(words.ifTheLoginSaid)}</h3>${list(errors, 'errors')}` : '',
    `<h3>${escapeHtml(words.allSteps)}</h3>`,
    `<ol class="steps">${flow.steps.map((step) => `<li><a href="#${escapeAttribute(sectionId(step.id))}">${stepTitle(step.id, ctx)}</a></li>`).join('')}</ol>`,
    '</nav>',
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * The whole of `flow` as a complete HTML document in `lang`. `flow` is a flow definition (an
 * object or its JSON text) and is checked with `parseFlow` whatever it is; with `site`, the site
 * profile is checked with `parseSiteProfile` and applied first. Throws a {@link HelpPageError}
 * (a `TypeError`, with `errors`) for a definition or profile that cannot be used.
 */
// eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents -- says what is expected; anything else is checked
export function helpPage(flow: FlowDefinition | unknown, options: HelpPageOptions): string {
  const lang = typeof options?.lang === 'string' && options.lang ? options.lang : 'en';
  const language = resolveLanguage(lang);
  const words = pick(PAGE_WORDS, language);
  const definition = validFlow(flow, options?.site, language);
  const siteTemplates = definition.site ? siteRequestTemplates(definition.site) : DEFAULT_REQUEST_TEMPLATES;
  const ctx: PageContext = {
    lang,
    words,
    flow: definition,
    templates: [...(definition.templates ?? []), ...siteTemplates],
    steps: new Map(definition.steps.map((step, index) => [step.id, { step, number: index + 1 }])),
  };
  const title = escapeHtml(resolveText(definition.title, lang) || words.defaultTitle);
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeAttribute(language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'">`,
    '<meta name="color-scheme" content="light dark">',
    `<title>${title}</title>`,
    `<style>${PAGE_STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${title}</h1>`,
    `<p class="intro">${escapeHtml(words.intro)}</p>`,
    '</header>',
    contents(ctx, words),
    '<main>',
    ...definition.steps.map((step, index) => stepSection(step, index + 1, ctx)),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
