import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// PostgreSQL stopped and started under load: every request is answered (as usual, or 503 while the database is away) within the
// client's patience, none hangs, and the server serves again by itself. Needs DATABASE_URL and pg_ctlcluster (CI).
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const url = process.env.DATABASE_URL;
if (!url) throw new Error('pg-restart-drill needs DATABASE_URL');
const PORT = 3977;
const base = `http://127.0.0.1:${PORT}`;
const PATIENCE_MS = 15_000;

const server = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'server/cli.ts'), 'start'], {
  cwd: ROOT,
  env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', DATA_DIR: mkdtempSync(join(tmpdir(), 'xw-pgr-')), LOG_LEVEL: 'silent' },
  stdio: 'ignore',
});

async function ready(): Promise<boolean> {
  const r = await fetch(`${base}/api/health/ready`, { signal: AbortSignal.timeout(2000) }).catch(() => null);
  return r?.status === 200;
}

async function main(): Promise<number> {
  for (let i = 0; i < 300 && !(await ready()); i++) await new Promise((r) => setTimeout(r, 200));
  const statuses = new Map<string, number>();
  let hung = 0;
  let stop = false;
  // A request that reaches the database on every call: a session cookie to look up (unknown, so 401 when all is well).
  const load = async () => {
    while (!stop) {
      const res = await fetch(`${base}/api/auth/me`, { headers: { cookie: 'xw_session=not-a-session' }, signal: AbortSignal.timeout(PATIENCE_MS) }).catch(
        (e: Error) => e,
      );
      const key = res instanceof Error ? (res.name === 'TimeoutError' ? 'hung' : 'refused') : String(res.status);
      if (key === 'hung') hung++;
      statuses.set(key, (statuses.get(key) ?? 0) + 1);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  const loaders = [load(), load(), load(), load()];
  await new Promise((r) => setTimeout(r, 1000));
  execFileSync('pg_ctlcluster', ['15', 'main', 'stop', '-m', 'fast']);
  await new Promise((r) => setTimeout(r, 3000));
  execFileSync('pg_ctlcluster', ['15', 'main', 'start']);
  let back = false;
  const t0 = Date.now();
  while (!back && Date.now() - t0 < 60_000) {
    await new Promise((r) => setTimeout(r, 500));
    back = await ready();
  }
  await new Promise((r) => setTimeout(r, 1000));
  stop = true;
  await Promise.all(loaders);
  server.kill('SIGTERM');
  console.log(`answers during the restart: ${JSON.stringify(Object.fromEntries(statuses))}; serving again after ${Date.now() - t0} ms: ${back}`);
  const unexpected = [...statuses.keys()].filter((k) => k !== '401' && k !== '503');
  if (!back || hung > 0 || unexpected.length > 0 || !statuses.has('503')) return 1;
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    server.kill('SIGKILL');
    process.exit(1);
  },
);
