/**
 * `login-help-elements/flow`: the flow definition's schema, validation, engine and Mermaid export.
 * Pure and Node-safe: no DOM.
 */
export { parseFlow, formatPath, isEndStep, successors } from './parse.js';
export type { ParseFlowResult, ParseFlowOptions, FlowProblem, FlowRule, MessageLanguage } from './parse.js';
export { FlowEngine } from './engine.js';
export type { FlowTransition } from './engine.js';
export { toMermaid } from './mermaid.js';
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
