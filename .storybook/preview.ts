/**
 * Global story settings: a locale switcher and a colour-scheme switcher in the toolbar.
 *
 * Locale: the "Locale" toolbar menu (ja / en / zh-Hans) wraps every story in `<div lang=…>`. The element
 * takes its language from its own `lang` attribute, else the nearest ancestor's, so a story
 * follows the toolbar unless its `lang` control is set.
 *
 * Dark mode: `<login-help-flow>` follows `prefers-color-scheme`, which a page cannot switch.
 * - "System" (default) leaves the real media query in charge: to check the element's own dark
 *   palette, emulate it — Chrome DevTools › ⋮ › More tools › Rendering › "Emulate CSS media
 *   feature prefers-color-scheme: dark", or your OS dark mode, or Playwright's
 *   `browser.newContext({ colorScheme: 'dark' })` on `iframe.html?id=…`.
 * - "Light" / "Dark" pin a palette through the element's public `--login-help-*` custom
 *   properties (the same values as its built-in light/dark palettes) and set the page
 *   background and `color-scheme`, so the toggle also shows that the theming API works.
 */
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { LANGUAGES, type Language } from '../src/localize/languages.js';

type Scheme = 'system' | 'light' | 'dark';

/** The element's built-in palettes (login-help-flow.styles.ts), as its public custom properties. */
const PALETTES: Record<Exclude<Scheme, 'system'>, Record<string, string>> = {
  light: {
    '--login-help-accent': '#1a56db',
    '--login-help-accent-text': '#ffffff',
    '--login-help-text': '#1f2328',
    '--login-help-muted': '#57606a',
    '--login-help-surface': '#ffffff',
    '--login-help-subtle': '#f6f8fa',
    '--login-help-border': '#d0d7de',
    '--login-help-warning-bg': '#fff8c5',
    '--login-help-warning-border': '#d4a72c',
    '--login-help-danger': '#cf222e',
    '--login-help-success': '#1a7f37',
  },
  dark: {
    '--login-help-accent': '#6ea8fe',
    '--login-help-accent-text': '#0b1220',
    '--login-help-text': '#e6edf3',
    '--login-help-muted': '#9da7b3',
    '--login-help-surface': '#161b22',
    '--login-help-subtle': '#0d1117',
    '--login-help-border': '#3d444d',
    '--login-help-warning-bg': '#3b2e0a',
    '--login-help-warning-border': '#bb8009',
    '--login-help-danger': '#ff7b72',
    '--login-help-success': '#56d364',
  },
};

const PAGE_BACKGROUND: Record<Exclude<Scheme, 'system'>, string> = { light: '#f6f8fa', dark: '#0d1117' };

/** The toolbar's locales: every language of the library (a missing one is a type error), each named in itself. */
const LOCALE_NAMES: Record<Language, string> = { ja: '日本語', en: 'English', 'zh-Hans': '简体中文' };

const isLanguage = (value: unknown): value is Language => (LANGUAGES as readonly unknown[]).includes(value);

/** Wraps the story in `<div lang=…>`; a new locale re-creates the element (keyed). */
const withLocale: Decorator = (story, { globals }) => {
  const locale: Language = isLanguage(globals['locale']) ? globals['locale'] : 'ja';
  // The element also watches <html lang>: keep the iframe's document in step with the toolbar.
  document.documentElement.lang = locale;
  return html`<div lang=${locale}>${keyed(locale, story())}</div>`;
};

/** Pins a light or dark palette (or leaves `prefers-color-scheme` in charge). */
const withScheme: Decorator = (story, { globals }) => {
  const chosen: unknown = globals['scheme'];
  const scheme: Scheme = chosen === 'light' || chosen === 'dark' ? chosen : 'system';
  const page = document.documentElement.style;
  const body = document.body.style;
  if (scheme === 'system') {
    page.removeProperty('color-scheme');
    body.removeProperty('background');
    body.removeProperty('color');
    return story();
  }
  page.setProperty('color-scheme', scheme);
  body.setProperty('background', PAGE_BACKGROUND[scheme]);
  body.setProperty('color', PALETTES[scheme]['--login-help-text']!);
  return html`<div data-scheme=${scheme} style=${styleMap(PALETTES[scheme])}>${story()}</div>`;
};

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the guide (wraps the story in <div lang=…>)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        // In LOCALE_NAMES' order: Japanese (the source of the texts' facts, the default) first.
        items: (Object.keys(LOCALE_NAMES) as Language[]).map((language) => ({
          value: language,
          right: LOCALE_NAMES[language],
          title: language,
        })),
        dynamicTitle: true,
      },
    },
    scheme: {
      description: 'Colour scheme (System = the real prefers-color-scheme)',
      toolbar: {
        title: 'Scheme',
        icon: 'mirror',
        items: [
          { value: 'system', icon: 'browser', title: 'System (prefers-color-scheme)' },
          { value: 'light', icon: 'sun', title: 'Light palette' },
          { value: 'dark', icon: 'moon', title: 'Dark palette' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'ja', scheme: 'system' },
  // Decorators run inside out: the locale wrapper is innermost, the palette wrapper outside it.
  decorators: [withLocale, withScheme],
  parameters: {
    layout: 'padded',
    // The scheme toolbar sets the page background itself.
    backgrounds: { disable: true },
    controls: { expanded: true, sort: 'none' },
  },
};

export default preview;
