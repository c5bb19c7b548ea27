/**
 * The check of the username the user typed, as a Lit reactive controller: its view
 * (username-notice.ts) loads once a username is given; taking the suggested half-width form sets
 * the host's `username`, fires `login-help-username-fixed`, and moves focus to the check (the
 * button is gone; the check now says the username fits, which is the announcement).
 */
import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { SiteProfile } from '../../flow/site-profile.js';
import { fireRenamed } from '../shared/events.js';

type UsernameView = typeof import('./username-notice.js');

let viewModule: Promise<UsernameView> | undefined;

export interface UsernameCheckHost extends ReactiveControllerHost, HTMLElement {
  username?: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export class UsernameCheck implements ReactiveController {
  private _view?: UsernameView;
  /** The username the user took from the suggestion (the check says so while it is the username). */
  private _taken?: string;
  private _focusPending = false;

  constructor(private readonly _host: UsernameCheckHost) {
    _host.addController(this);
  }

  /** Whether the check's view has loaded. */
  get loaded(): boolean {
    return this._view !== undefined;
  }

  hostUpdate(): void {
    if (!this._host.username || this._view) return;
    viewModule ??= import('./username-notice.js');
    void viewModule.then((view) => {
      this._view = view;
      this._host.requestUpdate();
    });
  }

  hostUpdated(): void {
    if (!this._focusPending) return;
    this._focusPending = false;
    this._host.renderRoot.querySelector<HTMLElement>('[part~=diagnostics][tabindex]')?.focus();
  }

  /** The check of the username by the site's rule (nothing until its view has loaded). */
  render(profile: SiteProfile | undefined): unknown {
    const username = this._host.username;
    if (!this._view || !username) return nothing;
    return this._view.usernameNotice(username, profile, (name) => this._use(name), username === this._taken);
  }

  private _use(username: string): void {
    const original = this._host.username ?? '';
    this._host.username = username;
    this._taken = username;
    this._focusPending = true;
    fireRenamed(this._host, { old: 'login-help-username-fix', now: 'login-help-username-fixed' }, { original, username });
  }
}
