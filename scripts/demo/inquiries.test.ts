import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PersonalDataCipher } from '../../server/platform/crypto/personal-data';
import { createTestDb, type TestDb, testConfig } from '../../server/test/harness';
import { seedDemoInquiries } from './inquiries';
import { seedDemo } from './seed';

let tdb: TestDb;

beforeAll(async () => {
  tdb = await createTestDb();
  const config = testConfig();
  await seedDemo(tdb.db);
  await seedDemoInquiries(tdb, config, new PersonalDataCipher(config.dataKey, config.hashKey));
}, 180_000);
afterAll(async () => {
  await tdb?.close();
});

describe('demo inquiries', () => {
  it('stand in every state of the loop, labelled as demo cases', async () => {
    const rows = await tdb.db.selectFrom('inquiries').select(['status', 'isDemo', 'redoCount', 'channel', 'extendedDays']).execute();
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['received', 'rejected', 'dispatched', 'signed', 'replied', 'closed']));
    expect(rows.every((r) => r.isDemo)).toBe(true);
    expect(rows.some((r) => r.redoCount > 0)).toBe(true);
    expect(rows.some((r) => r.extendedDays > 0)).toBe(true);
    expect(new Set(rows.map((r) => r.channel))).toEqual(new Set(['web', 'programme']));
    const pending = await tdb.db.selectFrom('inquiryExtensions').select('id').where('status', '=', 'pending').execute();
    expect(pending.length).toBeGreaterThan(0);
    const events = await tdb.db.selectFrom('inquiryEvents').select('action').distinct().execute();
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['reroute', 'supervise', 'redo', 'rate', 'extension_approve', 'escalate']));
  });

  it('count in the spine exactly what their records say', async () => {
    const { rows } = await sql<{ measure: string; facts: number; records: number }>`
      select f.measure, sum(f.value)::int as facts,
        case f.measure
          when 'inquiries_received' then (select count(*)::int from inquiries)
          when 'inquiries_replied_on_time' then (select count(*)::int from inquiries where first_reply_on_time)
          when 'inquiry_redos' then (select coalesce(sum(redo_count), 0)::int from inquiries)
        end as records
      from stat_facts f where f.source_module = 'inquiries'
      group by f.measure`.execute(tdb.db);
    const of = (m: string) => rows.find((r) => r.measure === m);
    for (const m of ['inquiries_received', 'inquiries_replied_on_time', 'inquiry_redos']) expect(of(m)?.facts).toBe(of(m)?.records);
    expect(of('inquiry_ratings_satisfied')?.facts).toBeLessThan(of('inquiry_ratings')?.facts ?? 0);
  });

  it('leave at least one case past its deadline, flagged by the reminders', async () => {
    const late = await tdb.db.selectFrom('inquiries').select('id').where('escalatedOn', 'is not', null).execute();
    expect(late.length).toBeGreaterThan(0);
  });
});
