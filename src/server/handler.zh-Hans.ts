/** 申请端点自身错误的提示信息（简体中文）。 */
import type { HandlerMessages } from './handler.js';

const messages: HandlerMessages = {
  'method-not-allowed': '仅接受 POST 请求',
  'unsupported-media-type': '请将 Content-Type 设为 application/json',
  'payload-too-large': '请求正文过大',
  'invalid-json': '无法将请求正文读取为 UTF-8 编码的 JSON',
};

export default messages;
