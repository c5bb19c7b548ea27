/** 申请端点的提示信息（简体中文）。 */
import type { HandlerMessages } from './handler-messages.js';

const messages: HandlerMessages = {
  titles: {
    'method-not-allowed': '不允许使用此方法',
    'unsupported-media-type': '不支持此 Content-Type',
    'payload-too-large': '请求正文过大',
    'invalid-json': '请求正文不是 JSON',
    'invalid-request': '申请内容有误',
    'idempotency-key-missing': '缺少 Idempotency-Key',
    'idempotency-key-invalid': 'Idempotency-Key 格式不正确',
    'idempotency-key-mismatch': 'Idempotency-Key 不一致',
    'idempotency-key-reused': 'Idempotency-Key 已用于内容不同的申请',
    'request-in-progress': '相同的申请正在处理中',
    'too-many-requests': '申请过于频繁',
    internal: '无法处理申请',
  },
  'method-not-allowed': '仅接受 POST 请求',
  'unsupported-media-type': '请将 Content-Type 设为 application/json',
  'payload-too-large': '请求正文过大',
  'invalid-json': '无法将请求正文读取为 UTF-8 编码的 JSON',
  'invalid-request': '有些回答需要修改，请查看错误列表。',
  'idempotency-key-invalid': 'Idempotency-Key 须为 8 至 200 个半角可见 ASCII 字符（例如 UUID）',
  'idempotency-key-reused': '此 Idempotency-Key 已用于内容不同的申请。新的申请请使用新的密钥发送。',
  'request-in-progress': '使用此 Idempotency-Key 的申请仍在处理中。请稍后使用同一密钥重试。',
  'too-many-requests': '短时间内申请次数过多。请稍候再试。',
  internal: '无法处理申请。请稍后使用同一 Idempotency-Key 重试。',
};

export default messages;
