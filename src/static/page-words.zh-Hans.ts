/** 静态帮助页面的用语（简体中文）。 */
import type { PageWords } from './page-words.js';

const words: PageWords = {
  defaultTitle: '无法登录时',
  intro:
    '本页按步骤为您说明需要确认的事项和办理方法。请从第一步开始，按照符合您情况的链接继续。如果登录时显示了错误，也可以从该错误对应的步骤开始。',
  contents: '目录',
  startHere: { before: '从这里开始：', after: '' },
  ifTheLoginSaid: '如果登录时显示了以下内容',
  loginErrors: {
    'invalid-credentials': '用户名或密码错误',
    'system-error': '发生了系统错误',
    'captcha-required': '要求进行图像验证（CAPTCHA）',
    locked: '暂时无法登录',
    'code-invalid': '验证码未被接受',
    'code-locked': '验证码暂时无法使用',
    unknown: '其他情况，或不清楚',
  },
  startAt: (error) => ({ before: `${error}：从`, after: '开始' }),
  allSteps: '全部步骤',
  cautions: '继续之前请确认',
  whatNext: '下一步',
  continue: '继续',
  backToContents: '返回目录',
  contactLink: '打开网站的联系表单',
  contactNoLink: '请通过网站的联系表单发送。',
  requestCautions: '发送之前请确认',
  writeInRequest: '申请中需要填写的内容',
  fillIn: '请在网站的联系表单中按以下内容填写并发送。',
  name: '姓名',
  email: '电子邮件地址',
  inquiryType: '咨询类型',
  subject: '主题',
  message: '正文',
  chooseInquiryType: (label, meaning) => (meaning ? `请选择“${label}”（${meaning}）。` : `请选择“${label}”。`),
  writeSubject: (subject, meaning, suggested) =>
    suggested
      ? `写一个能说明申请内容的简短主题，例如“${subject}”。`
      : meaning
        ? `请输入“${subject}”（${meaning}）。`
        : `请输入“${subject}”。`,
  messageIntro: (unknownAllowed) => (unknownAllowed ? '请写明以下内容。遇到不知道的项目，请不要省略，写上“不知道”。' : '请写明以下内容。'),
  requirement: (required, unknownAllowed) => (required ? (unknownAllowed ? '（必填；可以写“不知道”）' : '（必填）') : '（选填）'),
  onePerLine: '每行一个。',
  dateHint: '在您所知的范围内填写：只写年份或年月也可以（2019、2019-04、2019-04-01）。',
  noPassword: '请绝对不要在申请的任何地方写密码，验证码也一样。客服人员既不需要，也绝不会向您询问。',
  privacy: '关于个人信息的处理',
};

export default words;
