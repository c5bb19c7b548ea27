/** 申請エンドポイントの言葉（日本語）。 */
import type { HandlerMessages } from './handler-messages.js';

const messages: HandlerMessages = {
  titles: {
    'method-not-allowed': 'このメソッドは使えません',
    'unsupported-media-type': '対応していない Content-Type です',
    'payload-too-large': '本文が大きすぎます',
    'invalid-json': '本文が JSON ではありません',
    'invalid-request': '申請の内容に問題があります',
    'idempotency-key-missing': 'Idempotency-Key がありません',
    'idempotency-key-invalid': 'Idempotency-Key の形式が正しくありません',
    'idempotency-key-mismatch': 'Idempotency-Key が一致しません',
    'idempotency-key-reused': 'Idempotency-Key が別の内容の申請で使われています',
    'request-in-progress': '同じ申請を処理しています',
    'too-many-requests': '申請が多すぎます',
    internal: '申請を処理できませんでした',
  },
  'method-not-allowed': 'POST だけを受け付けます',
  'unsupported-media-type': 'Content-Type は application/json にしてください',
  'payload-too-large': '本文が大きすぎます',
  'invalid-json': '本文が UTF-8 の JSON として読めません',
  'invalid-request': '直していただきたい回答があります。エラーの一覧をご覧ください。',
  'idempotency-key-invalid': 'Idempotency-Key は半角の記号・英数字 8～200 文字（UUID など）にしてください',
  'idempotency-key-reused': 'この Idempotency-Key は、別の内容の申請ですでに使われています。新しい申請は新しいキーで送ってください。',
  'request-in-progress': 'この Idempotency-Key の申請をまだ処理しています。少し待ってから同じキーでもう一度お試しください。',
  'too-many-requests': '短い時間に申請が多すぎます。しばらく待ってから、もう一度お試しください。',
  internal: '申請を処理できませんでした。時間をおいて、同じ Idempotency-Key でもう一度お試しください。',
};

export default messages;
