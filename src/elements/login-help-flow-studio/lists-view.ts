/**
 * The studio's lists (issue 17): every path from the start to an end with its outcome, the texts
 * missing in a declared language, and the steps nothing reaches (src/studio/flow-report.ts). Each
 * step id is a button that moves the editor and the guide to that step, as a node of the graph does.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '../../localize/msg.js';
import type { FlowRule } from '../../flow/problems.js';
import type { FlowDefinition } from '../../flow/schema.js';
import type { FlowAnalysis } from './flow-analysis.js';
import { flowPaths, missingTexts, unreachedSteps, type FlowPaths, type MissingText } from '../../studio/flow-report.js';

/** The most paths listed. */
const LIMIT = 50;

export interface FlowLists {
  paths: FlowPaths;
  missing: MissingText[];
  unreached: string[];
}

/** The three reports on `flow`, or undefined when it cannot be walked. */
export function flowLists(flow: FlowDefinition): FlowLists | undefined {
  try {
    return { paths: flowPaths(flow, { limit: LIMIT }), missing: missingTexts(flow), unreached: unreachedSteps(flow) };
  } catch {
    return undefined;
  }
}

/** The problems that leave a flow whole enough for the lists (they are what the lists show). */
const WALKABLE: ReadonlySet<FlowRule> = new Set<FlowRule>([
  'missing-translation',
  'unreachable-step',
  'dead-end',
  'duplicate-id',
  'unknown-step',
]);

/**
 * The lists of the text read when it is a flow that can be walked: valid, or with only the problems
 * the lists are about (a missing text, an unreached step: `parseFlow` rejects the flow for them);
 * else of `lastValid`, the last valid flow.
 */
export function listsOf(analysis: FlowAnalysis | undefined, lastValid: FlowDefinition | undefined): FlowLists | undefined {
  const walkable =
    analysis && !analysis.flow && analysis.problems.length > 0 && analysis.problems.every((problem) => WALKABLE.has(problem.rule));
  return (walkable && flowLists(analysis.value as FlowDefinition)) || (lastValid && flowLists(lastValid));
}

export interface ListsViewContext {
  lists: FlowLists | undefined;
  onChoose: (id: string) => void;
}

export function listsView({ lists, onChoose }: ListsViewContext): TemplateResult {
  if (!lists) return html`<p class="muted">${msg('No valid flow to list yet.', { id: 'lhe.studio.lists.none' })}</p>`;
  const step = (id: string) => html`<button type="button" class="step-link" data-step=${id} @click=${() => onChoose(id)}>${id}</button>`;
  const empty = (text: string) => html`<p class="muted">${text}</p>`;
  const { paths, missing, unreached } = lists;
  return html`<section class="lists" aria-labelledby="lists-paths">
      <h3 id="lists-paths">${msg('Paths from the start to an end', { id: 'lhe.studio.lists.paths' })}</h3>
      ${
        paths.paths.length
          ? html`<ol class="paths">
              ${paths.paths.map(
                (path) =>
                  html`<li>
                    ${path.steps.map((id, i) => html`${i ? ' → ' : ''}${step(id)}`)}:
                    <strong class="outcome">${path.outcome}</strong>
                  </li>`,
              )}
            </ol>`
          : empty(msg('No path reaches an end.', { id: 'lhe.studio.lists.noPaths' }))
      }
      ${paths.truncated ? html`<p class="muted truncated">${msg('Only the first paths are listed.', { id: 'lhe.studio.lists.truncated' })}</p>` : null}
    </section>
    <section class="lists" aria-labelledby="lists-missing">
      <h3 id="lists-missing">${msg('Texts missing in a declared language', { id: 'lhe.studio.lists.missing' })}</h3>
      ${
        missing.length
          ? html`<ul class="missing">
              ${missing.map((item) => html`<li><code>${item.path}</code> ${item.step === undefined ? null : step(item.step)} <code>${item.lang}</code></li>`)}
            </ul>`
          : empty(msg('No text is missing.', { id: 'lhe.studio.lists.noMissing' }))
      }
    </section>
    <section class="lists" aria-labelledby="lists-unreached">
      <h3 id="lists-unreached">${msg('Steps that nothing reaches', { id: 'lhe.studio.lists.unreached' })}</h3>
      ${
        unreached.length
          ? html`<ul class="unreached">
              ${unreached.map((id) => html`<li>${step(id)}</li>`)}
            </ul>`
          : empty(msg('Every step is reached.', { id: 'lhe.studio.lists.noUnreached' }))
      }
    </section>`;
}
