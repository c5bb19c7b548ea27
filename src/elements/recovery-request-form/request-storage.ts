/**
 * What the form keeps in the browser: the draft of a request in sessionStorage (it survives a
 * reload of the tab, not the end of the session) until it is sent, and the times requests were
 * sent from this browser in localStorage (to warn that several requests in a short time bring
 * stricter identity checks). Storage may be unavailable (private modes, sandboxed frames): then
 * nothing is kept and nothing fails.
 */

/** The draft of one request, as typed. */
export interface RequestDraft {
  name: string;
  email: string;
  values: Record<string, string>;
  unknown: string[];
  idempotencyKey: string;
}

const DRAFT_PREFIX = 'login-help-elements:draft:';
const SENT_KEY = 'login-help-elements:sent';
const DAY_MS = 24 * 60 * 60 * 1000;

function storage(kind: 'sessionStorage' | 'localStorage'): Storage | undefined {
  try {
    return globalThis[kind] ?? undefined;
  } catch {
    return undefined;
  }
}

function isDraft(value: unknown): value is RequestDraft {
  const draft = value as RequestDraft;
  return (
    typeof draft === 'object' &&
    draft !== null &&
    typeof draft.name === 'string' &&
    typeof draft.email === 'string' &&
    typeof draft.values === 'object' &&
    draft.values !== null &&
    Array.isArray(draft.unknown) &&
    typeof draft.idempotencyKey === 'string'
  );
}

/** The saved draft of `template`, if any. */
export function loadDraft(template: string): RequestDraft | undefined {
  try {
    const value: unknown = JSON.parse(storage('sessionStorage')?.getItem(DRAFT_PREFIX + template) ?? 'null');
    if (!isDraft(value)) return undefined;
    const values: Record<string, string> = {};
    for (const [id, text] of Object.entries(value.values)) if (typeof text === 'string') values[id] = text;
    return { ...value, values, unknown: value.unknown.filter((id): id is string => typeof id === 'string') };
  } catch {
    return undefined;
  }
}

export function saveDraft(template: string, draft: RequestDraft): void {
  try {
    storage('sessionStorage')?.setItem(DRAFT_PREFIX + template, JSON.stringify(draft));
  } catch {
    // Full or unavailable: the draft is simply not kept.
  }
}

export function clearDraft(template: string): void {
  try {
    storage('sessionStorage')?.removeItem(DRAFT_PREFIX + template);
  } catch {
    // Unavailable storage holds nothing to clear.
  }
}

/** Times (epoch ms) requests were sent from this browser in the last 24 hours. */
export function recentRequests(now: number): number[] {
  try {
    const value: unknown = JSON.parse(storage('localStorage')?.getItem(SENT_KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((at): at is number => typeof at === 'number' && now - at < DAY_MS && at <= now) : [];
  } catch {
    return [];
  }
}

export function rememberRequestSent(now: number): void {
  try {
    storage('localStorage')?.setItem(SENT_KEY, JSON.stringify([...recentRequests(now), now]));
  } catch {
    // Not kept: the next request simply gets no warning.
  }
}
