/** サポート担当者への注記（日本語）。 */
import type { StaffNoteWords } from './staff-note.js';

const words: StaffNoteWords = {
  recentRequests: (count) =>
    `サポート担当者へ：このメールアドレスまたはユーザー名での申請が、短い時間に ${count} 件ありました（この申請を含む）。本人確認をより厳しく行ってください。`,
};

export default words;
