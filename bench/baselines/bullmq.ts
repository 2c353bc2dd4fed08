/**
 * Baseline: bare BullMQ, no-op jobs, with the service's job options (retention, attempts) and a
 * payload of the same shape. Two processes run this file: `worker` (a Worker at the service's
 * concurrency that counts completions) and `producer` (adds each plan's jobs with one addBulk, as
 * the outbox relay and the events processor do, from `concurrency` producers at once).
 *
 * IPC: worker {cmd:'wait', total} answers {lastAt} once `total` jobs completed since it started;
 * producer {cmd:'produce', round, plans, jobsPerPlan, concurrency} answers {startedAt, endedAt}; the
 * round is in the job ids, which BullMQ would otherwise take for the completed jobs it keeps.
 */
import { Queue, Worker } from 'bullmq';
import { DEFAULT_JOB_OPTIONS, redisOptions } from '@accord/queues';

const role = process.argv[2];
const redisUrl = process.env.REDIS_URL!;
const prefix = process.env.QUEUE_PREFIX ?? 'bench-baseline';
const QUEUE = 'noop';

interface Message {
  id: number;
  cmd: string;
  total?: number;
  round?: number;
  plans?: number;
  jobsPerPlan?: number;
  concurrency?: number;
}

function answer(id: number, result: unknown): void {
  process.send!({ id, result });
}

if (role === 'worker') {
  let completed = 0;
  let lastAt = 0;
  let waiting: { total: number; id: number } | undefined;
  const worker = new Worker(QUEUE, async () => undefined, {
    connection: redisOptions(redisUrl),
    prefix,
    concurrency: Number(process.env.WORKER_CONCURRENCY ?? 16),
  });
  worker.on('completed', () => {
    completed += 1;
    lastAt = Date.now();
    if (waiting && completed >= waiting.total) {
      answer(waiting.id, { lastAt, completed });
      waiting = undefined;
    }
  });
  worker.on('error', (error) => console.error(`baseline worker: ${error.message}`));
  process.on('message', (message: Message) => {
    if (message.cmd !== 'wait') return;
    if (completed >= message.total!) answer(message.id, { lastAt, completed });
    else waiting = { total: message.total!, id: message.id };
  });
  void worker.waitUntilReady().then(() => process.send?.({ ready: true }));
} else if (role === 'producer') {
  const queue = new Queue(QUEUE, { connection: redisOptions(redisUrl), prefix, defaultJobOptions: DEFAULT_JOB_OPTIONS });
  process.on('message', (message: Message) => {
    if (message.cmd !== 'produce') return;
    const plans = message.plans!;
    const total = Math.round(plans * message.jobsPerPlan!);
    const perPlan = Math.max(1, Math.ceil(message.jobsPerPlan!));
    const startedAt = Date.now();
    let added = 0;
    let plan = 0;
    const producer = async () => {
      while (added < total) {
        const count = Math.min(perPlan, total - added);
        added += count;
        const id = `r${message.round ?? 0}p${plan++}`;
        await queue.addBulk(Array.from({ length: count }, (_, seq) => ({ name: 'noop', data: { planId: id, seq, version: 1 }, opts: { jobId: `${id}-${seq}` } })));
      }
    };
    Promise.all(Array.from({ length: message.concurrency ?? 16 }, producer)).then(
      () => answer(message.id, { startedAt, endedAt: Date.now(), total }),
      (error: Error) => process.send!({ id: message.id, error: error.message }),
    );
  });
  void queue.waitUntilReady().then(() => process.send?.({ ready: true }));
} else {
  console.error(`usage: bullmq.ts worker|producer`);
  process.exit(2);
}
