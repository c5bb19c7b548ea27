/**
 * The flow studio's pure parts (no DOM, no Lit): the reports it lists beside the editor. The
 * element itself is `<login-help-flow-studio>` (src/elements/login-help-flow-studio/).
 */
export { flowPaths, missingTexts, unreachedSteps } from './flow-report.js';
export type { FlowPath, FlowPaths, FlowPathsOptions, MissingText } from './flow-report.js';
