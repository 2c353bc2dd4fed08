/**
 * A value loaded from the database and kept for a while: reloaded once `maxAgeMs` old, but an expired
 * value is still answered while a single reload runs beside it (and until one succeeds), so only the
 * first caller, and the first after `invalidate`, waits for a load. Callers on hot paths never queue
 * behind a reload, and callers inside a transaction do not hold a pooled connection while a reload
 * waits for another (how the pipeline once stood still for a minute: docs/performance.md).
 */
export class RefreshingValue<T> {
  private current?: { value: T; loadedAt: number };
  private loading?: Promise<T>;
  /** Bumped by `invalidate`: a load begun before it must not answer for after it. */
  private generation = 0;

  constructor(
    private readonly load: () => Promise<T>,
    private readonly options: { maxAgeMs: number; onRefreshError: (error: Error) => void; now?: () => number },
  ) {}

  async get(): Promise<T> {
    const current = this.current;
    if (current === undefined) return this.reload();
    if (this.now() - current.loadedAt > this.options.maxAgeMs) {
      this.reload().catch((error: unknown) => this.options.onRefreshError(error as Error));
    }
    return current.value;
  }

  /**
   * The value last loaded, without waiting or starting a load: for code that must answer at once
   * (a validation message) right after a `get` of its own.
   */
  latest(): T | undefined {
    return this.current?.value;
  }

  /** Forgets the value after a change made through this process: the next `get` waits for a load that sees it. */
  invalidate(): void {
    this.generation += 1;
    this.current = undefined;
    this.loading = undefined;
  }

  private reload(): Promise<T> {
    if (this.loading) return this.loading;
    const generation = this.generation;
    const startedAt = this.now();
    const loading = this.load().then(
      (value) => {
        if (generation === this.generation) this.current = { value, loadedAt: startedAt };
        return value;
      },
    );
    this.loading = loading;
    const settle = () => {
      if (this.loading === loading) this.loading = undefined;
    };
    loading.then(settle, settle);
    return loading;
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }
}
