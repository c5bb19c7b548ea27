/**
 * What a delivery adds for support staff below the request's body, in the request's language:
 * with `rateLimit`, the handler counts the recent requests for the payload's identity
 * (`context.recentRequests`); several in a short time call for a stricter identity check, and
 * staff see it here. The words are in the catalogues beside this module (staff-note.en.ts, …).
 */
import { pick, type Catalogues } from '../../localize/languages.js';
import en from './staff-note.en.js';
import ja from './staff-note.ja.js';
import zhHans from './staff-note.zh-Hans.js';

/** The staff note's words in one language. */
export interface StaffNoteWords {
  /** `count` (2 or more) requests for this e-mail address or username recently, this one included. */
  recentRequests(count: number): string;
}

/** Every language's words. */
export const STAFF_NOTE_WORDS: Catalogues<StaffNoteWords> = { en, ja, 'zh-Hans': zhHans };

/** The note for a request, or `undefined` when there is nothing to tell (one request, or no count). */
export function staffNote(locale: string, recentRequests: number | undefined): string | undefined {
  if (recentRequests === undefined || !Number.isSafeInteger(recentRequests) || recentRequests < 2) return undefined;
  return pick(STAFF_NOTE_WORDS, locale).recentRequests(recentRequests);
}
