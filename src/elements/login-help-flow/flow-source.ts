/**
 * Where `<login-help-flow>`'s definition comes from: the page's `flow` object, the JSON at `src`,
 * or the built-in flow, with the site profile applied; checked with `parseFlow` when the page
 * gave it. Loads lazily what each case needs (the validator, the built-in flow's steps and text).
 * `FlowSource` is the Lit reactive controller that reloads when the host's `flow`, `src` or `site` changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FlowProblem, ParseFlowResult } from '../../flow/parse.js';
import type { FlowDefinition } from '../../flow/schema.js';
import type { SiteProfile, SiteProfileInput } from '../../flow/site-profile.js';
import { resolveSite, siteProfileModule } from '../shared/site-profile.js';
import { PropertyChanges } from '../shared/element-body.js';
import { DEFAULT_FLOW_TEXTS } from '../../flows/default-flow-text-loaders.js';
import { resolveLanguage, type Language } from '../../localize/languages.js';
import { elementLanguage } from '../../localize/language-controller.js';
import { inLanguage, loadCatalogue, msg, str } from '../../localize/msg.js';

/** Validation results by definition object: the same flow object is validated once. */
const parsedFlows = new WeakMap<object, ParseFlowResult>();
let defaultFlowModule: Promise<typeof import('../../flows/default-flow.js')> | undefined;
let validatorModule: Promise<typeof import('../../flow/parse.js')> | undefined;

/**
 * Validates a definition given by the page. The validator (zod and the messages) is loaded on
 * demand: a page that uses the built-in flow never downloads it.
 */
async function validate(definition: unknown, lang: string): Promise<ParseFlowResult> {
  const cacheable = definition !== null && typeof definition === 'object';
  // WeakMap#get answers undefined for a primitive (only #set throws).
  const cached = parsedFlows.get(definition as object);
  if (cached?.ok) return cached;
  validatorModule ??= import('../../flow/parse.js');
  const { parseFlow } = await validatorModule;
  const result = parseFlow(definition, { lang });
  if (cacheable) parsedFlows.set(definition, result);
  return result;
}

/**
 * The built-in flow with its text in `lang` (the steps and each language's text are loaded on
 * first need). It is validated by the project's tests (test/flow-engine.node.test.ts and
 * test/default-flow.node.test.ts) rather than on every page load.
 *
 * Without a site profile, what its first step needs comes in one round trip: the text in `lang` (the
 * module default-flow.ts asks for once loaded) and the UI text are fetched beside the flow's module.
 */
export function loadDefaultFlow(lang: Language, profile?: SiteProfile): Promise<FlowDefinition> {
  defaultFlowModule ??= import('../../flows/default-flow.js');
  if (!profile) {
    // Failures show where these are awaited: the guide's LanguageController asks for the same
    // language's UI text (the same promise while it loads), default-flow.ts imports the same module.
    void loadCatalogue(lang);
    DEFAULT_FLOW_TEXTS[lang]().catch(() => undefined);
  }
  return defaultFlowModule.then((module) => (defaultFlows = module).loadDefaultFlow(lang, profile));
}

/** The built-in flow's module once it has arrived (its `loadedDefaultFlow` answers at once). */
let defaultFlows: typeof import('../../flows/default-flow.js') | undefined;

/**
 * For a `<login-help-flow>` already in the page when the element is defined (the caller leaves
 * out those with `src` or `site`): unless it has a `flow`, starts fetching the built-in flow in its
 * language ({@link loadDefaultFlow}), so that it is on the way before the element is upgraded.
 */
export function prefetchDefaultFlow(element: Element & { flow?: unknown }): void {
  if (element.flow === undefined) loadDefaultFlow(resolveLanguage(elementLanguage(element))).catch(() => undefined);
}

/** What the guide was given. */
export interface FlowSourceInput {
  flow?: unknown;
  src?: string;
  site?: SiteProfileInput | SiteProfile | string;
  /** The language of the problems' messages. */
  lang: Language;
}

export type FlowSourceResult =
  { ok: true; flow: FlowDefinition; profile: SiteProfile | undefined } | { ok: false; problems: readonly FlowProblem[] };

/** Loads and checks the site profile and the flow (the site given, else the flow's own). */
export async function loadFlowSource(input: FlowSourceInput): Promise<FlowSourceResult> {
  const { flow, src, lang } = input;
  let result: ParseFlowResult;
  let profile: SiteProfile | undefined;
  try {
    const site = await resolveSite(input.site, lang);
    if (!site.ok) return { ok: false, problems: site.errors };
    profile = site.profile;
    const withSite = async (definition: unknown) =>
      profile ? (await siteProfileModule()).applySiteToDefinition(definition, profile) : definition;
    if (flow !== undefined) result = await validate(await withSite(flow), lang);
    else if (src) {
      const response = await fetch(src, { headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      result = await validate(await withSite(await response.text()), lang);
    } else {
      result = { ok: true, flow: await loadDefaultFlow(lang, profile) };
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const template = error instanceof Error && error.name === 'SiteTemplateError';
    return {
      ok: false,
      problems: [
        template
          ? { path: '', message, rule: 'schema' }
          : {
              path: '',
              message: inLanguage(input.lang, () =>
                msg(str`The flow definition could not be loaded from ${src ?? ''} (${message}).`, { id: 'lhe.error.fetch' }),
              ),
              rule: error instanceof SyntaxError ? 'invalid-json' : 'fetch-failed',
            },
      ],
    };
  }
  if (!result.ok) return { ok: false, problems: result.errors };
  if (!profile && result.flow.site) {
    const own = await resolveSite(result.flow.site, lang);
    if (own.ok) profile = own.profile;
  }
  return { ok: true, flow: result.flow, profile };
}

export interface FlowSourceHost extends ReactiveControllerHost {
  readonly flow?: unknown;
  readonly src?: string;
  readonly site?: SiteProfileInput | SiteProfile | string;
  readonly hasUpdated: boolean;
}

export interface FlowSourceOptions {
  /** The language the problems' messages are written in now. */
  language(): Language;
  /** A definition is in force (a new one, or the same in another language: `sameWalk`). */
  loaded(flow: FlowDefinition, sameWalk: boolean): void;
  /** The definition or the site profile cannot be used. */
  failed(problems: readonly FlowProblem[]): void;
}

/** The guide's definition and site profile, loaded again whenever `flow`, `src` or `site` changes. */
export class FlowSource implements ReactiveController {
  /** The problems of a definition that cannot be used (undefined while loading or when it is fine). */
  problems?: readonly FlowProblem[];
  /** The site profile in force: the `site` given, else the flow's own, else none (the default site). */
  profile?: SiteProfile;
  /** The definition in force. */
  flow?: FlowDefinition;
  private _token = 0;
  private _loading = false;
  private readonly _changes: PropertyChanges<FlowSourceHost, 'flow' | 'src' | 'site'>;

  constructor(
    private readonly _host: FlowSourceHost,
    private readonly _options: FlowSourceOptions,
  ) {
    this._changes = new PropertyChanges(_host, ['flow', 'src', 'site']);
    _host.addController(this);
  }

  /** Whether a definition is being loaded (a change of start step waits for it). */
  get loading(): boolean {
    return this._loading;
  }

  hostUpdate(): void {
    if (!this._changes.take().size) return;
    const language = this._options.language();
    const host = this._host;
    // The built-in flow already here in this language (fetched when the element was defined, or by
    // another guide): this very update renders its step, with no wait and no loading state.
    const loaded = host.flow === undefined && !host.src && host.site === undefined ? defaultFlows?.loadedDefaultFlow(language) : undefined;
    if (!loaded) return void this._load(language);
    ++this._token;
    this._take({ ok: true, flow: loaded, profile: undefined });
  }

  /**
   * What the guide needs before it speaks `language` besides its UI text: the built-in flow's text
   * in it (the walk keeps its place), or the problems of a bad definition described in it.
   */
  prepare(language: Language): Promise<unknown> | void {
    if (!this._host.hasUpdated) return;
    if (this.problems) return this._load(language);
    if (this.flow && this._host.flow === undefined && !this._host.src) {
      const token = this._token;
      return loadDefaultFlow(language, this.profile).then((flow) => {
        if (token !== this._token) return;
        this.flow = flow;
        this._options.loaded(flow, true);
      });
    }
  }

  private async _load(lang: Language): Promise<void> {
    const token = ++this._token;
    this._loading = true;
    const loaded = await loadFlowSource({
      flow: this._host.flow,
      src: this._host.src,
      site: this._host.site,
      lang,
    });
    if (token !== this._token) return;
    this._take(loaded);
    this._host.requestUpdate();
  }

  /** Puts a loaded definition (or its problems) in force. */
  private _take(loaded: FlowSourceResult): void {
    this._loading = false;
    if (!loaded.ok) {
      this.flow = undefined;
      this.problems = loaded.problems;
      this._options.failed(loaded.problems);
    } else {
      this.problems = undefined;
      this.profile = loaded.profile;
      this.flow = loaded.flow;
      this._options.loaded(loaded.flow, false);
    }
  }
}
