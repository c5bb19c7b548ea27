import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../src/cli/main.js';
import small from './fixtures/small-flow.json' with { type: 'json' };

const dir = mkdtempSync(join(tmpdir(), 'lhe-cli-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('CLI', () => {
  test('validate: 0 for a valid file', async () => {
    const result = await run('validate', file('ok.json', JSON.stringify(small)));
    assert.equal(result.code, 0);
    assert.match(result.out, /valid \(4 steps\)/);
  });

  test('validate: 1 and one PATH: message line per problem', async () => {
    const bad = structuredClone(small) as any;
    bad.steps[0].choices[0].next = 'lockd';
    bad.steps[1].links[0].href = 'javascript:alert(1)';
    const result = await run('validate', file('bad.json', JSON.stringify(bad)));
    assert.equal(result.code, 1);
    assert.deepEqual(result.err.split('\n'), [
      'steps[0].choices[0].next: no step has the id `lockd` (did you mean `locked`?)',
      'steps[1].links[0].href: links may not use `javascript:`; use http(s), mailto or a relative URL',
    ]);
  });

  test('validate --lang ja writes Japanese messages', async () => {
    const bad = structuredClone(small) as any;
    bad.steps[0].choices[0].next = 'lockd';
    const result = await run('validate', file('bad-ja.json', JSON.stringify(bad)), '--lang', 'ja');
    assert.equal(result.err, 'steps[0].choices[0].next: ステップ `lockd` がありません（`locked` の誤りでは？）');
  });

  test('2 for a missing file, a file that is not JSON, or bad usage', async () => {
    assert.equal((await run('validate', join(dir, 'nope.json'))).code, 2);
    const notJson = await run('validate', file('x.json', '{ "version": 1,'));
    assert.equal(notJson.code, 2);
    assert.match(notJson.err, /not valid JSON/);
    assert.equal((await run('check', 'x')).code, 2);
    assert.equal((await run('validate')).code, 2);
  });

  test('graph prints Mermaid', async () => {
    const result = await run('graph', file('g.json', JSON.stringify(small)), '--direction', 'LR');
    assert.equal(result.code, 0);
    assert.match(result.out, /^flowchart LR\n/);
    assert.match(result.out, /s0 -->\|"I am locked out"\| s1/);
  });
});
