/** `validateRequest` 的提示信息（简体中文）。 */
import type { RequestMessages } from './messages.js';

const messages: RequestMessages = {
  quote: (text) => `“${text}”`,
  onLine: (line, message) => `第${line}行：${message}`,
  types: {
    string: '字符串',
    object: '对象',
    record: '对象',
    boolean: '布尔值',
    number: '数值',
    'field-value': '字符串或 { "unknown": true }',
  },
  invalidType: (expected) => `值的类型不正确（需要${expected}）`,
  invalidFormat: '格式不正确',
  unknownKey: (key) => `未知的项目 \`${key}\``,
  unknownTemplate: (id, known) => `没有申请模板 \`${id}\`（已有：${known.join('、')}）`,
  mismatch: (expected) => `此申请中应为${expected}。`,
  required: (unknownAllowed) => (unknownAllowed ? '请填写，或选择“不知道”。' : '请填写此项。'),
  unknownNotAllowed: '此项不能选择“不知道”，请填写。',
  unknownField: (id, template) => `申请 \`${template}\` 中没有项目 \`${id}\``,
  tooLong: (maximum, length) => `内容过长（最多 ${maximum} 个字符，当前为 ${length} 个字符）。`,
  email: (suggestion) => `这不是电子邮件地址的格式（例：taro@example.com）。${suggestion ? `您是否要填写${suggestion}？` : ''}`,
  usernameEmail: (rule) => `电子邮件地址不是用户名。请填写注册时设定的用户名（${rule}）。`,
  usernameFullWidth: (suggestion) => `其中含有全角字符。用户名由半角英文字母和数字组成。您是否要填写${suggestion}？`,
  usernameSpaces: (suggestion) => `其中含有空格。您是否要填写${suggestion}？`,
  usernameCharacters: (withSymbols) => (withSymbols ? '用户名只能使用半角英文字母、数字和符号。' : '用户名只能使用半角英文字母和数字。'),
  usernameTooLong: (length, max) => `用户名最多 ${max} 个字符（当前为 ${length} 个字符）。`,
  usernameRequired: '此申请需要用户名。请先用密码登录（无需输入验证码），然后带着页面上显示的用户名回到此申请。',
  dateFormat: (suggestion) =>
    `日期请按 2019-04-01、2019-04、2019 的格式填写；如需同时填写时间，请按 2019-04-01 14:30 的格式填写${suggestion ? `（您是否要填写${suggestion}？）` : ''}。`,
  dateFuture: (date, withTime) => `${date}是未来的${withTime ? '日期和时间' : '日期'}。`,
  timeWithoutDate: (suggestion) =>
    `填写时间时，请同时写出完整的年月日（例：2019-04-01 14:30）。如果不知道具体是哪一天，请不要填写时间，${suggestion ? `只填写${suggestion}` : '只在您所知道的范围内填写年份或年月'}。`,
  timeInvalid: (value) => `${value}中的时间不正确。时间请使用 24 小时制（0:00 至 23:59），按 14:30 的格式填写。`,
  passwordLike: '这里似乎写有密码。我们不需要您的密码，请将其删除。',
  idempotencyKeyMissing: '缺少 Idempotency-Key 标头',
  idempotencyKeyMismatch: 'Idempotency-Key 标头与正文中的 idempotencyKey 不一致',
  invalid: '值不正确',
};

export default messages;
