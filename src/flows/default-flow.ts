/**
 * The built-in flow definition, as a module of its own so that bundlers split it out of the
 * element's chunk: `<login-help-flow>` imports it only when given neither `flow` nor `src`.
 */
import definition from './default.json';

/** The default flow (Japanese and English), unvalidated JSON: pass it through `parseFlow`. */
export const defaultFlow: unknown = definition;
