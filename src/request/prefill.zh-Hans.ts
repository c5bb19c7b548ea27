/** 预先填入申请的回答（简体中文）。 */
import type { PrefillWords } from './prefill.js';

const words: PrefillWords = {
  errors: {
    'invalid-credentials': '显示了“用户名或密码错误。如果没有输错，则是由于其他原因无法登录”',
    'system-error': '显示了“发生了系统错误”',
    'captcha-required': '被要求进行图片验证（CAPTCHA）',
    locked: '显示登录暂时受限',
    'code-invalid': '验证码未被接受',
    'code-locked': '显示验证码暂时无法使用',
  },
  typed: (name) => `在用户名栏中输入的内容：${name}`,
  path: (titles) => `在登录帮助中依次进行了以下步骤：${titles}`,
  separator: ' › ',
};

export default words;
