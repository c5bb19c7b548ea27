#!/usr/bin/env node
// Fails (exit 1) when two folders of src/ import each other, directly or around a longer loop:
// imports between folders point one way (see CONTRIBUTING.md, "Layers"). Every relative import
// and re-export counts, `import type` too: a type is a dependency of the design. Folders are
// src/<name>/ (files directly in src/ form the folder "."), and src/elements/<element>/ each
// count as their own folder, so the elements' shared code may not import an element either.
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { srcFiles, srcRoot as root } from './src-files.mjs';

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

function folderOf(path) {
  const parts = relative(root, path).split(/[\\/]/);
  if (parts.length === 1) return '.';
  if (parts[0] === 'elements' && parts.length > 2) return `elements/${parts[1]}`;
  return parts[0];
}

/** folder → folder → the first import seen (file and specifier), for the message. */
const edges = new Map();
for (const file of srcFiles()) {
  const from = folderOf(file);
  for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
    const specifier = match[1] ?? match[2];
    const target = resolve(dirname(file), specifier);
    if (relative(root, target).startsWith('..')) continue;
    const to = folderOf(target);
    if (to === from || to === 'generated') continue;
    if (!edges.has(from)) edges.set(from, new Map());
    if (!edges.get(from).has(to)) edges.get(from).set(to, `${relative(root, file)} → ${specifier}`);
  }
}

// Tarjan's strongly connected components: any component of more than one folder is a cycle.
let index = 0;
const stack = [];
const state = new Map();
const cycles = [];
function connect(node) {
  state.set(node, { index, low: index, onStack: true });
  index++;
  stack.push(node);
  for (const next of edges.get(node)?.keys() ?? []) {
    if (!state.has(next)) {
      connect(next);
      state.get(node).low = Math.min(state.get(node).low, state.get(next).low);
    } else if (state.get(next).onStack) state.get(node).low = Math.min(state.get(node).low, state.get(next).index);
  }
  if (state.get(node).low === state.get(node).index) {
    const component = [];
    let member;
    do {
      member = stack.pop();
      state.get(member).onStack = false;
      component.push(member);
    } while (member !== node);
    if (component.length > 1) cycles.push(component);
  }
}
for (const node of edges.keys()) if (!state.has(node)) connect(node);

if (cycles.length) {
  console.error(`${cycles.length} import cycle(s) between folders of src/:`);
  for (const component of cycles) {
    const members = new Set(component);
    console.error(`  ${component.sort().join(' ⇄ ')}`);
    for (const from of component)
      for (const [to, where] of edges.get(from) ?? []) if (members.has(to)) console.error(`    ${from} → ${to}: ${where}`);
  }
  process.exit(1);
}
const order = [...edges.entries()].map(([from, to]) => `${from} → ${[...to.keys()].sort().join(', ')}`).sort();
console.log(
  `No import cycles between the ${new Set([...edges.keys(), ...[...edges.values()].flatMap((m) => [...m.keys()])]).size} folders of src/:\n  ${order.join('\n  ')}`,
);
