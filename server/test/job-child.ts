import { sql } from 'kysely';
import { connectPglite, connectPostgres } from '../platform/db/connect';
import { migrateToLatest } from '../platform/db/migrator';
import { JobQueue } from '../platform/jobs/job-queue';

// A process that queues one job, starts running it, says so on stdout and then hangs: the test kills it with -9.
const url = process.env.XW_TEST_DATABASE_URL;
const dbh = url ? connectPostgres(url, 2) : await connectPglite(process.env.XW_TEST_PGDATA ?? '');
await migrateToLatest(dbh.db);
const retryLimit = Number(process.env.XW_TEST_RETRY_LIMIT ?? '1');
const jobs = new JobQueue(dbh, { timezone: 'Asia/Shanghai', pollingSeconds: 0.5, heartbeatMs: 300, goneMs: 1500 });
jobs.define<{ key: string }>({
  name: 'test.effect',
  retryLimit,
  expireInSeconds: 600,
  async run(p) {
    await sql`insert into job_test_effects (key, outcome) values (${p.key}, 'half') on conflict do nothing`.execute(dbh.db);
    process.stdout.write(`RUNNING ${jobs.processId}\n`);
    await new Promise(() => undefined);
  },
  async giveUp() {},
});
await sql`create table if not exists job_test_effects (key text primary key, outcome text not null, reason text)`.execute(dbh.db);
await jobs.start();
await dbh.db.transaction().execute(async (tx) => {
  await jobs.enqueue(tx, 'test.effect', { key: process.env.XW_TEST_KEY ?? 'k' });
});
