import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approveOnlineLecture, contentOf, createReportsWorld, generate, type ReportsWorld, writeSeedMagnitudes } from '../modules/reports/report.test-fixture';
import { rebuildRollups } from '../modules/stats';
import { createTestApp, createTestDb, signIn, type TestDb } from './harness';
import { rollupSnapshot } from './stats-fixtures';
import { rowCount, writeBackup } from '../platform/backup/backup';
import { RestoreRefused, restoreBackup } from '../platform/backup/restore';
import { tablesInLoadOrder } from '../platform/backup/table-order';

const DERIVED = ['stat_rollups'];
const MUST_BE_EMPTY = ['orgs', 'users'];

let w: ReportsWorld;
let dir: string;
let file: string;
const open: TestDb[] = [];

async function counts(tdb: TestDb): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of await tablesInLoadOrder(tdb.db)) out[t.name] = await rowCount(tdb, t.name);
  return out;
}

beforeAll(async () => {
  w = await createReportsWorld();
  await writeSeedMagnitudes(w.tdb.db, w.tree);
  await approveOnlineLecture(w, w.tree.villageA);
  dir = mkdtempSync(join(tmpdir(), 'xw-backup-'));
  mkdirSync(join(dir, 'src-files', 'evidence', 'ab'), { recursive: true });
  writeFileSync(join(dir, 'src-files', 'evidence', 'ab', 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 1, 2, 3]));
  file = join(dir, 'city.xwbak');
  await writeBackup(w.tdb, join(dir, 'src-files'), file, DERIVED);
});

afterAll(async () => {
  await w?.app.close();
  await w?.tdb.close();
  for (const t of open) await t.close();
});

describe('backup and restore', () => {
  it('restores into an empty database and folder the same rows, files, rollups, audit and report', async () => {
    const target = await createTestDb();
    open.push(target);
    const filesDir = join(dir, 'restored-files');
    await restoreBackup(file, { dbh: target, filesDir, mustBeEmpty: MUST_BE_EMPTY });
    await rebuildRollups(target.db);
    expect(await counts(target)).toEqual(await counts(w.tdb));
    expect(await rollupSnapshot(target.db)).toEqual(await rollupSnapshot(w.tdb.db));
    expect(readFileSync(join(filesDir, 'evidence', 'ab', 'photo.jpg'))).toEqual(Buffer.from([0xff, 0xd8, 0xff, 1, 2, 3]));
    const before = await contentOf(w.sysadmin, (await generate(w.sysadmin, { orgId: w.tree.city, kind: 'year', year: 2023 })).id);
    const app = await createTestApp(target);
    try {
      const admin = await signIn(app, 'sysadmin');
      const after = await contentOf(admin, (await generate(admin, { orgId: w.tree.city, kind: 'year', year: 2023 })).id);
      expect(after.sections).toEqual(before.sections);
      // New ids continue after the restored ones.
      const created = await admin.request({ method: 'POST', url: '/api/reports/jobs', body: { orgId: w.tree.city, kind: 'year', year: 2022 } });
      expect(created.statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('refuses a database that already holds a deployment, and changes nothing', async () => {
    const target = await createTestDb();
    open.push(target);
    await w.tdb.db.selectFrom('orgs').select('id').execute();
    const { loadFixtureTree } = await import('./fixture-tree');
    await loadFixtureTree(target.db);
    const before = await counts(target);
    await expect(restoreBackup(file, { dbh: target, filesDir: join(dir, 'nf'), mustBeEmpty: MUST_BE_EMPTY })).rejects.toThrow(/not empty \(table orgs/);
    expect(await counts(target)).toEqual(before);
  });

  it('refuses a cut or altered backup file before touching the database', async () => {
    const target = await createTestDb();
    open.push(target);
    const before = await counts(target);
    const whole = readFileSync(file);
    const cut = join(dir, 'cut.xwbak');
    writeFileSync(cut, whole.subarray(0, Math.floor(whole.length * 0.6)));
    await expect(restoreBackup(cut, { dbh: target, filesDir: join(dir, 'cut-files'), mustBeEmpty: MUST_BE_EMPTY })).rejects.toBeInstanceOf(RestoreRefused);
    const lines = gunzipSync(whole).toString('utf8').split('\n');
    const short = join(dir, 'short.xwbak');
    writeFileSync(short, gzipSync(lines.slice(0, -3).join('\n')));
    await expect(restoreBackup(short, { dbh: target, filesDir: join(dir, 'short-files'), mustBeEmpty: MUST_BE_EMPTY })).rejects.toThrow(/cut short/);
    const altered = join(dir, 'altered.xwbak');
    writeFileSync(altered, gzipSync(lines.map((l) => l.replace('党的二十大精神宣讲', '别的标题')).join('\n')));
    await expect(restoreBackup(altered, { dbh: target, filesDir: join(dir, 'alt-files'), mustBeEmpty: MUST_BE_EMPTY })).rejects.toThrow(/digest/);
    expect(await counts(target)).toEqual(before);
    expect(readdirSync(dir).filter((f) => ['cut-files', 'short-files', 'alt-files'].includes(f))).toEqual([]);
  });
});
