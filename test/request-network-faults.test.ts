import { fixture, html, expect, oneEvent } from '@open-wc/testing';
import '../src/define/recovery-request-form.js';
import type { RecoveryRequestForm } from '../src/elements/recovery-request-form/recovery-request-form.js';
import type { RecoveryRequestFailedDetail } from '../src/elements/shared/events.js';
import { $, fillFields, text } from './support/dom.js';

/**
 * <recovery-request-form> against a local endpoint that drops, stalls, throttles, fails, answers
 * garbage, or succeeds after two failures: nothing typed is lost, one request per user action,
 * one Idempotency-Key across retries, and a clear message for each.
 */
type El = RecoveryRequestForm;
const answers = {
  name: 'Taro',
  email: 'taro@example.com',
  whatHappened: 'Locked out since this morning.',
  other: 'ｔａｒｏ１２３ かもしれません',
};
const log = async () =>
  (await (await fetch('/test-api/requests/log?bucket=faults')).json()) as {
    log: { path: string; key: string; status: number }[];
    accepted: number;
  };

async function formAt(variant: string, timeout = 3000): Promise<El> {
  const action = `${variant}?bucket=faults`;
  sessionStorage.clear();
  const el = await fixture<El>(
    html`<recovery-request-form lang="en" template="contact" action=${action} timeout=${timeout}></recovery-request-form>`,
  );
  await el.updateComplete;
  await fillFields(el, answers);
  return el;
}

async function failOnce(el: El, act: () => void): Promise<RecoveryRequestFailedDetail> {
  setTimeout(act);
  const { detail } = await oneEvent<CustomEvent<RecoveryRequestFailedDetail>>(el, 'recovery-request-failed');
  await el.updateComplete;
  return detail;
}

function expectNothingLost(el: El): void {
  for (const [id, value] of Object.entries(answers)) expect($<HTMLInputElement>(el, `#field-${id}`)!.value, id).to.equal(value);
  expect(text($(el, '[part=failure]'))).to.contain('Everything you typed is still here.');
}

const submit = (el: El) => () => $<HTMLButtonElement>(el, '[part=submit]')!.click();
const retry = (el: El) => () => $<HTMLButtonElement>(el, '[part=retry]')!.click();

beforeEach(async () => {
  localStorage.clear();
  await fetch('/test-api/requests/reset?bucket=faults', { method: 'POST' });
});

describe('<recovery-request-form> on a hostile network', () => {
  it('a dropped connection: "could not reach the site", values kept, the retry reuses the key', async () => {
    const el = await formAt('/test-api/requests/drop');
    const detail = await failOnce(el, submit(el));
    expect(detail.reason).to.equal('network');
    expect(text($(el, '[part=failure]'))).to.contain('could not reach the site');
    expectNothingLost(el);
    const again = await failOnce(el, retry(el));
    expect(again.payload.idempotencyKey).to.equal(detail.payload.idempotencyKey);
    // Chromium itself retries a request whose connection was reset, so more than two reached the
    // server: every one of them carries the same key, which is what makes that safe.
    const { log: entries } = await log();
    expect(entries.length).to.be.at.least(2);
    expect(new Set(entries.map((e) => e.key))).to.deep.equal(new Set([detail.payload.idempotencyKey]));
  });

  it('a stalled answer: a timeout message after the time limit, values kept', async () => {
    const el = await formAt('/test-api/requests/stall', 400);
    const detail = await failOnce(el, submit(el));
    expect(detail.reason).to.equal('timeout');
    expect(text($(el, '[part=failure]'))).to.contain('did not answer in time');
    expectNothingLost(el);
    expect((await log()).log).to.have.length(1);
  });

  it('429 with Retry-After: says when to try again and holds the retry button until then', async () => {
    const el = await formAt('/test-api/requests/rate');
    const detail = await failOnce(el, submit(el));
    expect(detail).to.include({ reason: 'rate-limited', status: 429 });
    expect(text($(el, '[part=failure]'))).to.contain('Try again in 2 seconds.');
    const button = $<HTMLButtonElement>(el, '[part=retry]')!;
    expect(button.disabled).to.equal(true);
    expect(text(button)).to.match(/Try again \([12] s\)/);
    expectNothingLost(el);
  });

  it('malformed JSON in a success answer: treated as a failure to retry, never as sent', async () => {
    const el = await formAt('/test-api/requests/malformed');
    const detail = await failOnce(el, submit(el));
    expect(detail.reason).to.equal('server');
    expect($(el, '[part=sent]')).to.equal(null);
    expectNothingLost(el);
  });

  it('succeeds after two failures: three requests, one key, one accepted, one confirmation', async () => {
    const el = await formAt('/test-api/requests/fail-twice');
    const first = await failOnce(el, submit(el));
    expect(first).to.include({ reason: 'server', status: 500 });
    const second = await failOnce(el, retry(el));
    expect(second.payload.idempotencyKey).to.equal(first.payload.idempotencyKey);
    setTimeout(retry(el));
    await oneEvent(el, 'recovery-request-sent');
    const { log: entries, accepted } = await log();
    expect(entries.map((e) => e.status)).to.deep.equal([500, 500, 201]);
    expect(new Set(entries.map((e) => e.key)).size).to.equal(1);
    expect(accepted).to.equal(1);
  });

  it('one request per user action: clicking retry twice quickly sends once', async () => {
    const el = await formAt('/test-api/requests/fail-first');
    await failOnce(el, submit(el));
    const button = $<HTMLButtonElement>(el, '[part=retry]')!;
    setTimeout(() => {
      button.click();
      button.click();
    });
    await oneEvent(el, 'recovery-request-sent');
    expect((await log()).log.map((e) => e.status)).to.deep.equal([500, 201]);
  });
});
