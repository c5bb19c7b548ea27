/** 简体中文文本中的联系表单标签：加引号，并附上示例网站标签的含义。 */
import type { ContactFormLabelWords } from './contact-form-labels.js';

const words: ContactFormLabelWords = {
  quote: (label, meaning) => (meaning ? `“${label}”（${meaning}）` : `“${label}”`),
  seedMeanings: {
    inquiryType: '关于账号登录的咨询',
    subjects: {
      'password-reissue': '密码重新发放申请',
      'login-username-reset': '登录专用用户名的重新设置/删除申请',
      'two-factor-disable': '验证码停用手续',
    },
  },
};

export default words;
