/**
 * `login-help-elements` command line: `validate FILE`, `graph FILE`, `flow --site FILE`,
 * `page FILE|--default` (the flow as one static HTML page, `helpPage` of ./static) and
 * `studio [FILE] [--port N]` (the flow studio on 127.0.0.1: studio.ts).
 * Exit codes: 0 valid (or printed), 1 invalid definition or profile, 2 unreadable file, not
 * JSON, or bad usage. Messages are in the language of `--lang` (`en` by default, `ja`, `zh-Hans`,
 * or a tag of one: `ja-JP`, `zh`, `zh-CN` …); the CLI's own words are in the catalogues beside
 * this module (main.en.ts, .ja.ts, .zh-Hans.ts).
 */
import { readFile } from 'node:fs/promises';
import { parseFlow } from '../flow/parse.js';
import { toMermaid } from '../flow/mermaid.js';
import { parseSiteProfile } from '../flow/parse-site-profile.js';
import { applySiteProfile } from '../flow/apply-site-profile.js';
import type { SiteProfile } from '../flow/site-profile.js';
import type { FlowDefinition } from '../flow/schema.js';
import { resolveText } from '../flow/text.js';
import { problemText, type MessageLanguage } from '../flow/problems.js';
import { pick, resolveLanguage, type Catalogues } from '../localize/languages.js';
import { helpPage, HelpPageError } from '../static/index.js';
import { DEFAULT_FLOW_TEMPLATE, builtInFlowFor } from './default-flow.js';
import { studio } from './studio.js';
import en from './main.en.js';
import ja from './main.ja.js';
import zhHans from './main.zh-Hans.js';

/** The CLI's own words in one language (flow and profile problems come from `parseFlow`'s catalogues). */
export interface CliMessages {
  /** The help text (`--help`, and after bad usage). */
  usage: string;
  /** A file that cannot be read, with the reason (`ENOENT` …). */
  cannotRead(reason: string): string;
  /** A valid flow definition of `steps` steps. */
  valid(steps: number): string;
  /** The path of a problem about the whole document. */
  root: string;
}

/** Every language's words. */
export const CLI_MESSAGES: Catalogues<CliMessages> = { en, ja, 'zh-Hans': zhHans };

/** Where the CLI writes: stdout and stderr, one line a call. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

/** The CLI's words and the language of `parseFlow`'s messages for `--lang`. */
interface Words {
  lang: MessageLanguage;
  text: CliMessages;
}

/** Reads and parses a JSON file; reports and returns `undefined` when it cannot. */
async function readJson(file: string | URL, words: Words, io: Io): Promise<{ json: unknown } | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    io.err(`${String(file)}: ${words.text.cannotRead((error as NodeJS.ErrnoException).code ?? (error as Error).message)}`);
    return undefined;
  }
  try {
    return { json: JSON.parse(text) };
  } catch (error) {
    io.err(`${String(file)}: ${problemText.invalidJson(words.lang, (error as Error).message)}`);
    return undefined;
  }
}

/** The profile of `--site`, `null` when none is given, `undefined` (reported) when unusable; `code` says why. */
async function readProfile(args: string[], words: Words, io: Io): Promise<{ profile: SiteProfile | null } | { code: number }> {
  if (!args.includes('--site')) return { profile: null };
  const file = option(args, '--site');
  if (!file || file.startsWith('--')) {
    io.err(words.text.usage);
    return { code: 2 };
  }
  const read = await readJson(file, words, io);
  if (!read) return { code: 2 };
  const result = parseSiteProfile(read.json, { lang: words.lang });
  if (!result.ok) {
    for (const problem of result.errors) io.err(`${file}: ${problem.path || words.text.root}: ${problem.message}`);
    return { code: 1 };
  }
  return { profile: result.profile };
}

/** `flow` with every text reduced to `lang` (and `languages: [lang]`). */
function oneLanguage(flow: FlowDefinition, lang: string): FlowDefinition {
  const walk = (value: unknown, key?: string): unknown => {
    if (Array.isArray(value)) return value.map((item) => walk(item));
    if (value === null || typeof value !== 'object') return value;
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    if (
      key !== 'errors' &&
      key !== 'site' &&
      keys.length &&
      keys.every((k) => /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(k) && typeof record[k] === 'string')
    ) {
      return { [lang]: resolveText(record as Record<string, string>, lang) };
    }
    return Object.fromEntries(keys.map((k) => [k, k === 'languages' ? [lang] : walk(record[k], k)]));
  };
  return walk(flow) as FlowDefinition;
}

/**
 * `page FILE [--site PROFILE] [--lang L]`: the flow of FILE (with the profile applied) as one
 * static HTML page on stdout; `page --default`: the built-in flow's (made for the profile's site,
 * as `flow --site` makes it).
 */
async function page(args: string[], lang: string, words: Words, io: Io): Promise<number> {
  const file = args[1];
  const builtIn = file === '--default';
  if (!file || (file.startsWith('--') && !builtIn)) {
    io.err(words.text.usage);
    return 2;
  }
  const site = await readProfile(args, words, io);
  if ('code' in site) return site.code;
  const read = await readJson(builtIn ? DEFAULT_FLOW_TEMPLATE : file, words, io);
  if (!read) return 2;
  try {
    // The built-in flow is its template for any site, made for the default site without a profile.
    const html = helpPage(read.json, { lang, site: site.profile ?? (builtIn ? {} : undefined) });
    io.out(html.replace(/\n$/, ''));
    return 0;
  } catch (error) {
    if (!(error instanceof HelpPageError)) throw error;
    for (const problem of error.errors) io.err(`${problem.path || words.text.root}: ${problem.message}`);
    return 1;
  }
}

/** Runs the CLI with `args` (without node and the script); resolves to the exit code. */
export async function runCli(args: string[], io: Io): Promise<number> {
  const [command, file] = args;
  const lang = option(args, '--lang') ?? 'en';
  const words: Words = { lang: resolveLanguage(lang), text: pick(CLI_MESSAGES, lang) };
  if (command === '--help' || command === '-h' || command === 'help') {
    io.out(words.text.usage);
    return 0;
  }
  if (command === 'flow') {
    if (file !== undefined && !file.startsWith('--')) {
      io.err(words.text.usage);
      return 2;
    }
    const site = await readProfile(args, words, io);
    if ('code' in site) return site.code;
    const flow = await builtInFlowFor(site.profile ?? undefined);
    io.out(JSON.stringify(option(args, '--lang') ? oneLanguage(flow, lang) : flow, null, 2));
    return 0;
  }
  if (command === 'page') return page(args, lang, words, io);
  if (command === 'studio') return studio(args, lang, io, words.text.usage);
  if ((command !== 'validate' && command !== 'graph') || !file || file.startsWith('--')) {
    io.err(words.text.usage);
    return 2;
  }
  const site = await readProfile(args, words, io);
  if ('code' in site) return site.code;
  const read = await readJson(file, words, io);
  if (!read) return 2;
  let json = read.json;
  if (site.profile && json !== null && typeof json === 'object' && Array.isArray((json as { steps?: unknown }).steps)) {
    try {
      json = applySiteProfile(json as FlowDefinition, site.profile);
    } catch (error) {
      io.err(`${file}: ${(error as Error).message}`);
      return 1;
    }
  }
  const result = parseFlow(json, { lang: words.lang });
  if (!result.ok) {
    for (const problem of result.errors) io.err(`${problem.path || words.text.root}: ${problem.message}`);
    return 1;
  }
  if (command === 'validate') {
    io.out(`${file}: ${words.text.valid(result.flow.steps.length)}`);
    return 0;
  }
  const direction = option(args, '--direction') === 'LR' ? 'LR' : 'TD';
  io.out(toMermaid(result.flow, { lang, direction }).trimEnd());
  return 0;
}
