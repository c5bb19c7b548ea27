/**
 * Natural batching for a store's writes (postgres.ts): an item added while `concurrency` runs
 * are in flight waits, and the next run takes every item waiting (up to `maxItems`) in one
 * statement. Alone, an item runs at once in a batch of one (no timer, no added latency); under
 * load, one statement and one commit serve many requests. Items the caller marks as conflicting
 * (the same key) never share a run: the later one waits for the next.
 */
export interface BatchQueueOptions<Item, Result> {
  /** Runs one batch; resolves with one result per item, in order. */
  run(items: readonly Item[]): Promise<readonly Result[]>;
  /** Runs in flight at once, at most; default 1 (measured best for the PostgreSQL stores: bench/server.mjs). */
  concurrency?: number;
  /** Items per run, at most; default 32. */
  maxItems?: number;
  /** What makes two items conflict (the same key): they never share a run. */
  key(item: Item): string;
}

interface Waiting<Item, Result> {
  item: Item;
  resolve(result: Result): void;
  reject(error: unknown): void;
}

export class BatchQueue<Item, Result> {
  private readonly _waiting: Waiting<Item, Result>[] = [];
  private _running = 0;
  private _scheduled = false;
  private readonly _concurrency: number;
  private readonly _maxItems: number;

  constructor(private readonly _options: BatchQueueOptions<Item, Result>) {
    this._concurrency = Math.max(1, _options.concurrency ?? 1);
    this._maxItems = Math.max(1, _options.maxItems ?? 32);
  }

  /** Queues `item`; resolves with its result once the run that takes it ends. */
  add(item: Item): Promise<Result> {
    return new Promise<Result>((resolve, reject) => {
      this._waiting.push({ item, resolve, reject });
      this._schedule();
    });
  }

  /** Starts a run after the current task's other adds (a microtask later), if a run may start. */
  private _schedule(): void {
    if (this._scheduled || this._running >= this._concurrency || this._waiting.length === 0) return;
    this._scheduled = true;
    queueMicrotask(() => {
      this._scheduled = false;
      this._start();
    });
  }

  private _start(): void {
    if (this._running >= this._concurrency || this._waiting.length === 0) return;
    const taken: Waiting<Item, Result>[] = [];
    const keys = new Set<string>();
    for (let i = 0; i < this._waiting.length && taken.length < this._maxItems;) {
      const entry = this._waiting[i]!;
      const key = this._options.key(entry.item);
      if (keys.has(key)) {
        i++;
        continue;
      }
      keys.add(key);
      taken.push(entry);
      this._waiting.splice(i, 1);
    }
    this._running++;
    void this._run(taken);
    // Another run may start at once with what is left (another item of a key already taken).
    this._schedule();
  }

  private async _run(taken: Waiting<Item, Result>[]): Promise<void> {
    try {
      const results = await this._options.run(taken.map((entry) => entry.item));
      if (results.length !== taken.length) throw new Error(`batch: ${results.length} results for ${taken.length} items`);
      taken.forEach((entry, i) => entry.resolve(results[i]!));
    } catch (error) {
      for (const entry of taken) entry.reject(error);
    } finally {
      this._running--;
      this._schedule();
    }
  }
}
