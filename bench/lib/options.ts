export interface BenchOptions {
  smoke: boolean;
  plans: number;
  concurrency: number;
  /** Worker processes (the service scales out by running more). */
  workers: number;
  /** Plans per second of the throughput run (open loop); as fast as `concurrency` clients go when absent. */
  rate?: number;
  /** Seconds of the open-loop run at half the measured throughput. */
  latencySeconds: number;
  overlapSizes: number[];
  overlapSamples: number;
  skipOverlap: boolean;
  only?: 'pipeline' | 'overlap';
  /** Time budget of the throughput run: no new plans once the backlog could not be checked within it. */
  phaseSeconds: number;
  profile: boolean;
  keep: boolean;
  seed: number;
  databaseUrl: string;
  redisUrl?: string;
  out?: string;
}

const HELP = `npm run bench [-- options]

  --plans N            plans created and submitted in the throughput run (default 2000; smoke 30)
  --concurrency N      HTTP clients of the load generator (default 16; smoke 8)
  --workers N          worker processes to run (default 1)
  --rate R             submit plans at R per second in the throughput run (open loop) instead of as fast as
                       the clients go: a sustained run, e.g. --plans 10000 --rate 4 for the memory target
  --latency-seconds S  length of the open-loop run at half the measured throughput (default 20; smoke 4)
  --overlap-sizes L    portfolio sizes of the overlap scaling, comma-separated (default 1000,10000,100000; smoke 1000,2000)
  --overlap-samples N  overlap checks timed at each size (default 200; smoke 40)
  --skip-overlap       leave out the overlap scaling
  --only WHAT          run only the pipeline (with its baselines) or only the overlap scaling
  --phase-seconds S    time budget of the throughput run (default 300; smoke 60): plan creation stops early
                       when the plans accepted so far could not all be checked within it at the rate measured
  --profile            CPU-profile the api and the worker during the throughput run (slows them down)
  --keep               keep the bench databases afterwards
  --seed N             seed of the plan generator (default 42)
  --database-url URL   PostgreSQL server to create the bench databases on (default: $BENCH_DATABASE_URL,
                       $DATABASE_URL, or postgres://postgres@127.0.0.1:5432/postgres)
  --redis-url URL      use this Redis instead of a private redis-server started for the run
  --out FILE           where to write the JSON results (default bench/results/<date>.json)
  --smoke              a tiny run for CI: the defaults marked "smoke" above
`;

export function parseOptions(argv: string[]): BenchOptions {
  const flags = new Map<string, string | true>();
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    if (!arg.startsWith('--')) throw new Error(`unexpected argument ${arg}\n\n${HELP}`);
    const [name, inline] = arg.slice(2).split('=', 2);
    if (name === 'help') {
      console.log(HELP);
      process.exit(0);
    }
    const boolean = ['smoke', 'skip-overlap', 'profile', 'keep'].includes(name);
    if (boolean) flags.set(name, true);
    else {
      const value = inline ?? argv[++index];
      if (value === undefined) throw new Error(`--${name} needs a value\n\n${HELP}`);
      flags.set(name, value);
    }
  }
  const known = ['smoke', 'plans', 'concurrency', 'workers', 'rate', 'latency-seconds', 'overlap-sizes', 'overlap-samples', 'skip-overlap', 'only', 'phase-seconds', 'profile', 'keep', 'seed', 'database-url', 'redis-url', 'out'];
  for (const name of flags.keys()) if (!known.includes(name)) throw new Error(`unknown option --${name}\n\n${HELP}`);

  const smoke = flags.has('smoke');
  const int = (name: string, fallback: number, min = 1): number => {
    const value = flags.get(name);
    if (value === undefined) return fallback;
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < min) throw new Error(`--${name} must be a whole number of at least ${min}`);
    return parsed;
  };
  const sizes = flags.get('overlap-sizes');
  const overlapSizes = typeof sizes === 'string' ? sizes.split(',').map((size) => Number(size.trim())) : smoke ? [1000, 2000] : [1000, 10000, 100000];
  if (overlapSizes.some((size) => !Number.isInteger(size) || size < 1) || overlapSizes.some((size, index) => index > 0 && size <= overlapSizes[index - 1])) {
    throw new Error('--overlap-sizes must be increasing whole numbers, e.g. 1000,10000,100000');
  }
  const rate = flags.has('rate') ? Number(flags.get('rate')) : undefined;
  if (rate !== undefined && !(rate > 0)) throw new Error('--rate must be a positive number of plans per second');
  const only = flags.get('only');
  if (only !== undefined && only !== 'pipeline' && only !== 'overlap') throw new Error('--only must be pipeline or overlap');
  return {
    smoke,
    only: only as BenchOptions['only'],
    phaseSeconds: int('phase-seconds', smoke ? 60 : 300),
    plans: int('plans', smoke ? 30 : 2000),
    concurrency: int('concurrency', smoke ? 8 : 16),
    workers: int('workers', 1),
    rate,
    latencySeconds: int('latency-seconds', smoke ? 4 : 20),
    overlapSizes,
    overlapSamples: int('overlap-samples', smoke ? 40 : 200),
    skipOverlap: flags.has('skip-overlap'),
    profile: flags.has('profile'),
    keep: flags.has('keep'),
    seed: int('seed', 42, 0),
    databaseUrl: String(flags.get('database-url') ?? process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'),
    redisUrl: typeof flags.get('redis-url') === 'string' ? String(flags.get('redis-url')) : undefined,
    out: typeof flags.get('out') === 'string' ? String(flags.get('out')) : undefined,
  };
}
