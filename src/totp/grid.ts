/**
 * Grid cards (乱数表): a printed table of short random strings, columns lettered A, B, C, … and
 * rows numbered 1, 2, 3, …; at login the site names cells ("B3, F1, H5") and the user types their
 * contents one after the other. Helpers to name cells, pick a challenge and assemble the answer,
 * and a sample card for illustrations. Pure: no DOM.
 *
 * A grid is `grid[row][col]`, both 0-based; a cell name is the column letter(s) and the 1-based row.
 */

/** Cells a login asks for. */
export const GRID_CHALLENGE_CELLS = 3;
/** Characters in one cell of a card. */
export const GRID_CELL_LENGTH = 2;
/** Characters of a grid-card answer: three cells of two characters. */
export const GRID_ANSWER_LENGTH = 6;
/** Characters a sample card's cells are made of: half-width letters of both cases and digits. */
export const GRID_CHARACTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A cell's position, 0-based: `col` 0 is column A, `row` 0 is row 1. */
export interface GridCell {
  /** 0-based column (0 → A). */
  col: number;
  /** 0-based row (0 → 1). */
  row: number;
}

/** A grid card's cells, `grid[row][col]`. */
export type Grid = readonly (readonly string[])[];

/** A source of numbers in [0, 1), like `Math.random`; inject a seeded one for repeatable results. */
export type RandomSource = () => number;

function checkIndex(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be an integer ≥ 0, got ${String(value)}.`);
}

function checkSize(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 1) throw new RangeError(`${name} must be an integer ≥ 1, got ${String(value)}.`);
}

/** An index in [0, n) from `random`, safe if `random` returns 1. */
function pick(random: RandomSource, n: number): number {
  return Math.min(n - 1, Math.floor(random() * n));
}

/** The letters of a 0-based column: 0 → `A`, 25 → `Z`, 26 → `AA` (as spreadsheets count). */
export function columnLetters(col: number): string {
  checkIndex('col', col);
  let letters = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/**
 * The name of a cell from its 0-based column and row: `cellName(1, 2)` → `'B3'`.
 * @throws {RangeError} for a negative or non-integer position.
 */
export function cellName(col: number, row: number): string {
  checkIndex('row', row);
  return `${columnLetters(col)}${row + 1}`;
}

/**
 * The 0-based position of a named cell: `parseCellName('B3')` → `{ col: 1, row: 2 }`. Column
 * letters may be lower case and spaces around are ignored. With `columns`/`rows`, a cell outside
 * the card is `undefined` too.
 *
 * @returns the position, or `undefined` when `name` is not a cell name (or is off the card).
 */
export function parseCellName(name: string, bounds: { columns?: number; rows?: number } = {}): GridCell | undefined {
  const match = /^([A-Za-z]+)([1-9]\d*)$/.exec(name.trim());
  if (!match) return undefined;
  let col = 0;
  for (const letter of match[1]!.toUpperCase()) col = col * 26 + (letter.charCodeAt(0) - 64);
  const cell = { col: col - 1, row: Number(match[2]) - 1 };
  if (!Number.isSafeInteger(cell.col) || !Number.isSafeInteger(cell.row)) return undefined;
  if (bounds.columns !== undefined && cell.col >= bounds.columns) return undefined;
  if (bounds.rows !== undefined && cell.row >= bounds.rows) return undefined;
  return cell;
}

/** Options of {@link randomChallenge}. */
export interface RandomChallengeOptions {
  /** Columns of the card. */
  columns: number;
  /** Rows of the card. */
  rows: number;
  /** Cells to ask for (default 3). */
  count?: number;
  /** Random source (default `Math.random`). */
  random?: RandomSource;
}

/**
 * A challenge: `count` (default 3) distinct cells of a `columns` × `rows` card, by name, in the
 * order to ask them, e.g. `['B3', 'F1', 'H5']`.
 *
 * @throws {RangeError} when the card is empty or has fewer cells than `count`.
 */
export function randomChallenge({ columns, rows, count = GRID_CHALLENGE_CELLS, random = Math.random }: RandomChallengeOptions): string[] {
  checkSize('columns', columns);
  checkSize('rows', rows);
  checkIndex('count', count);
  const total = columns * rows;
  if (count > total) throw new RangeError(`count (${count}) is more than the ${total} cells of the card.`);
  // A partial Fisher–Yates shuffle of the cell indices: every cell at most once.
  const cells = Array.from({ length: total }, (_, index) => index);
  const names: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const j = i + pick(random, total - i);
    [cells[i], cells[j]] = [cells[j]!, cells[i]!];
    names.push(cellName(cells[i]! % columns, Math.floor(cells[i]! / columns)));
  }
  return names;
}

/** Options of {@link sampleGrid}. */
export interface SampleGridOptions {
  /** Columns (default 10: A–J). */
  columns?: number;
  /** Rows (default 5). */
  rows?: number;
  /** Random source (default `Math.random`). */
  random?: RandomSource;
}

/**
 * A sample card for illustrations (never a real one): `rows` × `columns` cells (`grid[row][col]`)
 * of {@link GRID_CELL_LENGTH} characters from {@link GRID_CHARACTERS}.
 */
export function sampleGrid({ columns = 10, rows = 5, random = Math.random }: SampleGridOptions = {}): string[][] {
  checkSize('columns', columns);
  checkSize('rows', rows);
  const cell = () => Array.from({ length: GRID_CELL_LENGTH }, () => GRID_CHARACTERS[pick(random, GRID_CHARACTERS.length)]).join('');
  return Array.from({ length: rows }, () => Array.from({ length: columns }, cell));
}

/**
 * The answer to a challenge: the contents of its cells (names or positions) one after the other,
 * e.g. 6 characters for three cells of two.
 *
 * @throws {RangeError} when a cell name is invalid or a cell is not on the card.
 */
export function gridAnswer(grid: Grid, challenge: readonly (string | GridCell)[]): string {
  return challenge
    .map((entry) => {
      const cell = typeof entry === 'string' ? parseCellName(entry) : entry;
      const value = cell ? grid[cell.row]?.[cell.col] : undefined;
      if (value === undefined) {
        const label = typeof entry === 'string' ? JSON.stringify(entry) : `{ col: ${entry.col}, row: ${entry.row} }`;
        throw new RangeError(`Cell ${label} is not on the card.`);
      }
      return value;
    })
    .join('');
}
