/**
 * Preloaded (`node -r`) into the api and worker processes the bench starts, ahead of the TypeScript
 * hook. It changes nothing the application does; it only watches:
 * - every query sent through `pg` (which MikroORM's knex uses): counted by kind, whether inside an
 *   explicit transaction or on its own (autocommit), writes with their size (text and parameters),
 *   and by normalised text;
 * - on request, a CPU profile through the inspector (`--cpu-prof` cannot be used: Nest's shutdown
 *   hook re-raises the signal, so the process never exits normally and the profile is never written).
 * The bench talks to it over the IPC channel: {cmd:'queries'} answers the counters so far,
 * {cmd:'profile-start'} and {cmd:'profile-stop', path} write a .cpuprofile.
 */
const fs = require('node:fs');
const path = require('node:path');

const counters = {
  total: 0,
  byKind: {},
  inTransaction: 0,
  autocommit: 0,
  transactions: 0,
  writeParamBytes: 0,
  writes: 0,
  reads: 0,
  texts: new Map(),
};

function normalise(text) {
  // The head of a statement names it; long bodies (plan content in an INSERT) only cost regex time.
  return text
    .slice(0, 600)
    .replace(/\s+/g, ' ')
    .replace(/\bE'(?:[^'\\]|\\.|'')*'/g, "'?'")
    .replace(/'(?:[^']|'')*'/g, "'?'")
    .replace(/\$\d+/g, '?')
    .replace(/\b\d+\b/g, 'N')
    .replace(/\((?:\?, ?)+\?\)(?:, ?\((?:\?, ?)+\?\))+/g, '(?...),...')
    .trim()
    .slice(0, 240);
}

// A named (prepared) statement has one text: classified and normalised once, not on every run.
const namedStatements = new Map();
function namedStatement(name, text) {
  let statement = namedStatements.get(name);
  if (statement === undefined) namedStatements.set(name, (statement = { kind: kindOf(text), key: normalise(text) }));
  return statement;
}

function kindOf(text) {
  const match = /^\s*(?:with\b[\s\S]*?\)\s*)?(\w+)/i.exec(text);
  return match ? match[1].toLowerCase() : 'other';
}

function paramBytes(values) {
  if (!Array.isArray(values)) return 0;
  let bytes = 0;
  for (const value of values) {
    if (value === null || value === undefined) continue;
    if (typeof value === 'string') bytes += Buffer.byteLength(value);
    else if (Buffer.isBuffer(value)) bytes += value.length;
    else if (typeof value === 'object' && !(value instanceof Date)) bytes += Buffer.byteLength(JSON.stringify(value));
    else bytes += 8;
  }
  return bytes;
}

function record(client, config, values) {
  const text = typeof config === 'string' ? config : config && typeof config.text === 'string' ? config.text : '';
  if (!text) return;
  const params = Array.isArray(values) ? values : config && Array.isArray(config.values) ? config.values : undefined;
  const named = config && config.name ? namedStatement(config.name, text) : undefined;
  const kind = named ? named.kind : kindOf(text);
  counters.total += 1;
  counters.byKind[kind] = (counters.byKind[kind] ?? 0) + 1;
  if (kind === 'begin' || kind === 'start') {
    client.__benchInTx = true;
    counters.transactions += 1;
    return;
  }
  if (kind === 'commit' || kind === 'rollback') {
    client.__benchInTx = false;
    return;
  }
  if (kind === 'savepoint' || kind === 'release') return;
  if (client.__benchInTx) counters.inTransaction += 1;
  else counters.autocommit += 1;
  if (kind === 'insert' || kind === 'update' || kind === 'delete') {
    counters.writes += 1;
    // MikroORM inlines values into the SQL text (no bind parameters): the statement's size is its text plus any parameters.
    counters.writeParamBytes += Buffer.byteLength(text) + paramBytes(params);
  } else {
    counters.reads += 1;
  }
  const key = named ? named.key : normalise(text);
  counters.texts.set(key, (counters.texts.get(key) ?? 0) + 1);
}

try {
  const pg = require(require.resolve('pg', { paths: [process.cwd()] }));
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function benchCountedQuery(config, values, callback) {
    try {
      record(this, config, values);
    } catch {
      // counting must never break a query
    }
    return query.call(this, config, values, callback);
  };
} catch (error) {
  process.stderr.write(`[bench instrument] pg not patched: ${error.message}\n`);
}

function snapshot() {
  return {
    total: counters.total,
    byKind: { ...counters.byKind },
    inTransaction: counters.inTransaction,
    autocommit: counters.autocommit,
    transactions: counters.transactions,
    writes: counters.writes,
    reads: counters.reads,
    writeParamBytes: counters.writeParamBytes,
    texts: Object.fromEntries(counters.texts),
  };
}

let session = null;

function post(method, params) {
  return new Promise((resolve, reject) => session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result))));
}

async function handle(message) {
  if (!message || typeof message !== 'object') return undefined;
  switch (message.cmd) {
    case 'queries':
      return snapshot();
    case 'profile-start': {
      const inspector = require('node:inspector');
      session = new inspector.Session();
      session.connect();
      await post('Profiler.enable');
      await post('Profiler.setSamplingInterval', { interval: message.intervalUs ?? 1000 });
      await post('Profiler.start');
      return { started: true };
    }
    case 'profile-stop': {
      if (!session) return { written: null };
      const { profile } = await post('Profiler.stop');
      session.disconnect();
      session = null;
      fs.mkdirSync(path.dirname(message.path), { recursive: true });
      fs.writeFileSync(message.path, JSON.stringify(profile));
      return { written: message.path };
    }
    default:
      return undefined;
  }
}

if (typeof process.send === 'function') {
  process.on('message', (message) => {
    handle(message).then(
      (result) => process.send({ id: message && message.id, result }),
      (error) => process.send({ id: message && message.id, error: String(error && error.message) }),
    );
  });
  // The channel must not keep the process alive once the application has shut down.
  if (process.channel) process.channel.unref();
}
