/**
 * What `<login-help-flow>` needs when a page gives a site profile, loaded only then: the
 * profile's validator and `applySiteProfile` for a definition the page gives.
 */
export { parseSiteProfile } from '../../flow/parse-site-profile.js';
export { applySiteProfile } from '../../flow/apply-site-profile.js';
export { resolveSiteProfile } from '../../flow/site-profile.js';
