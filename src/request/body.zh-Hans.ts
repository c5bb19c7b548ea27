/** 申请正文中的标签等（简体中文）。 */
import type { BodyWords } from './body.js';

const words: BodyWords = {
  inquiryType: '咨询类型',
  subject: '主题',
  name: '姓名',
  email: '电子邮件地址',
  separator: '：',
  unknown: '不知道',
  closing: '此申请中不包含密码。',
};

export default words;
