import { Agent, request } from 'node:http';

/** What a burst of requests got back: answered, refused (4xx), failed, and how long it took. */
export interface Shot {
  ok: number;
  refused: number;
  failed: number;
  millis: number;
}

/** Sends `n` requests, `concurrency` at a time, and counts the answers. */
export async function fire(n: number, concurrency: number, send: (i: number) => Promise<number>): Promise<Shot> {
  let next = 0;
  const shot: Shot = { ok: 0, refused: 0, failed: 0, millis: 0 };
  const t0 = Date.now();
  const worker = async () => {
    for (let i = next++; i < n; i = next++) {
      try {
        const status = await send(i);
        if (status === 200) shot.ok++;
        else if (status >= 400 && status < 500) shot.refused++;
        else shot.failed++;
      } catch {
        shot.failed++;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  shot.millis = Date.now() - t0;
  return shot;
}

/** Requests answered per second, refusals included: a refusal is an answer too. */
export function rate(s: Shot): number {
  return Math.round((s.ok + s.refused) / (s.millis / 1000));
}

/** Kept-alive HTTP requests to a local port, as phones on a venue's Wi-Fi would send them. */
export class LoadClient {
  readonly #agent: Agent;

  constructor(maxSockets: number) {
    this.#agent = new Agent({ keepAlive: true, maxSockets });
  }

  /** One request; resolves with the status once the answer is read. */
  send(port: number, method: 'POST' | 'PUT' | 'GET', path: string, headers: Record<string, string>, body = ''): Promise<number> {
    return new Promise((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port, path, method, agent: this.#agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  /** Closes the kept-alive connections. */
  close(): void {
    this.#agent.destroy();
  }
}
