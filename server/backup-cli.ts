import { join, resolve } from 'node:path';
import { rebuildRollups } from './modules/stats';
import { writeBackup } from './platform/backup/backup';
import { RestoreRefused, restoreBackup } from './platform/backup/restore';
import type { Config } from './platform/config';
import type { DbHandle } from './platform/db/connect';

// Rollups are derived from the facts: left out of backups and rebuilt, so a restore also proves they can be.
const DERIVED = ['stat_rollups'];
// A database holding any of these already serves a deployment.
const DEPLOYMENT_TABLES = ['orgs', 'users'];

/** `npm run backup -- --out FILE` and `npm run restore -- --in FILE`; returns the exit code. */
export async function runBackupCommand(command: 'backup' | 'restore', dbh: DbHandle, config: Config, file: string | undefined): Promise<number> {
  if (!file) {
    console.error(`${command}: give the file with ${command === 'backup' ? '--out' : '--in'} FILE`);
    return 2;
  }
  const filesDir = join(config.dataDir, 'files');
  if (command === 'backup') {
    const t0 = Date.now();
    const s = await writeBackup(dbh, filesDir, resolve(file), DERIVED);
    const rows = Object.values(s.tables).reduce((a, b) => a + b, 0);
    console.log(
      `backup: ${rows} rows of ${Object.keys(s.tables).length} tables and ${s.files} files in ${resolve(file)} (${(s.bytes / 1e6).toFixed(1)} MB, ${Date.now() - t0} ms)`,
    );
    return 0;
  }
  try {
    const t0 = Date.now();
    const loaded = await restoreBackup(resolve(file), { dbh, filesDir, mustBeEmpty: DEPLOYMENT_TABLES });
    const rollups = await rebuildRollups(dbh.db);
    const rows = Object.values(loaded).reduce((a, b) => a + b, 0);
    console.log(`restore: ${rows} rows into ${Object.keys(loaded).length} tables, ${rollups} rollup rows rebuilt (${Date.now() - t0} ms)`);
    return 0;
  } catch (err) {
    if (err instanceof RestoreRefused) {
      console.error(`restore refused: ${err.message}`);
      return 1;
    }
    throw err;
  }
}
