// The browser side of the SSR example: hydration support first, then the three elements.
import 'login-help-elements/hydrate.js';
