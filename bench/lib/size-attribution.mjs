// Which source modules make up the size build (rollup.config.mjs `sizeConfig`, the build that
// `npm run size` measures), for the report when a size goal is missed. The build is made again
// in memory with source maps (nothing written); every character of the minified chunks is
// attributed to the module the map says it comes from. Per module: its minified bytes (exact)
// and its fragments gzipped alone (-9; ranks the modules; the sum exceeds the whole, since gzip
// shares across modules).
import { rollup } from 'rollup';
import { gzipSync } from 'node:zlib';
import { dirname, join, relative, resolve } from 'node:path';

const gz = (text) => gzipSync(text, { level: 9 }).length;

const B64 = new Map([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));

/** Decodes a source map's `mappings` into lines of [generatedColumn, sourceIndex?] (absolute). */
function decodeMappings(mappings) {
  const lines = [];
  let source = 0;
  for (const line of mappings.split(';')) {
    const segments = [];
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const values = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = B64.get(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0];
      if (values.length > 1) {
        source += values[1];
        segments.push([column, source]);
      } else segments.push([column, -1]);
    }
    lines.push(segments);
  }
  return lines;
}

/** A package name under node_modules, else the module's src/ folder. */
function groupOf(path) {
  const nm = path.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = path.slice(nm + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const parts = path.split('/');
  return parts.length > 2 ? `${parts.slice(0, -1).join('/')}/` : path;
}

export async function attributeSizes(root) {
  const { sizeConfig } = await import(join(root, 'rollup.config.mjs'));
  const bundle = await rollup({ input: sizeConfig.input, plugins: sizeConfig.plugins, onwarn: () => {} });
  const { output } = await bundle.generate({ ...sizeConfig.output, sourcemap: true });
  await bundle.close();
  const outDir = resolve(root, sizeConfig.output.dir);
  const chunks = new Map(output.filter((item) => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));

  /** fileName → Map(source path → fragments of minified code) */
  const perChunk = new Map();
  for (const chunk of chunks.values()) {
    const fragments = new Map();
    const codeLines = chunk.code.replace(/\n\/\/# sourceMappingURL=.*\s*$/, '').split('\n');
    const sources = chunk.map.sources.map((source) => relative(root, resolve(dirname(join(outDir, chunk.fileName)), source)));
    decodeMappings(chunk.map.mappings).forEach((segments, lineIndex) => {
      const line = codeLines[lineIndex] ?? '';
      let covered = 0;
      segments.forEach(([column, source], i) => {
        const end = i + 1 < segments.length ? segments[i + 1][0] : line.length;
        const key = source >= 0 ? sources[source] : '(not mapped)';
        fragments.set(key, (fragments.get(key) ?? '') + line.slice(column, end));
        covered = Math.max(covered, end);
      });
      if (segments.length && segments[0][0] > 0)
        fragments.set('(not mapped)', (fragments.get('(not mapped)') ?? '') + line.slice(0, segments[0][0]));
      if (!segments.length && line) fragments.set('(not mapped)', (fragments.get('(not mapped)') ?? '') + line);
    });
    perChunk.set(chunk.fileName, fragments);
  }

  const closure = (fileName, seen = new Set()) => {
    if (seen.has(fileName)) return seen;
    seen.add(fileName);
    for (const imported of chunks.get(fileName).imports) closure(imported, seen);
    return seen;
  };
  const entries = [...chunks.values()].filter((chunk) => chunk.isEntry);
  const scopes = {
    'all elements together': new Set(entries.flatMap((chunk) => [...closure(chunk.fileName)])),
    '<login-help-flow> alone': closure(entries.find((chunk) => chunk.name === 'login-help-flow').fileName),
  };
  const out = {};
  for (const [scope, files] of Object.entries(scopes)) {
    const bySource = new Map();
    let total = '';
    for (const file of files) {
      total += `${chunks.get(file).code.replace(/\n\/\/# sourceMappingURL=.*\s*$/, '')}\n`;
      for (const [source, text] of perChunk.get(file)) bySource.set(source, (bySource.get(source) ?? '') + text);
    }
    const modules = [...bySource].map(([module, text]) => ({ module, group: groupOf(module), min: text.length, gzip: gz(text) }));
    modules.sort((a, b) => b.min - a.min);
    const groups = new Map();
    for (const row of modules) {
      const group = groups.get(row.group) ?? { group: row.group, modules: 0, min: 0, text: '' };
      group.modules++;
      group.min += row.min;
      group.text += bySource.get(row.module);
      groups.set(row.group, group);
    }
    out[scope] = {
      total: { min: total.length, gzip: gz(total) },
      groups: [...groups.values()].map(({ text, ...group }) => ({ ...group, gzip: gz(text) })).sort((a, b) => b.min - a.min),
      modules: modules.slice(0, 25),
    };
  }
  return out;
}
