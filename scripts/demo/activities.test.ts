import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measuresOf } from '../../contracts/activities/field-declaration';
import { findActivityTypes } from '../../server/modules/activities/activity-type.repository';
import { verifyRollups } from '../../server/modules/stats';
import { createTestDb, type TestDb } from '../../server/test/harness';
import { type DemoLedgerSummary, seedDemoLedger } from './activities';
import { demoYear } from './activity-plan';
import { seedDemo } from './seed';

let tdb: TestDb;
let summary: DemoLedgerSummary | null;

beforeAll(async () => {
  tdb = await createTestDb();
  await seedDemo(tdb.db);
  summary = await seedDemoLedger(tdb, 'Asia/Shanghai');
}, 300_000);
afterAll(async () => {
  await tdb?.close();
});

/** A measure's total at the city for a year, read from the rollups as every dashboard reads it. */
async function cityYear(measure: string, year: number): Promise<number> {
  const row = await sql<{ value: number }>`
    select r.value from stat_rollups r join orgs o on o.id = r.org_id
    where o.code = '419900' and r.measure = ${measure} and r.grain = 'year' and r.period_start = ${`${year}-01-01`}`.execute(tdb.db);
  return Number(row.rows[0]?.value ?? 0);
}

describe('demo ledger', () => {
  it('tags study sessions with the year’s first-agenda items, some on time, some late and a few not at all', async () => {
    const items = await tdb.db.selectFrom('firstAgendaItems').select(['id', 'dueOn', 'isDemo']).execute();
    expect(items).toHaveLength(24);
    expect(items.every((i) => i.isDemo)).toBe(true);
    const firsts = await sql<{ item: number; first: string; due: string }>`
      select (a.refs -> 'first_agenda_item' ->> 'id')::int as item, min((a.starts_at at time zone 'Asia/Shanghai')::date)::text as first,
        i.due_on::text as due
      from activities a join first_agenda_items i on i.id = (a.refs -> 'first_agenda_item' ->> 'id')::int
      group by 1, a.refs -> 'study_group' ->> 'id', i.due_on`.execute(tdb.db);
    const onTime = firsts.rows.filter((r) => r.first <= r.due).length;
    const late = firsts.rows.length - onTime;
    expect(onTime).toBeGreaterThan(late);
    expect(late).toBeGreaterThan(0);
    expect(await cityYear('first_agenda_studies', 2023)).toBe(firsts.rows.filter((r) => r.first >= '2023-01-01').length);
  });

  it('has every lecture name a troupe of its org or one above it, of the seed’s kinds, and a lecturer of that troupe', async () => {
    const kinds = await sql<{ kind: string; n: string }>`select kind, count(*) as n from lecture_troupes where is_demo group by kind order by kind`.execute(tdb.db);
    expect(kinds.rows.map((r) => r.kind)).toEqual(['bench', 'courtyard', 'party_committee', 'residents', 'sector', 'youth']);
    const stray = await sql<{ n: string }>`
      select count(*) as n from activities a
      left join lecture_troupes t on t.id = (a.refs -> 'lecture_troupe' ->> 'id')::int
      left join lecturers l on l.id = (a.refs -> 'lecturer' ->> 'id')::int
      where a.type_code = 'lecture' and (t.id is null or l.troupe_id is distinct from t.id
        or not exists (select 1 from org_closure c where c.ancestor_id = t.org_id and c.descendant_id = a.org_id and c.valid_to is null))`.execute(tdb.db);
    expect(Number(stray.rows[0]?.n)).toBe(0);
    const lecturers = await tdb.db.selectFrom('lecturers').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    expect(Number(lecturers.n)).toBeGreaterThan(500);
  });

  it('carries the seed report’s orders of magnitude for 2022 and 2023', async () => {
    expect(summary?.activities).toBeGreaterThan(150_000);
    for (const year of [2022, 2023]) {
      expect(await cityYear('study_sessions', year)).toBeGreaterThanOrEqual(4800);
      expect(await cityYear('city_group_sessions', year)).toBeGreaterThanOrEqual(9);
      expect(await cityYear('department_study_sessions', year)).toBeGreaterThanOrEqual(30);
      expect(await cityYear('online_lectures', year)).toBeGreaterThanOrEqual(1300);
      expect(await cityYear('online_lectures', year)).toBeLessThan(1400);
      expect(await cityYear('role_model_venue_events', year)).toBeGreaterThanOrEqual(100);
      expect(await cityYear('role_model_venue_events', year)).toBeLessThan(200);
    }
    expect(await cityYear('study_sessions', 2023)).toBeGreaterThanOrEqual(5000);
    expect(await cityYear('study_sessions', 2023)).toBeLessThan(6000);
    const events = (await cityYear('cultural_events', 2022)) + (await cityYear('cultural_events', 2023));
    expect(events).toBeGreaterThanOrEqual(40_000);
    expect(events).toBeLessThan(50_000);
    const services = (await cityYear('service_activities', 2022)) + (await cityYear('service_activities', 2023));
    expect(services).toBeGreaterThanOrEqual(100_000);
    expect(services).toBeLessThan(110_000);
  });

  it('writes exactly the facts an approval would, and rollups that match a direct recomputation', async () => {
    const types = new Map((await findActivityTypes(tdb.db)).map((t) => [t.code, t]));
    const sample = await sql<{ id: number; typeCode: string; fields: string; refs: string }>`
      select id, type_code as "typeCode", fields::text as fields, refs::text as refs from activities where id % 997 = 1 order by id`.execute(tdb.db);
    expect(sample.rows.length).toBeGreaterThan(100);
    for (const r of sample.rows) {
      const expected = measuresOf(types.get(r.typeCode)?.measures ?? [], JSON.parse(r.fields), JSON.parse(r.refs)).sort((a, b) => a.measure.localeCompare(b.measure));
      const facts = await tdb.db.selectFrom('statFacts').select(['measure', 'value']).where('sourceId', '=', String(r.id)).orderBy('measure').execute();
      expect(facts.map((f) => ({ measure: f.measure, value: Number(f.value) }))).toEqual(expected);
    }
    expect((await verifyRollups(tdb.db)).total).toBe(0);
  }, 300_000);

  it('labels every record as demo data and is deterministic', async () => {
    const unlabelled = await tdb.db.selectFrom('activities').select('id').where('isDemo', '=', false).limit(1).execute();
    expect(unlabelled).toEqual([]);
    const orgs = await tdb.db
      .selectFrom('orgs')
      .select(['id', 'name', 'shortName', 'level', 'kind', 'agencyType', 'parentId'])
      .where('closedOn', 'is', null)
      .orderBy('id')
      .execute();
    expect(demoYear(orgs, 2023)).toEqual(demoYear(orgs, 2023));
    expect(await seedDemoLedger(tdb, 'Asia/Shanghai')).toBeNull();
  });
});
