import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkResidentId } from '../../contracts/volunteers/resident-id';
import { PersonalDataCipher } from '../../server/platform/crypto/personal-data';
import { createTestDb, type TestDb, testConfig } from '../../server/test/harness';
import { seedDemo } from './seed';
import { seedDemoTeams } from './volunteer-teams';
import { DEMO_VOLUNTEER_PHONE, seedDemoVolunteers } from './volunteers';

let tdb: TestDb;
let cipher: PersonalDataCipher;

beforeAll(async () => {
  tdb = await createTestDb();
  const { dataKey, hashKey } = testConfig();
  cipher = new PersonalDataCipher(dataKey, hashKey);
  await seedDemo(tdb.db);
  await seedDemoTeams(tdb);
  expect(await seedDemoVolunteers(tdb, cipher, '2026-11-26')).toBe(160);
}, 180_000);
afterAll(async () => {
  await tdb?.close();
});

describe('demo volunteers', () => {
  it('carry valid, unique resident IDs, encrypted, and one has an account for the volunteer app', async () => {
    const rows = await tdb.db.selectFrom('volunteers').select(['idNumberEnc', 'idNumberHash', 'userId']).execute();
    const ids = rows.map((r) => cipher.decrypt(r.idNumberEnc));
    expect(ids.every((id) => checkResidentId(id, '2026-11-26').ok)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(rows.filter((r) => r.userId !== null)).toHaveLength(1);
    const account = await tdb.db.selectFrom('users').select(['id', 'isDemo']).where('username', '=', DEMO_VOLUNTEER_PHONE).executeTakeFirstOrThrow();
    expect(account.isDemo).toBe(true);
  });

  it('have completed service with facts once per slot, points matching their ledgers, and long-serving ones past 100 hours', async () => {
    const { rows } = await sql<{ slots: number; facts: number; mismatched: number; starred: number }>`
      select (select count(*)::int from slot_completions) as slots,
        (select count(*)::int from stat_facts where source_module = 'volunteers' and source_type = 'slot') as facts,
        (select count(*)::int from points_balances b where b.balance <> (select coalesce(sum(delta), 0) from points_ledger l where l.volunteer_id = b.volunteer_id)) as mismatched,
        (select count(*)::int from (select volunteer_id from service_hours group by volunteer_id having sum(minutes) >= 6000) s) as starred`.execute(tdb.db);
    const r = rows[0];
    expect(r?.slots).toBeGreaterThan(800);
    expect(r?.facts).toBe((r?.slots ?? 0) * 3);
    expect(r?.mismatched).toBe(0);
    expect(r?.starred).toBeGreaterThan(0);
  });
});
