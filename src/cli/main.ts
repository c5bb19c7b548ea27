/**
 * `login-help-elements` command line: `validate FILE` and `graph FILE`.
 * Exit codes: 0 valid (or graph drawn), 1 invalid definition, 2 unreadable file, not JSON, or bad usage.
 */
import { readFile } from 'node:fs/promises';
import { parseFlow } from '../flow/parse.js';
import { toMermaid } from '../flow/mermaid.js';

const USAGE = `Usage:
  login-help-elements validate FILE [--lang en|ja]   check a flow definition (exit 0 valid, 1 invalid, 2 unreadable)
  login-help-elements graph FILE [--lang en|ja] [--direction TD|LR]   print the flow as a Mermaid flowchart`;

interface Io {
  out(text: string): void;
  err(text: string): void;
}

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

/** Runs the CLI with `args` (without node and the script); resolves to the exit code. */
export async function runCli(args: string[], io: Io): Promise<number> {
  const [command, file] = args;
  if (command === '--help' || command === '-h' || command === 'help') {
    io.out(USAGE);
    return 0;
  }
  if ((command !== 'validate' && command !== 'graph') || !file || file.startsWith('--')) {
    io.err(USAGE);
    return 2;
  }
  const lang = option(args, '--lang') ?? 'en';
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    io.err(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    return 2;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    io.err(`${file}: not valid JSON: ${(error as Error).message}`);
    return 2;
  }
  const result = parseFlow(json, { lang });
  if (!result.ok) {
    for (const problem of result.errors) io.err(`${problem.path || '(root)'}: ${problem.message}`);
    return 1;
  }
  if (command === 'validate') {
    io.out(`${file}: valid (${result.flow.steps.length} steps)`);
    return 0;
  }
  const direction = option(args, '--direction') === 'LR' ? 'LR' : 'TD';
  io.out(toMermaid(result.flow, { lang, direction }).trimEnd());
  return 0;
}
