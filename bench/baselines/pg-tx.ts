/**
 * Baseline: raw `pg` transactions of the same count and size per plan as the service made in the
 * pipeline run (measured by bench/support/instrument.js in the api and the worker): per plan,
 * `explicitTx` BEGIN…COMMIT transactions holding `statementsInTx` statements between them, plus
 * `autocommit` statements sent on their own; of all statements a share `writeShare` are single-row
 * INSERTs of `writeBytes` (the mean size of the service's writes), the rest primary-key SELECTs.
 * Run from `connections` clients at once (the api's and the worker's pools together).
 *
 * IPC: {cmd:'run', databaseUrl, plans, profile, connections} answers {startedAt, endedAt, transactions, statements}.
 */
import { Client } from 'pg';
import { serveRuns } from '../lib/processes';

export interface TxProfile {
  explicitTx: number;
  statementsInTx: number;
  autocommit: number;
  writeShare: number;
  writeBytes: number;
}

interface RunMessage {
  id: number;
  cmd: string;
  databaseUrl: string;
  plans: number;
  profile: TxProfile;
  connections: number;
}

async function run({ databaseUrl, plans, profile, connections }: RunMessage): Promise<{ startedAt: number; endedAt: number; transactions: number; statements: number }> {
  const setup = new Client({ connectionString: databaseUrl });
  await setup.connect();
  await setup.query('drop table if exists bench_tx_row');
  await setup.query('create table bench_tx_row (id bigserial primary key, plan integer not null, n integer not null, payload jsonb not null, created_at timestamptz not null default now())');
  await setup.query(`insert into bench_tx_row (plan, n, payload) select g, 0, '{}' from generate_series(1, 1000) g`);

  const explicit = Math.round(plans * profile.explicitTx);
  const inTx = Math.round(plans * profile.statementsInTx);
  const single = Math.round(plans * profile.autocommit);
  // The units of work, interleaved: a transaction of k statements, or one autocommit statement (k = 0).
  const units: number[] = [];
  const total = explicit + single;
  let placed = 0;
  for (let index = 0; index < total; index += 1) {
    if (Math.floor(((index + 1) * explicit) / total) > Math.floor((index * explicit) / total)) {
      units.push(Math.floor(((placed + 1) * inTx) / explicit) - Math.floor((placed * inTx) / explicit));
      placed += 1;
    } else {
      units.push(0);
    }
  }
  const filler = JSON.stringify({ text: 'x'.repeat(Math.max(0, Math.round(profile.writeBytes) - 12)) });
  let maxId = 1000;
  let statements = 0;
  let writeDebt = 0;

  const statement = async (client: Client, plan: number, n: number) => {
    statements += 1;
    writeDebt += profile.writeShare;
    if (writeDebt >= 1) {
      writeDebt -= 1;
      const { rows } = await client.query<{ id: string }>('insert into bench_tx_row (plan, n, payload) values ($1, $2, $3) returning id', [plan, n, filler]);
      maxId = Math.max(maxId, Number(rows[0].id));
    } else {
      await client.query('select id, plan, n, payload from bench_tx_row where id = $1', [1 + Math.floor(Math.random() * maxId)]);
    }
  };

  const clients = await Promise.all(
    Array.from({ length: connections }, async () => {
      const client = new Client({ connectionString: databaseUrl });
      await client.connect();
      return client;
    }),
  );
  const startedAt = Date.now();
  let next = 0;
  await Promise.all(
    clients.map(async (client) => {
      while (next < units.length) {
        const index = next++;
        const size = units[index];
        if (size === 0) {
          await statement(client, index, 0);
          continue;
        }
        await client.query('begin');
        for (let n = 0; n < size; n += 1) await statement(client, index, n);
        await client.query('commit');
      }
    }),
  );
  const endedAt = Date.now();
  await Promise.all(clients.map((client) => client.end()));
  await setup.query('drop table if exists bench_tx_row');
  await setup.end();
  return { startedAt, endedAt, transactions: units.length, statements };
}

serveRuns(run);
