/**
 * The studio's graph: the steps laid out in layers (graph-layout.ts), each a button named by its
 * id and title that moves the editor and the guide to it, the edges an SVG beneath them with
 * arrowheads. Entry steps, end steps, unreachable steps and dead ends are marked in words as well
 * as in colour and border.
 */
import { html, svg, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { msg } from '../../localize/msg.js';
import type { FlowGraph, GraphNode } from './graph-model.js';
import { layeredLayout, type GraphLayout } from './graph-layout.js';

const SIZE = { nodeWidth: 168, nodeHeight: 64, gapX: 28, gapY: 44 };

/** The layout of `graph`, computed once per graph. */
const layouts = new WeakMap<FlowGraph, GraphLayout>();
function layoutOf(graph: FlowGraph): GraphLayout {
  let layout = layouts.get(graph);
  if (!layout) {
    layout = layeredLayout(
      graph.nodes.map((node) => node.id),
      graph.edges,
      graph.roots,
      SIZE,
    );
    layouts.set(graph, layout);
  }
  return layout;
}

export interface GraphViewContext {
  graph: FlowGraph;
  /** The step the guide shows. */
  current: string | undefined;
  onChoose: (node: GraphNode) => void;
}

function flags(node: GraphNode): string[] {
  const out: string[] = [];
  if (node.entry) out.push(msg('entry', { id: 'lhe.studio.graph.entry' }));
  if (node.end) out.push(msg('end', { id: 'lhe.studio.graph.end' }));
  if (node.unreachable) out.push(msg('unreachable', { id: 'lhe.studio.graph.unreachable' }));
  if (node.deadEnd) out.push(msg('dead end', { id: 'lhe.studio.graph.deadEnd' }));
  return out;
}

export function graphView({ graph, current, onChoose }: GraphViewContext): TemplateResult {
  if (graph.nodes.length === 0) return html`<p class="muted">${msg('No steps to draw yet.', { id: 'lhe.studio.graph.empty' })}</p>`;
  const layout = layoutOf(graph);
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const { nodeWidth: w, nodeHeight: h } = SIZE;
  return html`<p class="legend">
      ${msg(
        'Thick border: entry step (the start or a login error). Green left edge: end step. Dashed red: unreachable. Yellow: dead end.',
        {
          id: 'lhe.studio.graph.legend',
        },
      )}
    </p>
    <div
      class="graph"
      role="group"
      aria-label=${msg('Steps of the flow', { id: 'lhe.studio.graph.label' })}
      style=${styleMap({ width: `${layout.width}px`, height: `${layout.height}px` })}
    >
      <svg aria-hidden="true" width=${layout.width} height=${layout.height}>
        <defs>
          <marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" fill="currentColor"></path>
          </marker>
        </defs>
        ${layout.edges.map(
          (edge) =>
            svg`<path d=${edge.d} fill="none" stroke="currentColor" stroke-width="1.5" stroke-dasharray=${edge.back ? '5 4' : 'none'} marker-end="url(#arrow)"></path>`,
        )}
      </svg>
      ${layout.nodes.map((placed) => {
        const node = byId.get(placed.id)!;
        const classes = ['node', node.entry && 'entry', node.end && 'end', node.unreachable && 'unreachable', node.deadEnd && 'dead-end']
          .filter(Boolean)
          .join(' ');
        const words = flags(node);
        return html`<button
          type="button"
          class="${classes}${node.id === current ? ' current' : ''}"
          part="node"
          data-step=${node.id}
          aria-current=${node.id === current ? 'step' : 'false'}
          style=${styleMap({ left: `${placed.x}px`, top: `${placed.y}px`, width: `${w}px`, height: `${h}px` })}
          @click=${() => onChoose(node)}
        >
          <span class="node-id">${node.id}</span>
          <span class="node-title">${node.title}</span>
          ${words.length ? html`<span class="flag">${words.join(' · ')}</span>` : null}
        </button>`;
      })}
    </div>`;
}
