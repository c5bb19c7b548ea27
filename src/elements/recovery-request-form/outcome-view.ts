/**
 * What the form shows after the user acts: the text to paste into the site's contact form (with
 * a copy button and a mailto link), the confirmation with the site's reference, or why sending
 * failed and what happens to what was typed.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../localize/msg.js';
import type { SendFailure } from './send-request.js';
import { flowLink } from '../shared/flow-link.js';

export interface PasteTextState {
  text: string;
  inquiryType: string;
  /** What the inquiry type means in the reader's language, when the form's label is in another. */
  inquiryTypeMeaning: string | undefined;
  subject: string;
  subjectMeaning: string | undefined;
  /** The site's form has no fixed subject for this request: `subject` is an example. */
  subjectSuggested: boolean;
  mailto: string | undefined;
  contactUrl: string | undefined;
  baseUrl: string | undefined;
  copied: 'no' | 'yes' | 'failed';
  onCopy: () => void;
}

/** The request as text for the site's own contact form, with the steps to send it. */
export function pasteTextView(state: PasteTextState): TemplateResult {
  const { inquiryType, inquiryTypeMeaning, subject, subjectMeaning } = state;
  return html`<section class="notice outcome" part="paste-text" aria-labelledby="paste-title">
    <h3 id="paste-title" tabindex="-1">${msg('Your request is ready to send', { id: 'lhe.form.paste.title' })}</h3>
    <ol>
      <li>
        ${msg("Open the site's contact form.", { id: 'lhe.form.paste.open' })}
        ${state.contactUrl ? flowLink(state.contactUrl, msg('Contact form', { id: 'lhe.form.paste.contactLink' }), state.baseUrl) : nothing}
      </li>
      <li>
        ${
          inquiryTypeMeaning
            ? msg(str`Inquiry type: choose “${inquiryType}” (${inquiryTypeMeaning}).`, { id: 'lhe.form.paste.inquiryMeaning' })
            : msg(str`Inquiry type: choose “${inquiryType}”.`, { id: 'lhe.form.paste.inquiry' })
        }
      </li>
      <li>
        ${
          state.subjectSuggested
            ? msg(str`Subject: a short one that says what it is about, such as “${subject}”.`, { id: 'lhe.form.paste.subjectSuggested' })
            : subjectMeaning
              ? msg(str`Subject: write “${subject}” (${subjectMeaning}).`, { id: 'lhe.form.paste.subjectMeaning' })
              : msg(str`Subject: write “${subject}”.`, { id: 'lhe.form.paste.subject' })
        }
      </li>
      <li>${msg('Message: paste the text below.', { id: 'lhe.form.paste.body' })}</li>
    </ol>
    <label for="paste-text">${msg('Text of the request', { id: 'lhe.form.paste.label' })}</label>
    <textarea id="paste-text" part="text" readonly rows="12" .value=${state.text}></textarea>
    <div class="actions">
      <button type="button" class="primary" part="copy" @click=${state.onCopy}>
        ${msg('Copy the text', { id: 'lhe.form.paste.copy' })}
      </button>
      ${
        state.mailto
          ? html`<a class="secondary button-link" part="mailto" href=${state.mailto}
              >${msg('Open it in your e-mail app', { id: 'lhe.form.paste.mailto' })}</a
            >`
          : nothing
      }
    </div>
    <p role="status" class="hint">
      ${
        state.copied === 'yes'
          ? msg('Copied. Paste it into the message of the contact form.', { id: 'lhe.form.paste.copied' })
          : state.copied === 'failed'
            ? msg('Copying is not allowed here: the text is selected, press Ctrl+C (⌘C on a Mac) to copy it.', {
                id: 'lhe.form.paste.copyFailed',
              })
            : ''
      }
    </p>
  </section>`;
}

/** The confirmation after the site accepted the request. */
export function sentView(reference: string, email: string): TemplateResult {
  return html`<section class="notice outcome sent" part="sent" aria-labelledby="sent-title">
    <h3 id="sent-title" tabindex="-1">${msg('Your request has been sent', { id: 'lhe.form.sent.title' })}</h3>
    <p>${msg(str`Reference number: ${reference}. Keep it: support may ask for it.`, { id: 'lhe.form.sent.reference' })}</p>
    <p>
      ${msg(str`Support will reply by e-mail to ${email}. It can take some time; please do not send the same request again meanwhile.`, { id: 'lhe.form.sent.reply' })}
    </p>
  </section>`;
}

function failureText(result: SendFailure): string {
  switch (result.reason) {
    case 'offline':
      return msg('This device seems to be offline. Nothing was sent. Connect to the internet, then press Try again.', {
        id: 'lhe.form.fail.offline',
      });
    case 'timeout':
      return msg('The site did not answer in time. Press Try again: the request will not be sent twice.', { id: 'lhe.form.fail.timeout' });
    case 'network':
      return msg('The request could not reach the site. Check the connection, then press Try again: it will not be sent twice.', {
        id: 'lhe.form.fail.network',
      });
    case 'server': {
      const status = result.status;
      return msg(
        str`The site could not take the request just now (error ${status}). Press Try again in a moment: it will not be sent twice.`,
        { id: 'lhe.form.fail.server' },
      );
    }
    case 'rate-limited': {
      const seconds = result.retryAfterSeconds;
      return seconds !== undefined
        ? msg(str`The site is receiving too many requests. Try again in ${seconds} seconds.`, { id: 'lhe.form.fail.rateLimitedFor' })
        : msg('The site is receiving too many requests. Try again in a few minutes.', { id: 'lhe.form.fail.rateLimited' });
    }
    case 'rejected': {
      const status = result.status;
      return msg(str`The site refused the request (error ${status}). Send it through the site's contact form instead: the text is below.`, {
        id: 'lhe.form.fail.rejected',
      });
    }
    case 'invalid':
      return msg('The site found answers to fix: see the messages at the fields.', { id: 'lhe.form.fail.invalid' });
  }
}

/** Why sending failed, that nothing typed is lost, and the retry button when a retry can help. */
export function failureView(result: SendFailure, waitSeconds: number, onRetry: () => void): TemplateResult {
  const retry = result.reason !== 'rejected' && result.reason !== 'invalid';
  return html`<div class="notice failure" part="failure" role="alert">
    <p>${failureText(result)}</p>
    ${result.reason !== 'invalid' ? html`<p>${msg('Everything you typed is still here.', { id: 'lhe.form.fail.kept' })}</p>` : nothing}
    ${
      retry
        ? html`<button type="button" class="primary" part="retry" ?disabled=${waitSeconds > 0} @click=${onRetry}>
            ${waitSeconds > 0 ? msg(str`Try again (${waitSeconds} s)`, { id: 'lhe.form.retryIn' }) : msg('Try again', { id: 'lhe.form.retry' })}
          </button>`
        : nothing
    }
  </div>`;
}
