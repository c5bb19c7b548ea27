/**
 * `renderElement`: one of the three elements rendered on the server with @lit-labs/ssr, as HTML
 * with declarative shadow DOM, in the request's language. What the browser loads lazily — the
 * language's UI text, the built-in flow or the given one (checked with `parseFlow`, the site
 * profile applied), the bodies of the form and the explainer, the username check — is loaded
 * first, then the element renders in one synchronous pass (@lit-labs/ssr runs `willUpdate` and
 * `render`, no controller hook and nothing asynchronous): no "Loading…" in the HTML, and
 * concurrent renders in different languages never mix.
 */
import type { TemplateResult } from 'lit';
import { loadCatalogue } from '../localize/msg.js';
import { resolveLanguage, type Language } from '../localize/languages.js';
import { loadFlowSource } from '../elements/login-help-flow/flow-source.js';
import { resolveSite, type SiteProperty } from '../elements/shared/site-profile.js';
import { withServerContext, type ServerContext } from '../elements/shared/server-context.js';
import { serveBodies } from './serve-bodies.js';

/** The tags `renderElement` renders. */
export const SERVER_RENDERED_TAGS = ['login-help-flow', 'auth-code-explainer', 'recovery-request-form'] as const;
export type ServerRenderedTag = (typeof SERVER_RENDERED_TAGS)[number];

export interface RenderElementOptions {
  /** Attributes, by their HTML names (`error`, `retry-at`, `contact-url` …). `false`, null and undefined leave one out. */
  attributes?: Readonly<Record<string, string | number | boolean | null | undefined>>;
  /** Properties that have no attribute or take objects (`flow`, `site`, `templates` …). */
  properties?: Readonly<Record<string, unknown>>;
  /** The request's language (its `Accept-Language` choice or the user's setting); else the `lang` attribute; else English. */
  lang?: string;
}

/** What the renderer needs, loaded once: the DOM shim first, then @lit-labs/ssr and the elements. */
interface Renderer {
  render(template: TemplateResult): Iterable<unknown>;
  collectResultSync(result: Iterable<unknown>): string;
  html(strings: TemplateStringsArray, ...values: unknown[]): TemplateResult;
  usernameView: typeof import('../elements/login-help-flow/username-notice.js');
  notices: typeof import('../elements/login-help-flow/notices.js');
}

let renderer: Promise<Renderer> | undefined;

function loadRenderer(): Promise<Renderer> {
  return (renderer ??= (async () => {
    // The global `customElements` and friends must exist before an element module registers its tag.
    await import('@lit-labs/ssr/lib/install-global-dom-shim.js');
    const [ssr, result, lit, usernameView, notices, guideClass, explainerClass, formClass, { defineElement }] = await Promise.all([
      import('@lit-labs/ssr'),
      import('@lit-labs/ssr/lib/render-result.js'),
      import('lit'),
      import('../elements/login-help-flow/username-notice.js'),
      import('../elements/login-help-flow/notices.js'),
      import('../elements/login-help-flow/login-help-flow.js'),
      import('../elements/auth-code-explainer/auth-code-explainer.js'),
      import('../elements/recovery-request-form/recovery-request-form.js'),
      import('../elements/shared/define-element.js'),
    ]);
    defineElement('login-help-flow', guideClass.LoginHelpFlow);
    defineElement('auth-code-explainer', explainerClass.AuthCodeExplainer);
    defineElement('recovery-request-form', formClass.RecoveryRequestForm);
    // The lazy elements' bodies, made at once from their modules when an element renders.
    await Promise.all([explainerClass.AuthCodeExplainer.preloadBody(), formClass.RecoveryRequestForm.preloadBody()]);
    return {
      render: (template) => ssr.render(template) as Iterable<unknown>,
      collectResultSync: (rendered) => result.collectResultSync(rendered as Parameters<typeof result.collectResultSync>[0]),
      html: lit.html,
      usernameView,
      notices,
    };
  })());
}

/** What each element declares, read once per tag. */
const declarations = new Map<ServerRenderedTag, { attributes: Set<string>; properties: Set<string> }>();

/** The attribute names and property names an element declares (nothing else may be set). */
function declared(tag: ServerRenderedTag): { attributes: Set<string>; properties: Set<string> } {
  let found = declarations.get(tag);
  if (!found) {
    const element = customElements.get(tag) as unknown as { elementProperties: Map<string, { attribute?: boolean | string }> };
    found = { attributes: new Set(), properties: new Set() };
    for (const [name, options] of element.elementProperties) {
      found.properties.add(name);
      if (options.attribute !== false) found.attributes.add(typeof options.attribute === 'string' ? options.attribute : name.toLowerCase());
    }
    declarations.set(tag, found);
  }
  return found;
}

/** Template strings by element and names set: the same call shape reuses one template. */
const templates = new Map<string, TemplateStringsArray>();

/** `<tag a=${…} .p=${…}></tag>` for the names given (checked against the element's own). */
function elementTemplate(renderer: Renderer, tag: ServerRenderedTag, attributes: [string, unknown][], properties: [string, unknown][]) {
  const { attributes: known, properties: knownProperties } = declared(tag);
  for (const [name] of attributes) if (!known.has(name)) throw new TypeError(`renderElement: <${tag}> has no attribute "${name}"`);
  for (const [name] of properties) if (!knownProperties.has(name)) throw new TypeError(`renderElement: <${tag}> has no property "${name}"`);
  const key = JSON.stringify([tag, attributes.map(([name]) => name), properties.map(([name]) => name)]);
  let strings = templates.get(key);
  if (!strings) {
    // Names are the element's own (checked above): only values are bound, and Lit escapes them.
    const pieces = [...attributes.map(([name]) => ` ${name}=`), ...properties.map(([name]) => ` .${name}=`), `></${tag}>`];
    pieces[0] = `<${tag}${pieces[0]}`;
    strings = Object.assign(pieces, { raw: [...pieces] });
    templates.set(key, strings);
  }
  return renderer.html(strings, ...attributes.map(([, value]) => value), ...properties.map(([, value]) => value));
}

/**
 * Renders `<tag>` to HTML with declarative shadow DOM (a `<template shadowrootmode="open">` inside
 * the element), in `options.lang`: the guide at its start step, the step of its `error` or its
 * `start`; the explainer; the form. Put the result where the element goes in the page; the element
 * hydrates in the browser (see README, "Server rendering").
 *
 * @throws TypeError for a tag, attribute or property the elements do not have.
 */
export async function renderElement(tag: ServerRenderedTag, options: RenderElementOptions = {}): Promise<string> {
  if (!(SERVER_RENDERED_TAGS as readonly string[]).includes(tag)) throw new TypeError(`renderElement: unknown tag <${String(tag)}>`);
  const r = await loadRenderer();
  const given = Object.entries(options.attributes ?? {}).filter(([, value]) => value !== undefined && value !== null && value !== false);
  const properties = Object.entries(options.properties ?? {});
  const langAttribute = given.find(([name]) => name === 'lang')?.[1];
  const lang: Language = resolveLanguage(options.lang ?? (langAttribute ? String(langAttribute) : 'en'));
  // The element speaks the request's language (its own lang attribute, when given, is kept as given).
  const attributes: [string, unknown][] = [
    ...given.map(([name, value]): [string, unknown] => [name, value === true ? '' : String(value)]),
    ...(langAttribute ? [] : [['lang', lang] as [string, unknown]]),
  ];
  await loadCatalogue(lang);
  const loaded: Omit<ServerContext, 'serve'> = { lang, usernameView: r.usernameView, notices: r.notices };
  const property = (name: string) => properties.find(([key]) => key === name)?.[1];
  const attribute = (name: string) => attributes.find(([key]) => key === name)?.[1] as string | undefined;
  const site = (property('site') ?? attribute('site') ?? undefined) as Exclude<SiteProperty, null>;
  if (tag === 'login-help-flow') {
    const source = await loadFlowSource({
      flow: property('flow'),
      src: attribute('src'),
      site,
      lang,
    });
    loaded.flow = source.ok ? { ok: true, flow: source.flow, profile: source.profile } : { ok: false, problems: source.problems };
  } else {
    // Checked once here, the profile is known to the element at once (knownSite).
    await resolveSite(site, lang);
  }
  const context: ServerContext = { ...loaded, serve: serveBodies(loaded) };
  return withServerContext(context, () => r.collectResultSync(r.render(elementTemplate(r, tag, attributes, properties))));
}
