/**
 * The studio's list of problems beside the editor: each one a button that moves the editor to it,
 * and, where `parseFlow` suggests a fix, a button that applies it.
 */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '../../localize/msg.js';
import type { FlowProblemFix } from '../../flow/parse.js';
import type { LocatedProblem } from './flow-analysis.js';

export interface ProblemsViewContext {
  /** The problems as last read; undefined before the first reading. */
  problems: readonly LocatedProblem[] | undefined;
  onGo: (problem: LocatedProblem) => void;
  onFix: (problem: LocatedProblem, fix: FlowProblemFix) => void;
}

/** The name of a fix's action, in the current language. */
export const fixLabel = (fix: FlowProblemFix): string => msg(str`Replace with "${fix.with}"`, { id: 'lhe.studio.fix' });

export function problemsView({ problems, onGo, onFix }: ProblemsViewContext): TemplateResult {
  const count = problems?.length ?? 0;
  return html`<section class="problems" part="problems" aria-labelledby="problems-title">
    <h2 id="problems-title">${msg(str`Problems (${count})`, { id: 'lhe.studio.problems' })}</h2>
    ${
      !problems
        ? html`<p class="muted">${msg('Checking…', { id: 'lhe.studio.checking' })}</p>`
        : count === 0
          ? html`<p class="muted">${msg('No problems: the flow is valid.', { id: 'lhe.studio.noProblems' })}</p>`
          : html`<ul>
              ${problems.map(
                (problem) =>
                  html`<li>
                    <button type="button" class="problem" part="problem" @click=${() => onGo(problem)}>
                      <code>${problem.path || '(root)'}</code>${problem.message}
                    </button>
                    ${
                      problem.fix
                        ? html`<button type="button" class="secondary fix" part="fix" @click=${() => onFix(problem, problem.fix!)}>
                            ${fixLabel(problem.fix)}
                          </button>`
                        : null
                    }
                  </li>`,
              )}
            </ul>`
    }
  </section>`;
}
