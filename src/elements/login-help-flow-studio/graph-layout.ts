/**
 * A layered drawing of a directed graph, top to bottom (the Sugiyama scheme, kept small): cycles
 * broken by a depth-first walk from the roots, layers by longest path, order within a layer by a
 * few sweeps of barycentres, then coordinates and edge paths. Pure: numbers in, numbers out.
 */

export interface LayoutOptions {
  nodeWidth: number;
  nodeHeight: number;
  /** Space between two nodes of a layer, and between two layers. */
  gapX: number;
  gapY: number;
}

export interface PlacedNode {
  id: string;
  x: number;
  y: number;
  layer: number;
}

export interface PlacedEdge {
  from: string;
  to: string;
  /** An SVG path (`d`) from the source's bottom to the target's top. */
  d: string;
  /** The edge goes back up (it closes a cycle, or stays in its layer). */
  back: boolean;
}

export interface GraphLayout {
  /** Nodes in reading order: layer by layer, left to right. */
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  width: number;
  height: number;
}

const SWEEPS = 4;

/** Lays out `ids` with `edges` (between known ids), walks starting at `roots` (then at any id not reached). */
export function layeredLayout(
  ids: readonly string[],
  edges: readonly { from: string; to: string }[],
  roots: readonly string[],
  options: LayoutOptions,
): GraphLayout {
  const out = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const { from, to } of edges) out.get(from)?.push(to);

  // Depth-first order and back edges (to a step still on the walk's stack).
  const state = new Map<string, 1 | 2>();
  const order: string[] = [];
  const back = new Set<string>();
  const key = (from: string, to: string) => `${from}\u0000${to}`;
  const visit = (start: string) => {
    const stack: [string, number][] = [[start, 0]];
    state.set(start, 1);
    order.push(start);
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const [id, next] = top;
      const targets = out.get(id)!;
      if (next >= targets.length) {
        state.set(id, 2);
        stack.pop();
        continue;
      }
      top[1]++;
      const to = targets[next]!;
      const seen = state.get(to);
      if (seen === 1) back.add(key(id, to));
      else if (seen === undefined) {
        state.set(to, 1);
        order.push(to);
        stack.push([to, 0]);
      }
    }
  };
  for (const id of [...roots, ...ids]) if (out.has(id) && !state.has(id)) visit(id);

  // Longest-path layers over the forward edges, in topological order (Kahn).
  const forward = edges.filter(({ from, to }) => out.has(from) && out.has(to) && !back.has(key(from, to)) && from !== to);
  const indegree = new Map<string, number>(ids.map((id) => [id, 0]));
  const successors = new Map<string, string[]>(ids.map((id) => [id, []]));
  const predecessors = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const { from, to } of forward) {
    indegree.set(to, indegree.get(to)! + 1);
    successors.get(from)!.push(to);
    predecessors.get(to)!.push(from);
  }
  const layer = new Map<string, number>(ids.map((id) => [id, 0]));
  const queue = order.filter((id) => indegree.get(id) === 0);
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i]!;
    for (const to of successors.get(id)!) {
      layer.set(to, Math.max(layer.get(to)!, layer.get(id)! + 1));
      const left = indegree.get(to)! - 1;
      indegree.set(to, left);
      if (left === 0) queue.push(to);
    }
  }

  // Order within layers: first the walk's order, then barycentre sweeps down and up.
  const layers: string[][] = [];
  for (const id of order) (layers[layer.get(id)!] ??= []).push(id);
  const position = new Map<string, number>();
  const number = () => layers.forEach((row) => row.forEach((id, i) => position.set(id, i)));
  number();
  const sortBy = (row: string[], neighbours: Map<string, string[]>) => {
    const weight = new Map(
      row.map((id, i) => {
        const near = neighbours.get(id)!.map((other) => position.get(other)!);
        return [id, near.length ? near.reduce((a, b) => a + b, 0) / near.length : i];
      }),
    );
    row.sort((a, b) => weight.get(a)! - weight.get(b)!);
    row.forEach((id, i) => position.set(id, i));
  };
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    for (let l = 1; l < layers.length; l++) sortBy(layers[l] ?? [], predecessors);
    for (let l = layers.length - 2; l >= 0; l--) sortBy(layers[l] ?? [], successors);
  }

  // Coordinates: each layer centred on the widest.
  const { nodeWidth: w, nodeHeight: h, gapX, gapY } = options;
  const widest = Math.max(0, ...layers.map((row) => row?.length ?? 0));
  const width = Math.max(w, widest * (w + gapX) - gapX) + 2 * gapX;
  const placed = new Map<string, PlacedNode>();
  const nodes: PlacedNode[] = [];
  layers.forEach((row, l) => {
    const rowWidth = row.length * (w + gapX) - gapX;
    const left = (width - rowWidth) / 2;
    row.forEach((id, i) => {
      const node = { id, x: left + i * (w + gapX), y: gapY / 2 + l * (h + gapY), layer: l };
      placed.set(id, node);
      nodes.push(node);
    });
  });
  const height = layers.length * (h + gapY);

  const placedEdges: PlacedEdge[] = [];
  for (const { from, to } of edges) {
    const a = placed.get(from);
    const b = placed.get(to);
    if (!a || !b) continue;
    const isBack = b.layer <= a.layer;
    let d: string;
    if (!isBack) {
      const [x1, y1, x2, y2] = [a.x + w / 2, a.y + h, b.x + w / 2, b.y];
      const bend = (y2 - y1) / 2;
      d = `M${x1},${y1} C${x1},${y1 + bend} ${x2},${y2 - bend} ${x2},${y2}`;
    } else {
      // Out of the source's right side, round the outside, into the target's right side.
      const [x1, y1, x2, y2] = [a.x + w, a.y + h / 2, b.x + w, b.y + h / 2];
      const out = Math.max(x1, x2) + gapX / 2 + 12 * Math.max(1, a.layer - b.layer);
      d = `M${x1},${y1} C${out},${y1} ${out},${y2} ${x2},${y2}`;
    }
    placedEdges.push({ from, to, d, back: isBack });
  }
  return { nodes, edges: placedEdges, width, height };
}
