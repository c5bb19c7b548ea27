/**
 * The built-in flow's text, one module per language (src/generated/default-flow/<lang>.ts, split
 * from src/flows/default.json by scripts/split-default-flow.mjs), loaded apart from the flow's
 * module: `<login-help-flow>` (flow-source.ts) starts fetching the text of its language together
 * with default-flow.ts, in one round trip rather than one after the other. default-flow.ts imports
 * the same modules (a bundler makes one chunk of each, fetched once; test/default-flow-text-loaders.node.test.ts).
 */
import type { Catalogues } from '../localize/languages.js';

/** The strings of one language, in the order the splitting script took them out of the definition. */
export type DefaultFlowText = () => Promise<{ default: readonly string[] }>;

/** A loader per language: a language added to LANGUAGES without its text here is a type error. */
export const DEFAULT_FLOW_TEXTS: Catalogues<DefaultFlowText> = {
  en: () => import('../generated/default-flow/en.js'),
  ja: () => import('../generated/default-flow/ja.js'),
  'zh-Hans': () => import('../generated/default-flow/zh-Hans.js'),
};
