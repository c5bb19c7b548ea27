/**
 * Imported before `src/define/login-help-flow.js` by a test that counts what the page fetches:
 * `data-login-help-prefetch="off"` on <html>, so that defining the guide with none in the page
 * does not start fetching the built-in flow.
 */
document.documentElement.dataset.loginHelpPrefetch = 'off';
