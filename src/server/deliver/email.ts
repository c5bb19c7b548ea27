/**
 * Delivery by e-mail to the support mailbox, through the nodemailer transport the site already
 * has (SMTP, SES, sendmail…). nodemailer is only a type here: the site passes its transport.
 */
import type { SendMailOptions } from 'nodemailer';

import type { RequestPayload } from '../../request/validate.js';
import {
  DeliveryError,
  deliveryTemplates,
  deliveryText,
  idempotencyKeyOf,
  oneLine,
  timeoutOf,
  type DeliveryContext,
  type DeliveryHandler,
  type DeliveryOptions,
} from './common.js';
import { messageIdPartForKey, referenceForKey } from './reference.js';

/** What the delivery needs of a transport: nodemailer's `Transporter` (`createTransport(…)`) has it. */
export interface MailTransport {
  sendMail(message: SendMailOptions): Promise<unknown>;
}

export interface EmailDeliveryOptions extends DeliveryOptions {
  /** The nodemailer transport to send with: `nodemailer.createTransport({ host, port, auth })`. */
  transport: MailTransport;
  /** The support mailbox: `'support@example.com'`, `'Support <support@example.com>'` or an address object. */
  to: NonNullable<SendMailOptions['to']>;
  /** The site's sending address (the person's address goes in Reply-To, never in From). */
  from: NonNullable<SendMailOptions['from']>;
  /**
   * The subject line; default `[reference] subject of the request` (`[7KQ2M-XW4D9] ログインできない問題についてのお問い合わせ`).
   * Line breaks are made spaces.
   */
  subject?: (payload: RequestPayload, reference: string) => string;
  /**
   * The reference the person quotes to support; default: made from the idempotency key (ten
   * characters, `7KQ2M-XW4D9`), so that a retry of one request always gets the same one.
   */
  reference?: (payload: RequestPayload, context: DeliveryContext) => string | Promise<string>;
  /** The domain of the Message-ID (`<…@domain>`); default: the domain of `from`. */
  messageIdDomain?: string;
}

const DOMAIN = /^[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$/;

/** The domain of an address given as nodemailer takes it (`a@b.example`, `Name <a@b.example>`, `{ address }`). */
function domainOf(from: EmailDeliveryOptions['from']): string | undefined {
  const first: unknown = Array.isArray(from) ? from[0] : from;
  const address =
    typeof first === 'string'
      ? (/<([^<>]*)>\s*$/.exec(first)?.[1] ?? first)
      : typeof first === 'object' && first !== null && typeof (first as { address?: unknown }).address === 'string'
        ? (first as { address: string }).address
        : undefined;
  const domain = address?.trim().split('@').pop();
  return domain && address?.includes('@') && DOMAIN.test(domain) ? domain : undefined;
}

/**
 * An `onRequest` that mails each request to the support mailbox: To `to`, From `from`,
 * Reply-To the person (name and address), the subject with the reference in it, and as text the
 * request's plain-text body in its language (`requestBody`: what the person would have pasted
 * into the contact form), UTF-8. The idempotency key goes along as a Message-ID made from it and
 * as `X-Idempotency-Key`, so a mail system can drop a second copy. Resolves `{ reference }`; a
 * transport that fails throws a `DeliveryError` (status: the SMTP reply code, when there is one).
 */
export function emailDelivery(options: EmailDeliveryOptions): DeliveryHandler {
  const { transport, to, from } = options;
  if (!transport || typeof transport.sendMail !== 'function')
    throw new TypeError('email: `transport` must be a nodemailer transport (with sendMail)');
  if (!to || (Array.isArray(to) && to.length === 0)) throw new TypeError('email: `to` (the support mailbox) is required');
  if (!from) throw new TypeError('email: `from` (the site address) is required');
  const domain = options.messageIdDomain ?? domainOf(from);
  if (domain === undefined || !DOMAIN.test(domain))
    throw new TypeError('email: `from` has no domain for the Message-ID; pass `messageIdDomain`');
  const templates = deliveryTemplates(options);
  const timeoutMs = timeoutOf('email', options.timeoutMs);

  return async (payload, context = {}) => {
    const key = idempotencyKeyOf(payload, context);
    const reference = options.reference ? await options.reference(payload, context) : await referenceForKey(key);
    if (typeof reference !== 'string' || reference.trim() === '') throw new TypeError('email: `reference` gave no reference');
    const subject = options.subject ? options.subject(payload, reference) : `[${reference}] ${payload.subject}`;
    const message: SendMailOptions = {
      to,
      from,
      replyTo: { name: oneLine(payload.name), address: payload.email.trim() },
      subject: oneLine(subject),
      text: deliveryText(payload, templates, context),
      messageId: `<${await messageIdPartForKey(key)}@${domain}>`,
      headers: { 'X-Idempotency-Key': oneLine(key) },
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      await Promise.race([
        transport.sendMail(message),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new DeliveryError('email', `the transport took longer than ${timeoutMs} ms`)), timeoutMs);
        }),
      ]);
    } catch (error) {
      if (error instanceof DeliveryError) throw error;
      const code = (error as { responseCode?: unknown } | null)?.responseCode;
      throw new DeliveryError('email', 'the transport did not take the message', typeof code === 'number' ? code : undefined, {
        cause: error,
      });
    } finally {
      clearTimeout(timer);
    }
    return { reference };
  };
}
