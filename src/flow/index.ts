/**
 * `login-help-elements/flow`: the flow definition's schema, validation, engine and Mermaid export.
 * Pure and Node-safe: no DOM.
 */
export { parseFlow, formatPath, isEndStep, successors } from './parse.js';
export type { ParseFlowResult, ParseFlowOptions, FlowProblem, FlowProblemFix, FlowRule, MessageLanguage } from './parse.js';
export { FlowEngine } from './engine.js';
export type { FlowTransition } from './engine.js';
export { toMermaid } from './mermaid.js';
export { applySiteProfile } from './apply-site-profile.js';
export { parseSiteProfile } from './parse-site-profile.js';
export type { ParseSiteProfileResult } from './parse-site-profile.js';
export { siteProfileSchema } from './site-profile-schema.js';
export { defaultSiteProfile, resolveSiteProfile, CODE_METHODS, IDENTITY_FIELDS, USERNAME_CHARACTER_SETS } from './site-profile.js';
export type { SiteProfile, SiteProfileInput, ContactFormLabels, CodeMethod, IdentityField, UsernameCharacters } from './site-profile.js';
export { SITE_FLAGS, SiteTemplateError, formatDuration } from './site-text.js';
export type { SiteCondition } from './site-text.js';
export type { MermaidOptions } from './mermaid.js';
export { resolveText, primaryLanguage } from './text.js';
export { isAllowedLink, isExternalLink, linkScheme, ALLOWED_LINK_SCHEMES } from './links.js';
export {
  flowSchema,
  stepSchema,
  textSchema,
  FLOW_VERSION,
  LOGIN_ERROR_CODES,
  REQUEST_TEMPLATES,
  STEP_KINDS,
  OUTCOMES,
  AUTH_CODE_METHODS,
} from './schema.js';
export type {
  FlowDefinition,
  FlowStep,
  FlowChoice,
  FlowLink,
  LocalizedText,
  LoginErrorCode,
  RequestTemplateId,
  StepKind,
  Outcome,
} from './schema.js';
