// Reduces V8 CPU profiles (CDP Profiler.stop) to self time per function and per file.

function where(callFrame) {
  const url = callFrame.url ?? '';
  if (!url) return '';
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    /* not a URL */
  }
  path = path.replace(/^.*\/(node_modules|src|dist|bench)\//, '$1/');
  return `${path}:${callFrame.lineNumber + 1}`;
}

/**
 * @param {object[]} profiles V8 CPU profiles ({ nodes, samples, timeDeltas })
 * @returns {{ totalMs: number, functions: object[], files: object[] }} self time; (idle) and the
 *   profiler's own start/stop in the harness's spans left out
 */
export function summarizeProfile(profiles) {
  const functions = new Map();
  const files = new Map();
  let total = 0;
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const { samples, timeDeltas } = profile;
    for (let i = 0; i < samples.length; i++) {
      const node = byId.get(samples[i]);
      const ms = (timeDeltas[i + 1] ?? 0) / 1000;
      const name = node.callFrame.functionName || '(anonymous)';
      if (name === '(idle)') continue;
      // The profiler starting and stopping inside a console.profile span (bench/lib/harness.mjs).
      if ((name === 'spanStart' || name === 'spanEnd') && node.callFrame.url.includes('/bench/lib/harness.mjs')) continue;
      total += ms;
      const at = where(node.callFrame);
      const key = `${name}@${at}`;
      const entry = functions.get(key) ?? { name, where: at, selfMs: 0 };
      entry.selfMs += ms;
      functions.set(key, entry);
      const file = at ? at.replace(/:\d+$/, '') : name;
      files.set(file, (files.get(file) ?? 0) + ms);
    }
  }
  const share = (ms) => `${((100 * ms) / (total || 1)).toFixed(1)}%`;
  return {
    totalMs: total,
    functions: [...functions.values()]
      .sort((a, b) => b.selfMs - a.selfMs)
      .slice(0, 25)
      .map((f) => ({ ...f, share: share(f.selfMs) })),
    files: [...files]
      .map(([file, selfMs]) => ({ file, selfMs, share: share(selfMs) }))
      .sort((a, b) => b.selfMs - a.selfMs)
      .slice(0, 15),
  };
}
