import { RefreshingValue } from './refreshing-value';

/** A load the test finishes by hand, counting how many were started. */
function loads() {
  const started: { resolve: (value: string) => void; reject: (error: Error) => void }[] = [];
  const load = () => new Promise<string>((resolve, reject) => started.push({ resolve, reject }));
  return { load, started };
}

describe('RefreshingValue', () => {
  let clock: number;
  let errors: Error[];
  const make = (load: () => Promise<string>) => new RefreshingValue(load, { maxAgeMs: 1_000, onRefreshError: (error) => errors.push(error), now: () => clock });

  /** A value whose first load answered 'v1' and which has since expired. */
  async function expired() {
    const { load, started } = loads();
    const value = make(load);
    const first = value.get();
    started[0].resolve('v1');
    await first;
    clock = 1_001;
    return { value, started };
  }

  beforeEach(() => {
    clock = 0;
    errors = [];
  });

  it('makes the first callers wait for one load, then answers from memory until the value is old', async () => {
    const { load, started } = loads();
    const value = make(load);
    const first = [value.get(), value.get()];
    expect(started).toHaveLength(1);
    started[0].resolve('v1');
    expect(await Promise.all(first)).toEqual(['v1', 'v1']);
    clock = 1_000;
    expect(await value.get()).toBe('v1');
    expect(started).toHaveLength(1);
  });

  it('answers an expired value at once while a single reload runs, then the reloaded one', async () => {
    const { value, started } = await expired();
    expect(await value.get()).toBe('v1');
    expect(await value.get()).toBe('v1');
    expect(started).toHaveLength(2);
    started[1].resolve('v2');
    await new Promise((resolve) => setImmediate(resolve));
    expect(await value.get()).toBe('v2');
  });

  it('keeps answering the old value when a reload fails, reports the failure, and tries again on the next call', async () => {
    const { value, started } = await expired();
    expect(await value.get()).toBe('v1');
    started[1].reject(new Error('database down'));
    await new Promise((resolve) => setImmediate(resolve));
    expect(errors.map((error) => error.message)).toEqual(['database down']);
    expect(await value.get()).toBe('v1');
    expect(started).toHaveLength(3);
  });

  it('fails the first callers when the first load fails, and loads again on the next call', async () => {
    const { load, started } = loads();
    const value = make(load);
    const first = value.get();
    started[0].reject(new Error('database down'));
    await expect(first).rejects.toThrow('database down');
    const second = value.get();
    started[1].resolve('v1');
    expect(await second).toBe('v1');
  });

  it('after invalidate, waits for a load begun after it, not for one begun before', async () => {
    const { value, started } = await expired();
    await value.get(); // a reload begins: it may not see the change made next
    value.invalidate();
    const after = value.get();
    expect(started).toHaveLength(3);
    started[1].resolve('before the change');
    started[2].resolve('after the change');
    expect(await after).toBe('after the change');
    expect(await value.get()).toBe('after the change');
  });

  it('tells the value last loaded without loading: nothing before the first load, the old value while a reload runs', async () => {
    const { load, started } = loads();
    const value = make(load);
    expect(value.latest()).toBeUndefined();
    expect(started).toHaveLength(0);
    const first = value.get();
    started[0].resolve('v1');
    await first;
    clock = 1_001;
    await value.get();
    expect(value.latest()).toBe('v1');
    expect(started).toHaveLength(2);
  });
});
