import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { loadConfig } from '../server/platform/config';
import { openDatabase } from '../server/platform/db/open';
import { createServer } from '../server/server';
import { DEMO_PASSWORD } from './demo/seed';

// The restore drill: the demo city backed up, restored into a new data folder, started, and compared with the original.
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CLI = join(ROOT, 'server/cli.ts');

function cli(dataDir: string, ...args: string[]): string {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
  delete env.DATABASE_URL;
  try {
    return execFileSync(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT, env, encoding: 'utf8' });
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string };
    return `${e.stdout ?? ''}${e.stderr ?? ''}exit ${String((err as { status?: number }).status)}`;
  }
}

interface Observed {
  verify: string;
  audit: number;
  report: unknown;
}

async function observe(dataDir: string): Promise<Observed> {
  const verify = cli(dataDir, 'stats:verify').trim();
  const config = { ...loadConfig({ ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' }), jobPollSeconds: 0.5 };
  const dbh = await openDatabase(config);
  const audit = (await sql<{ n: number }>`select count(*)::int as n from audit_log`.execute(dbh.db)).rows[0]?.n ?? 0;
  const app = await createServer({ config, dbh, migrationVersion: 'drill' });
  await app.ready();
  try {
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: DEMO_PASSWORD } });
    const cookie = login.cookies.find((c) => c.name === 'xw_session')?.value ?? '';
    const { csrfToken, me } = login.json() as { csrfToken: string; me: { orgId: number } };
    const headers = { 'x-csrf-token': csrfToken };
    const job = await app.inject({
      method: 'POST',
      url: '/api/reports/jobs',
      cookies: { xw_session: cookie },
      headers,
      payload: { orgId: me.orgId, kind: 'year', year: 2023 },
    });
    const id = (job.json() as { id: number }).id;
    let status = 'queued';
    for (let i = 0; i < 1200 && (status === 'queued' || status === 'running'); i++) {
      await new Promise((r) => setTimeout(r, 250));
      status = (await app.inject({ method: 'GET', url: `/api/reports/jobs/${id}`, cookies: { xw_session: cookie } })).json<{ status: string }>().status;
    }
    const content = await app.inject({ method: 'GET', url: `/api/reports/jobs/${id}/content`, cookies: { xw_session: cookie } });
    // The drill's own sign-in and report request are audited on both sides alike, after the count was taken.
    return { verify, audit, report: (content.json() as { sections: unknown }).sections };
  } finally {
    await app.close();
    await dbh.close();
  }
}

async function main(): Promise<void> {
  const original = mkdtempSync(join(tmpdir(), 'xw-drill-a-'));
  const restored = mkdtempSync(join(tmpdir(), 'xw-drill-b-'));
  const file = join(tmpdir(), `xw-drill-${process.pid}.xwbak`);
  console.log(cli(original, 'seed:demo').split('\n')[0]);
  // A sign-in and a report on the original first, so the audit log backed up is not empty.
  await observe(original);
  console.log(cli(original, 'backup', '--out', file).trim());
  // The keys travel apart from the backup, as the deployment guide says.
  copyFileSync(join(original, 'keys.json'), join(restored, 'keys.json'));
  console.log(cli(restored, 'restore', '--in', file).trim());
  const a = await observe(original);
  const b = await observe(restored);
  const same = {
    'stats:verify': a.verify === b.verify,
    'audit entries': a.audit === b.audit,
    'the 2023 report': JSON.stringify(a.report) === JSON.stringify(b.report),
  };
  console.log(`stats:verify: "${a.verify}" / "${b.verify}"; audit entries ${a.audit} / ${b.audit}`);
  for (const [what, ok] of Object.entries(same)) console.log(`${ok ? 'same' : 'DIFFERENT'}: ${what}`);
  const refused = cli(restored, 'restore', '--in', file).trim();
  console.log(`a second restore into the restored folder: ${refused.split('\n')[0]}`);
  if (!Object.values(same).every(Boolean) || !refused.includes('restore refused')) process.exit(1);
}

await main();
