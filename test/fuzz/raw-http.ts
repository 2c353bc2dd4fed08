import { Agent, request } from 'node:http';
import type { Socket } from 'node:net';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  elapsedMs: number;
}

export interface RawRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
}

/**
 * Requests sent with node:http rather than fetch: any method (TRACE, PROPFIND), any bytes (invalid
 * UTF-8), any content type, over a pool of kept-alive sockets.
 */
export class RawHttp {
  private readonly agent: Agent;
  /** The request each socket carried last: a dropped connection is often the previous request's doing. */
  private readonly lastOn = new WeakMap<Socket, string>();
  /** The requests after whose answer the server closed a kept-alive connection another request was sent on. */
  readonly dropped: string[] = [];

  constructor(
    private readonly port: number,
    sockets: number,
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets: sockets });
  }

  /** The response; a request the server dropped without an answer gets status 0 and the error. */
  async send(raw: RawRequest, timeoutMs = 30_000): Promise<RawResponse> {
    const started = performance.now();
    try {
      try {
        return await this.exchange(raw, timeoutMs, started, this.agent);
      } catch (error) {
        // The server may close a kept-alive connection right after an answer (Fastify does after a
        // 431, without `Connection: close`); a request sent on it in that instant never reached the
        // server, and any client retries it on a new connection. So does this one, once.
        const previous = (error as { previous?: string }).previous;
        if (!previous || !/socket hang up|ECONNRESET|EPIPE/.test((error as Error).message)) throw error;
        this.dropped.push(previous);
        return await this.exchange(raw, timeoutMs, started, false);
      }
    } catch (error) {
      const previous = (error as { previous?: string }).previous;
      const after = previous ? ` (a reused connection; its previous request was ${previous})` : ' (a new connection)';
      return { status: 0, headers: {}, text: `no response: ${(error as Error).message}${after}`, elapsedMs: performance.now() - started };
    }
  }

  private exchange(raw: RawRequest, timeoutMs: number, started: number, agent: Agent | false): Promise<RawResponse> {
    return new Promise((resolve, reject) => {
      const headers: Record<string, string | number> = { ...raw.headers };
      if (raw.body !== undefined) headers['content-length'] = raw.body.length;
      const pending = request({ host: '127.0.0.1', port: this.port, method: raw.method, path: raw.path, headers, agent }, (response) => {
        if (pending.socket) this.lastOn.set(pending.socket, `${this.lastOn.get(pending.socket)} → ${response.statusCode}`);
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, text: Buffer.concat(chunks).toString('utf8'), elapsedMs: performance.now() - started }),
        );
        response.on('error', reject);
      });
      let previous: string | undefined;
      pending.on('socket', (socket) => {
        previous = this.lastOn.get(socket);
        this.lastOn.set(socket, `${raw.method} ${raw.path.slice(0, 200)} ${JSON.stringify(raw.headers).slice(0, 300)} body ${JSON.stringify(raw.body?.toString('utf8').slice(0, 200) ?? null)}`);
      });
      pending.setTimeout(timeoutMs, () => pending.destroy(new Error(`no response within ${timeoutMs} ms`)));
      pending.on('error', (error) => reject(Object.assign(error, { previous })));
      pending.end(raw.body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

/** Runs `work` over every item with at most `limit` at a time; results in the items' order. */
export async function mapBounded<T, R>(items: T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index], index);
    }
  });
  await Promise.all(lanes);
  return results;
}
