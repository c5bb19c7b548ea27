/** `parseFlow`、`parseSiteProfile` 的提示信息（简体中文）。 */
import type { ProblemMessages } from './problems.js';

const messages: ProblemMessages = {
  hint: (suggestion) => `（您是否想写 \`${suggestion}\`？）`,
  listSeparator: '、',
  more: (count) => `另有${count}项`,
  types: { string: '字符串', number: '数值', boolean: '布尔值', object: '对象', array: '数组', null: 'null', undefined: '未定义' },
  invalidJson: (detail) => `无法作为 JSON 读取：${detail}`,
  expectedType: (expected, received) => `需要${expected}，但实际是${received}`,
  required: (expected) => `此项为必填（${expected}）`,
  unknownKey: (key, hint) => `未知的键 \`${key}\`${hint}`,
  keyOfOtherKind: (key, kind) => `\`${key}\` 只能用于 kind 为 \`${kind}\` 的步骤。请删除它或更改 kind`,
  forbiddenKey: (key) => `不能使用键 \`${key}\`（它可能会改写对象的原型）。请删除它`,
  holes: (length) => `长度为${length}的数组中有空位（JSON 中没有这种形式）。请改为只包含值的数组`,
  oneOf: (received, allowed, hint) => `不能使用 \`${received}\`。可以使用的有：${allowed}${hint}`,
  tooShort: (minimum, what) => `${what}太短（至少${minimum}）`,
  tooLong: (maximum, what) => `${what}太长（最多${maximum}）`,
  badFormat: (detail) => `格式不正确：${detail}`,
  badText: () => '文本必须是非空字符串，或像 { "ja": "…", "en": "…" } 这样按语言分别提供的字符串',
  invalid: () => '值不正确',
  repeated: () => '同一个值出现了两次或更多次。每个值只能列出一次',
  unsupportedVersion: (version, supported) => `不支持格式版本 ${version}（此库最高支持 ${supported}）。请更新 login-help-elements`,
  duplicateId: (id, firstIndex) => `步骤 ID \`${id}\` 重复（首次出现在 steps[${firstIndex}]）。请改用其他 ID`,
  unknownStep: (id, hint) => `不存在步骤 \`${id}\`${hint}`,
  unreachable: (id) => `任何地方都无法到达步骤 \`${id}\`。请在某个 choices 或 next 中引用它`,
  deadEnd: (id) => `步骤 \`${id}\` 没有后续。请添加 choices 或 next，或将 kind 设为 resolved / request / contact`,
  unknownTemplate: (template, known, hint) => `不存在申请模板 \`${template}\`（已有：${known}）${hint}`,
  unknownErrorCode: (code, known, hint) => `不存在登录错误代码 \`${code}\`（已有：${known}）${hint}`,
  badLinkScheme: (scheme) => `链接不能使用 \`${scheme}:\`。请使用 http(s)、mailto 或相对 URL`,
  missingTranslation: (missing) => `缺少 ${missing} 的译文（languages 中已声明）`,
  inStep: (message, id) => `${message}（在步骤 \`${id}\` 中）`,
  tooMany: (shown) => `问题过多，仅列出前${shown}项`,
};

export default messages;
