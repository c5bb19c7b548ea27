// The studio's tolerant JSON reading (json-tree.ts) and its map from a parseFlow problem's path to
// its place in the text (json-positions.ts), on whole and broken JSON.
import { expect } from '@open-wc/testing';
import { readJson } from '../src/elements/login-help-flow-studio/json-tree.js';
import { idsIn, pathAt, pathKeys, problemRange, stepRange } from '../src/elements/login-help-flow-studio/json-positions.js';

const text = `{
  "version": 1,
  "start": "a",
  "errors": { "lockd": "b" },
  "steps": [
    { "id": "a", "kind": "choice", "title": "A", "choices": [{ "label": "x", "next": "bb" }] },
    { "id": "b", "kind": "info", "titel": "B", "next": "a" },
    { "id": "c", "kind": "resolved", "title": { "en": "C", "ja": "" } }
  ]
}`;
const at = (path: string, target?: 'key' | 'value', source = text) => {
  const range = problemRange(readJson(source), path, target);
  return source.slice(range.from, range.to);
};

describe('json-tree and json-positions', () => {
  it('splits a path into keys', () => {
    expect(pathKeys('steps[3].choices[0].next')).to.deep.equal(['steps', 3, 'choices', 0, 'next']);
    expect(pathKeys('errors["x y"]')).to.deep.equal(['errors', 'x y']);
    expect(pathKeys('')).to.deep.equal([]);
  });

  it('reads valid JSON as JSON.parse does, with no error', () => {
    const tree = readJson(text);
    expect(tree.errors).to.deep.equal([]);
    expect(idsIn(tree, 'steps').map(({ id }) => id)).to.deep.equal(['a', 'b', 'c']);
    expect(readJson('{"a\\u0041": [1, -2.5e3, true, null, "x\\n"]}').errors).to.deep.equal([]);
  });

  it('finds a value at its path (a misspelled step id in a choice)', () => {
    expect(at('steps[0].choices[0].next')).to.equal('"bb"');
    expect(at('start')).to.equal('"a"');
    expect(at('steps[1].next')).to.equal('"a"');
  });

  it('finds the key itself for a key fix, or a key whose value is an object', () => {
    expect(at('steps[1].titel', 'key')).to.equal('"titel"');
    expect(at('errors.lockd', 'key')).to.equal('"lockd"');
    expect(at('errors.lockd', 'value')).to.equal('"b"');
    expect(at('steps[2].title')).to.equal('"title"');
  });

  it('names a whole step by its id, and a missing key by the deepest part the text has', () => {
    expect(at('steps[2]')).to.equal('"c"');
    expect(at('steps[1].title')).to.equal('"b"');
    expect(at('steps[2].title.ja')).to.equal('""');
  });

  it('finds the first place that is not JSON for the whole-document path', () => {
    const broken = '{ "version": 1, "start": }';
    const range = problemRange(readJson(broken), '');
    expect(range.from).to.equal(broken.indexOf('}'));
    expect(range.to).to.be.greaterThan(range.from);
  });

  it("gives a step's range and the path at a position", () => {
    const tree = readJson(text);
    const range = stepRange(tree, 1)!;
    expect(text.slice(range.from, range.to)).to.match(/^\{ "id": "b".*\}$/);
    expect(pathAt(tree, text.indexOf('"bb"') + 2)).to.deep.equal(['steps', 0, 'choices', 0, 'next']);
    expect(pathAt(tree, text.indexOf('"lockd"') + 1)).to.deep.equal(['errors']);
  });

  it('reads a broken document as far as it goes', () => {
    const cut = '{ "start": "a", "steps": [ { "id": "a", "next": "zz" ';
    expect(at('steps[0].next', 'value', cut)).to.equal('"zz"');
    expect(readJson(cut).errors).to.have.length(1);
    // A missing comma, a stray word and an unterminated string: what follows is still read.
    const messy = '{ "a": 1 "b": oops, "c": "open\n, "d": [1 2], "e": "ok" }';
    const tree = readJson(messy);
    expect(tree.errors.length).to.be.greaterThan(2);
    expect(at('e', 'value', messy)).to.equal('"ok"');
    expect(at('d[1]', 'value', messy)).to.equal('2');
  });
});
