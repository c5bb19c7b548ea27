/** The note for support staff (English). */
import type { StaffNoteWords } from './staff-note.js';

const words: StaffNoteWords = {
  recentRequests: (count) =>
    `Note for support staff: ${count} requests for this e-mail address or username arrived in a short time (this one included). Make the identity check stricter.`,
};

export default words;
