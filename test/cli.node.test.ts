import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../src/cli/main.js';
import small from './fixtures/small-flow.json' with { type: 'json' };
import defaultFlow from '../src/flows/default.json' with { type: 'json' };
import template from '../src/flows/default.template.json' with { type: 'json' };
import { applySiteProfile } from '../src/flow/apply-site-profile.js';
import { parseFlow } from '../src/flow/parse.js';
import { BANK_PROFILE } from './support/bank-profile.js';
import { helpPage } from '../src/static/index.js';

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
      'steps[0].choices[0].next: no step has the id `lockd` (did you mean `locked`?) (in step `hello`)',
      'steps[1].links[0].href: links may not use `javascript:`; use http(s), mailto or a relative URL (in step `locked`)',
    ]);
  });

  test('validate: a typo, a link to a missing step and an unreachable step in one run, each naming its step', async () => {
    const bad = structuredClone(small) as any;
    bad.steps[2].titel = bad.steps[2].title;
    delete bad.steps[2].title;
    bad.steps[0].choices[0].next = 'lockd';
    bad.steps.push({ id: 'forgot-password', kind: 'resolved', title: 'Forgot it' });
    const result = await run('validate', file('new-user.json', JSON.stringify(bad)));
    assert.equal(result.code, 1);
    const lines = result.err.split('\n');
    assert.equal(lines.length, 4);
    assert.equal(lines[0], 'steps[0].choices[0].next: no step has the id `lockd` (did you mean `locked`?) (in step `hello`)');
    assert.equal(lines[1], 'steps[2].titel: unknown key `titel` (did you mean `title`?) (in step `contact`)');
    assert.match(lines[2]!, /^steps\[2\]\.title: .* \(in step `contact`\)$/);
    assert.match(lines[3]!, /^steps\[4\]: step `forgot-password` cannot be reached/);
  });

  test('validate --lang ja writes Japanese messages', async () => {
    const bad = structuredClone(small) as any;
    bad.steps[0].choices[0].next = 'lockd';
    const result = await run('validate', file('bad-ja.json', JSON.stringify(bad)), '--lang', 'ja');
    assert.equal(result.err, 'steps[0].choices[0].next: ステップ `lockd` がありません（`locked` の誤りでは？）（ステップ `hello` 内）');
  });

  test('validate --lang zh-Hans (or zh-CN, zh) writes Chinese messages, one per problem, with the same paths', async () => {
    const bad = structuredClone(small) as any;
    bad.steps[0].choices[0].next = 'lockd';
    bad.steps[1].links[0].href = 'javascript:alert(1)';
    const path = file('bad-zh.json', JSON.stringify(bad));
    for (const lang of ['zh-Hans', 'zh-CN', 'zh']) {
      const result = await run('validate', path, '--lang', lang);
      assert.equal(result.code, 1, lang);
      assert.deepEqual(
        result.err.split('\n'),
        [
          'steps[0].choices[0].next: 不存在步骤 `lockd`（您是否想写 `locked`？）（在步骤 `hello` 中）',
          'steps[1].links[0].href: 链接不能使用 `javascript:`。请使用 http(s)、mailto 或相对 URL（在步骤 `locked` 中）',
        ],
        lang,
      );
    }
    const ok = await run('validate', file('ok-zh.json', JSON.stringify(small)), '--lang', 'zh-Hans');
    assert.equal(ok.code, 0);
    assert.match(ok.out, /: 有效（共4个步骤）$/);
  });

  test('--lang zh-Hans: a bad profile, an unreadable file, a file that is not JSON, and the help, in Chinese', async () => {
    const bad = file('bad-site-zh.json', '{"lock":{"minuts":30}}');
    const profile = await run('flow', '--site', bad, '--lang', 'zh-Hans');
    assert.equal(profile.code, 1);
    assert.equal(profile.err, `${bad}: lock.minuts: 未知的键 \`minuts\`（您是否想写 \`minutes\`？）`);
    const missing = join(dir, 'nope-zh.json');
    const unreadable = await run('validate', missing, '--lang', 'zh-CN');
    assert.equal(unreadable.code, 2);
    assert.equal(unreadable.err, `${missing}: 无法读取文件（ENOENT）`);
    const notJson = await run('validate', file('x-zh.json', '{ "version": 1,'), '--lang', 'zh-Hans');
    assert.equal(notJson.code, 2);
    assert.match(notJson.err, /: 无法作为 JSON 读取：/);
    const root = await run('validate', file('root-zh.json', '[]'), '--lang', 'zh-Hans');
    assert.equal(root.code, 1);
    assert.match(root.err, /^\(根\): 需要对象，但实际是数组$/);
    const help = await run('--help', '--lang', 'zh-Hans');
    assert.equal(help.code, 0);
    assert.match(help.out, /^用法：/);
    assert.match(help.out, /--lang en\|ja\|zh-Hans/);
    assert.match((await run('--help')).out, /^Usage:[\s\S]*--lang en\|ja\|zh-Hans/);
    assert.match((await run('--help', '--lang', 'ja')).out, /^使い方:/);
  });

  test('graph --lang zh-Hans labels the error entries in Chinese', async () => {
    const result = await run('graph', file('g-zh.json', JSON.stringify(small)), '--lang', 'zh-Hans');
    assert.equal(result.code, 0);
    assert.match(result.out, /e0>"错误：locked"\] -.-> s1/);
    assert.match((await run('graph', file('g-en.json', JSON.stringify(small)))).out, /e0>"error: locked"\] -.-> s1/);
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

  test('flow prints the built-in flow (the default site without --site)', async () => {
    const result = await run('flow');
    assert.equal(result.code, 0);
    assert.deepEqual(JSON.parse(result.out), defaultFlow);
  });

  test('flow --site prints the flow of that site, which validate accepts', async () => {
    const site = file('bank.json', JSON.stringify(BANK_PROFILE));
    const result = await run('flow', '--site', site);
    assert.equal(result.code, 0);
    const flow = JSON.parse(result.out);
    assert.deepEqual(flow, applySiteProfile(template, BANK_PROFILE));
    assert.equal(parseFlow(flow).ok, true);
    assert.doesNotMatch(result.out, /乱数表|grid card|\{\{/i);
    const valid = await run('validate', file('bank-flow.json', result.out));
    assert.equal(valid.code, 0, valid.err);
  });

  test('flow --site --lang ja keeps one language', async () => {
    const result = await run('flow', '--site', file('bank-ja.json', JSON.stringify(BANK_PROFILE)), '--lang', 'ja');
    assert.equal(result.code, 0);
    const flow = JSON.parse(result.out);
    assert.deepEqual(flow.languages, ['ja']);
    assert.deepEqual(Object.keys(flow.steps[0].title), ['ja']);
    assert.match(flow.steps[0].title.ja, /[ぁ-ん]/);
    assert.equal(parseFlow(flow).ok, true);
  });

  test('validate --site applies the profile to a flow with conditions and placeholders', async () => {
    const own = file('own-template.json', JSON.stringify(template));
    assert.equal((await run('validate', own)).code, 1, 'the template itself has `when` keys');
    const result = await run('validate', own, '--site', file('grid-off.json', '{"codeMethods":["totp"]}'));
    assert.equal(result.code, 0, result.err);
  });

  test('a bad profile: exit 1 and one line per problem, naming the file and the path', async () => {
    const bad = file('bad-site.json', '{"lock":{"minuts":30},"codeMethods":["sms"]}');
    const result = await run('flow', '--site', bad);
    assert.equal(result.code, 1);
    assert.deepEqual(result.err.split('\n'), [
      `${bad}: lock.minuts: unknown key \`minuts\` (did you mean \`minutes\`?)`,
      `${bad}: codeMethods[0]: \`sms\` is not allowed; use one of \`totp\`, \`grid\`, \`backup\``,
    ]);
    assert.equal((await run('flow', '--site')).code, 2);
    assert.equal((await run('flow', '--site', join(dir, 'missing.json'))).code, 2);
  });

  test('page prints the flow as one HTML document (no script), in the language of --lang', async () => {
    const path = file('page.json', JSON.stringify(small));
    const en = await run('page', path);
    assert.equal(en.code, 0, en.err);
    assert.equal(en.err, '');
    assert.match(en.out, /^<!DOCTYPE html>\n<html lang="en">\n/);
    assert.match(en.out, /<\/html>$/);
    assert.doesNotMatch(en.out, /<script/i);
    assert.equal(`${en.out}\n`, helpPage(small, { lang: 'en' }));
    assert.match(en.out, /<section id="step-locked">/);
    assert.match(en.out, /<a href="#step-locked">I am locked out<\/a>/);
    const ja = await run('page', path, '--lang', 'ja');
    assert.equal(ja.code, 0, ja.err);
    assert.match(ja.out, /<html lang="ja">/);
    assert.match(ja.out, /<h2 id="contents-title">目次<\/h2>/);
    assert.match(ja.out, /<a href="#step-locked">ロックされた<\/a>/);
    assert.match((await run('page', path, '--lang', 'zh-CN')).out, /<html lang="zh-Hans">[\s\S]*目录/);
  });

  test('page --default prints the built-in flow, made for the site of --site', async () => {
    for (const lang of ['ja', 'en', 'zh-Hans']) {
      const result = await run('page', '--default', '--lang', lang);
      assert.equal(result.code, 0, result.err);
      assert.equal(`${result.out}\n`, helpPage(defaultFlow, { lang }), lang);
    }
    const bank = await run('page', '--default', '--site', file('bank-page.json', JSON.stringify(BANK_PROFILE)), '--lang', 'en');
    assert.equal(bank.code, 0, bank.err);
    assert.equal(`${bank.out}\n`, helpPage(template, { lang: 'en', site: BANK_PROFILE }));
    assert.match(bank.out, /Midori Bank/);
    assert.doesNotMatch(bank.out, /grid card/i);
  });

  test('page: 1 for an invalid flow or profile (one PATH: message line per problem), 2 for a missing file, not JSON or bad usage', async () => {
    const bad = structuredClone(small) as any;
    bad.steps[0].choices[0].next = 'lockd';
    bad.steps[1].links[0].href = '&#106;avascript:alert(1)';
    const invalid = await run('page', file('page-bad.json', JSON.stringify(bad)), '--lang', 'ja');
    assert.equal(invalid.code, 1);
    assert.equal(invalid.out, '');
    assert.deepEqual(invalid.err.split('\n'), [
      'steps[0].choices[0].next: ステップ `lockd` がありません（`locked` の誤りでは？）（ステップ `hello` 内）',
      'steps[1].links[0].href: リンクに `javascript:` は使えません。http(s)、mailto、相対 URL のいずれかにしてください（ステップ `locked` 内）',
    ]);
    const profile = file('page-bad-site.json', '{"lock":{"minuts":30}}');
    const badSite = await run('page', '--default', '--site', profile);
    assert.equal(badSite.code, 1);
    assert.equal(badSite.err, `${profile}: lock.minuts: unknown key \`minuts\` (did you mean \`minutes\`?)`);
    const missing = join(dir, 'page-missing.json');
    const unreadable = await run('page', missing, '--lang', 'en');
    assert.equal(unreadable.code, 2);
    assert.equal(unreadable.err, `${missing}: cannot read the file (ENOENT)`);
    assert.equal(unreadable.out, '');
    assert.equal((await run('page', file('page-x.json', '{ "version": 1,'))).code, 2);
    assert.equal((await run('page')).code, 2);
    assert.equal((await run('page', '--lang', 'ja')).code, 2);
    assert.equal((await run('page', '--default', '--site')).code, 2);
  });

  test('the usage names page in every language', async () => {
    for (const lang of ['en', 'ja', 'zh-Hans']) {
      assert.match(
        (await run('--help', '--lang', lang)).out,
        /login-help-elements page FILE\|--default \[--site PROFILE\] \[--lang L\]/,
        lang,
      );
    }
  });
});
