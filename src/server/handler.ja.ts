/** 申請エンドポイント自身のエラーのメッセージ（日本語）。 */
import type { HandlerMessages } from './handler.js';

const messages: HandlerMessages = {
  'method-not-allowed': 'POST だけを受け付けます',
  'unsupported-media-type': 'Content-Type は application/json にしてください',
  'payload-too-large': '本文が大きすぎます',
  'invalid-json': '本文が UTF-8 の JSON として読めません',
};

export default messages;
