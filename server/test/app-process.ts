import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../cli.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createNetServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** A platform process started by a test, as an operator starts it: `cli.ts start` on a port of its own. */
export interface AppProcess {
  child: ChildProcess;
  base: string;
}

/** Starts `cli.ts start` on the PostgreSQL database at `url` and waits until it is ready. */
export async function startApp(url: string): Promise<AppProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'start'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: url,
      DATA_DIR: mkdtempSync(join(tmpdir(), 'xw-proc-')),
      XUANWEN_DATA_KEY: '00112233445566778899aabbccddeeff',
      XUANWEN_HASH_KEY: 'ffeeddccbbaa99887766554433221100',
      LOG_LEVEL: 'silent',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    const ready = await fetch(`${base}/api/health/ready`).catch(() => null);
    if (ready?.status === 200) return { child, base };
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error('app process did not become ready');
}

/** Signs in through the HTTP API. */
export async function login(base: string, username: string, password: string): Promise<Response> {
  return fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
}

/** The session cookie of a sign-in answer, and its CSRF token. */
export function sessionOf(res: Response): { cookie: string; csrf: Promise<string> } {
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { cookie, csrf: res.json().then((b) => (b as { csrfToken: string }).csrfToken) };
}
