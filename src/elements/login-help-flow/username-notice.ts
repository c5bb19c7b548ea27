/**
 * The check of the username the user typed, by the site's rule, with a one-click half-width form
 * when there is one. Loaded by `<login-help-flow>` only when it is given a `username`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, sentences, str } from '../../localize/msg.js';
import {
  DEFAULT_USERNAME_RULE,
  diagnoseUsername,
  type UsernameDiagnosis,
  type UsernameFinding,
  type UsernameRule,
} from '../../username/diagnose.js';
import type { SiteProfile } from '../../flow/site-profile.js';

/** The site's username rule as the notices need it. */
export interface UsernameNoticeRule extends UsernameRule {
  caseSensitive: boolean;
  /** Whether the site has login-only usernames (the e-mail advice mentions them). */
  loginOnlyUsername: boolean;
}

function findingText(finding: UsernameFinding, diagnosis: UsernameDiagnosis, rule: UsernameNoticeRule): string {
  switch (finding) {
    case 'email':
      return rule.loginOnlyUsername
        ? msg(
            'This looks like an e-mail address. An e-mail address never works as a username: type the username you chose when you registered, or your login-only username if you set one.',
            { id: 'lhe.username.email' },
          )
        : msg(
            'This looks like an e-mail address. An e-mail address never works as a username: type the username you chose when you registered.',
            { id: 'lhe.username.emailNoLoginOnly' },
          );
    case 'full-width':
      return msg('It contains full-width characters. Usernames use half-width letters and digits only.', { id: 'lhe.username.fullWidth' });
    case 'spaces':
      return msg('It contains spaces. Usernames have none.', { id: 'lhe.username.spaces' });
    case 'other-characters':
      return rule.characters === 'alphanumeric-symbols'
        ? msg('It contains characters other than half-width letters, digits and symbols.', { id: 'lhe.username.otherCharactersSymbols' })
        : msg('It contains characters other than half-width letters and digits (a–z, A–Z, 0–9).', { id: 'lhe.username.otherCharacters' });
    case 'too-long': {
      const length = diagnosis.length;
      const max = rule.maxLength;
      return msg(str`It is ${length} characters long; a username has at most ${max}.`, { id: 'lhe.username.tooLong' });
    }
  }
}

/** "up to 20 half-width letters and digits", in the UI language. */
function ruleText(rule: UsernameNoticeRule): string {
  const max = rule.maxLength;
  if (rule.characters === 'any') return msg(str`up to ${max} characters`, { id: 'lhe.username.rule.any' });
  if (rule.characters === 'alphanumeric-symbols')
    return msg(str`up to ${max} half-width letters, digits and symbols`, { id: 'lhe.username.rule.symbols' });
  return msg(str`up to ${max} half-width letters and digits`, { id: 'lhe.username.rule.alphanumeric' });
}

/** The rule of the site `profile` describes (the default site's when none). */
export function noticeRule(profile: SiteProfile | undefined): UsernameNoticeRule {
  return profile
    ? { ...profile.username, loginOnlyUsername: profile.loginOnlyUsername }
    : { ...DEFAULT_USERNAME_RULE, caseSensitive: false, loginOnlyUsername: true };
}

/**
 * The check of `username` by the site's rule, with a one-click half-width form when there is one.
 * `taken`: the user has just taken that form; the check says so first and can take focus (the
 * button is gone, so `<login-help-flow>` moves focus here).
 */
export function usernameNotice(
  username: string,
  profile: SiteProfile | undefined,
  onUse: (username: string) => void,
  taken = false,
): TemplateResult | typeof nothing {
  const rule = noticeRule(profile);
  const diagnosis = diagnoseUsername(username, rule);
  if (!diagnosis.input) return nothing;
  const typed = diagnosis.input;
  if (!diagnosis.findings.length) {
    const rules = ruleText(rule);
    return html`<div class="notice diagnostics fine" part="diagnostics" tabindex=${ifDefined(taken ? -1 : undefined)}>
      ${taken ? html`<p class="notice-title">${msg(str`Username set to ${typed}.`, { id: 'lhe.username.used' })}</p>` : nothing}
      <p>
        ${sentences(
          msg(str`The username you typed, ${typed}, fits the rules: ${rules}.`, { id: 'lhe.username.fine' }),
          rule.caseSensitive
            ? msg('Upper and lower case count in a username: type it exactly as registered.', { id: 'lhe.username.caseSensitive' })
            : msg('Upper and lower case do not matter in a username.', { id: 'lhe.username.caseInsensitive' }),
        )}
      </p>
    </div>`;
  }
  const suggestion = diagnosis.suggestion;
  return html`<div class="notice diagnostics problem" part="diagnostics">
    <p class="notice-title">${msg(str`About the username you typed: ${typed}`, { id: 'lhe.username.title' })}</p>
    <ul>
      ${diagnosis.findings.map((finding) => html`<li>${findingText(finding, diagnosis, rule)}</li>`)}
    </ul>
    ${
      suggestion
        ? html`<p>
            ${msg('Half-width form:', { id: 'lhe.username.suggestionLabel' })} <code>${suggestion}</code>
            <button type="button" class="secondary" part="use-suggestion" @click=${() => onUse(suggestion)}>
              ${msg(str`Use ${suggestion}`, { id: 'lhe.username.use' })}
            </button>
          </p>`
        : nothing
    }
  </div>`;
}
