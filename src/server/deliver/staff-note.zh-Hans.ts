/** 给客服人员的备注（简体中文）。 */
import type { StaffNoteWords } from './staff-note.js';

const words: StaffNoteWords = {
  recentRequests: (count) =>
    `致客服人员：短时间内收到了使用此电子邮件地址或用户名的 ${count} 个申请（包括本申请）。请更严格地进行身份核实。`,
};

export default words;
