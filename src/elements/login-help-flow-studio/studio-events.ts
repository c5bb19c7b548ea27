/**
 * The events `<login-help-flow-studio>` fires (made with `libraryEvent`, like every event of the
 * library: they bubble and are composed).
 */

/** Detail of `login-help-flow-changed`: the user changed the text. */
export interface LoginHelpFlowChangedDetail {
  /** The text now. */
  text: string;
  /** Whether it was a valid flow definition when last read (before this change: the check runs a moment later). */
  valid: boolean;
}

/** Detail of `login-help-flow-saved`: the file was written. */
export interface LoginHelpFlowSavedDetail {
  /** The file's version now (what the next save is based on). */
  version: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'login-help-flow-changed': CustomEvent<LoginHelpFlowChangedDetail>;
    'login-help-flow-saved': CustomEvent<LoginHelpFlowSavedDetail>;
  }
}
