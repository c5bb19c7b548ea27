/**
 * The studio's side panel: three tabs, the live guide, the graph and the lists. The graph and the
 * lists are rendered only while their tab is shown; the guide stays (hidden) so that it keeps its place. The tabs follow the ARIA
 * tabs pattern: arrow keys, Home and End move between them.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '../../localize/msg.js';
import { tabKeyTarget } from '../shared/tab-keys.js';

export type SideTab = 'guide' | 'graph' | 'lists';
const TABS: readonly SideTab[] = ['guide', 'graph', 'lists'];

export interface SidePanelContext {
  tab: SideTab;
  guide: () => TemplateResult;
  graph: () => TemplateResult;
  lists: () => TemplateResult;
  onTab: (tab: SideTab, focus: boolean) => void;
}

export function sidePanel({ tab, guide, graph, lists, onTab }: SidePanelContext): TemplateResult {
  const names: Record<SideTab, string> = {
    guide: msg('Guide', { id: 'lhe.studio.tab.guide' }),
    graph: msg('Graph', { id: 'lhe.studio.tab.graph' }),
    lists: msg('Lists', { id: 'lhe.studio.tab.lists' }),
  };
  const keydown = (event: KeyboardEvent) => {
    const to = tabKeyTarget(event.key, TABS.indexOf(tab), TABS.length);
    if (to < 0) return;
    event.preventDefault();
    onTab(TABS[to]!, true);
  };
  return html`<div class="side">
    <div class="tabs" part="tabs" role="tablist" @keydown=${keydown}>
      ${TABS.map(
        (name) =>
          html`<button
            type="button"
            role="tab"
            id="tab-${name}"
            aria-controls="panel-${name}"
            aria-selected=${name === tab ? 'true' : 'false'}
            tabindex=${name === tab ? '0' : '-1'}
            @click=${() => onTab(name, false)}
          >
            ${names[name]}
          </button>`,
      )}
    </div>
    <div role="tabpanel" id="panel-guide" part="guide" aria-labelledby="tab-guide" tabindex="0" ?hidden=${tab !== 'guide'}>${guide()}</div>
    <div role="tabpanel" id="panel-graph" part="graph" aria-labelledby="tab-graph" tabindex="0" ?hidden=${tab !== 'graph'}>
      ${tab === 'graph' ? graph() : null}
    </div>
    <div role="tabpanel" id="panel-lists" part="lists" aria-labelledby="tab-lists" tabindex="0" ?hidden=${tab !== 'lists'}>
      ${tab === 'lists' ? lists() : null}
    </div>
  </div>`;
}
