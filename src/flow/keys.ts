/**
 * The keys a step, a choice and a link of a flow definition may have: what a misspelled key is
 * matched against for "did you mean", and what the studio completes. No zod here; and not in
 * constants.ts, whose module is in the guide's first-step bundle (rollup keeps a module's used
 * exports in its chunk, even when only a lazy chunk uses them).
 */
/** The keys a step may have (some only on one kind: `template`, `method`, `view`, `href`). */
export const STEP_KEYS = [
  'id',
  'kind',
  'title',
  'body',
  'items',
  'cautions',
  'links',
  'choices',
  'next',
  'nextLabel',
  'diagnose',
  'outcome',
  'template',
  'method',
  'view',
  'href',
] as const;

/** The keys a choice may have. */
export const CHOICE_KEYS = ['label', 'next', 'description'] as const;

/** The keys a link may have. */
export const LINK_KEYS = ['label', 'href'] as const;
