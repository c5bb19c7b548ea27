/**
 * What an element's controllers do in the browser, done at once on the server: @lit-labs/ssr runs
 * no controller hook and awaits nothing, so `renderElement` loads everything first and this module
 * puts it in place before the element renders. It reaches into the bodies' private state (a friend
 * of src/elements/), so that none of this ships to browsers; test/ssr.node.test.ts holds it to them.
 */
import { resolveLanguage, type Language } from '../localize/languages.js';
import type { LanguageController } from '../localize/language-controller.js';
import type { ElementBody } from '../elements/shared/element-body.js';
import type { ServerContext } from '../elements/shared/server-context.js';
import type { FlowEngine } from '../flow/engine.js';
import type { FlowDefinition } from '../flow/schema.js';
import type { SiteProfile } from '../flow/site-profile.js';
import type { FlowProblem } from '../flow/parse.js';

/** The language controller's state. */
interface LanguageState {
  _language?: Language;
  _pending?: unknown;
}

/** The guide's body, as src/elements/login-help-flow/login-help-flow.body.ts holds it. */
interface GuideBody {
  i18n: LanguageController;
  _source: { problems?: readonly FlowProblem[]; flow?: FlowDefinition; profile?: SiteProfile };
  _walk: { begin(flow: FlowDefinition, restore: boolean): void; readonly engine?: FlowEngine };
  _embedded: { embedFor?: string };
  _username: { _view?: unknown };
  _countdown: { sync(): void };
  _notices?: unknown;
}

/** The form's and the explainer's bodies: their language, and what each update does. */
interface LazyBody {
  _i18n: LanguageController;
  hostUpdate(): void;
}

/** The element speaks `language` at once (its catalogue is loaded already). */
function speak(i18n: LanguageController, language: Language): void {
  const state = i18n as unknown as LanguageState;
  state._language = language;
  state._pending = undefined;
}

/** Makes `serve` for a render whose loaded parts are `context`'s. */
export function serveBodies(context: Omit<ServerContext, 'serve'>): ServerContext['serve'] {
  return (host, body: ElementBody) => {
    const language = resolveLanguage(host.lang || context.lang);
    if (host.localName !== 'login-help-flow') {
      const lazy = body as unknown as LazyBody;
      speak(lazy._i18n, language);
      lazy.hostUpdate();
      return;
    }
    const guide = body as unknown as GuideBody;
    if (guide.i18n.language) return;
    speak(guide.i18n, language);
    const loaded = context.flow;
    if (!loaded) return;
    if (!loaded.ok) {
      guide._source.problems = loaded.problems;
      guide._notices = context.notices;
      return;
    }
    guide._source.flow = loaded.flow;
    guide._source.profile = loaded.profile;
    guide._walk.begin(loaded.flow, false);
    guide._embedded.embedFor = guide._walk.engine?.current.id;
    guide._username._view ??= context.usernameView;
    guide._countdown.sync();
    guide._notices = context.notices;
  };
}
