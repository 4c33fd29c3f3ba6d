import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActivityDetail } from '../../../../contracts/activities/activity.schemas';
import type { ImportJob } from '../../../../contracts/activities/import.schemas';
import type { SessionAttendance } from '../../../../contracts/theory/attendance.schemas';
import type { StudyBoard } from '../../../../contracts/theory/board.schemas';
import type { StudyGroupDetail } from '../../../../contracts/theory/study-group.schemas';
import { type FixtureTree, loadFixtureTree } from '../../../test/fixture-tree';
import { createTestApp, createTestDb, createTestUser, signIn, type TestClient, type TestDb } from '../../../test/harness';
import { multipartBody } from '../../../test/multipart';
import '../theory.tables';

let tdb: TestDb;
let app: FastifyInstance;
let tree: FixtureTree;
let cityAdmin: TestClient;
let adminA: TestClient;
let adminB: TestClient;
let cityGroup: StudyGroupDetail;
let groupA: StudyGroupDetail;
let groupB: StudyGroupDetail;

async function group(client: TestClient, body: Record<string, unknown>): Promise<StudyGroupDetail> {
  const res = await client.request({ method: 'POST', url: '/api/theory/study-groups', body });
  if (res.statusCode !== 200) throw new Error(res.body);
  return res.json() as StudyGroupDetail;
}

const session = (orgId: number, groupId: number, overrides: Record<string, unknown> = {}) => ({
  typeCode: 'theory_study',
  orgId,
  title: '党的二十大精神专题学习',
  startsAt: '2023-03-02T09:00:00+08:00',
  endsAt: '2023-03-02T11:00:00+08:00',
  fields: { study_group: groupId, topic: '党的二十大精神', attendees: 12 },
  ...overrides,
});

async function count(table: 'activities' | 'statFacts'): Promise<number> {
  const r = await tdb.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

beforeAll(async () => {
  tdb = await createTestDb();
  tree = await loadFixtureTree(tdb.db);
  await createTestUser(tdb.db, { username: 'ss_city', orgId: tree.city, roles: ['city_admin'], view: [tree.city] });
  await createTestUser(tdb.db, { username: 'ss_admin_a', orgId: tree.countyA, roles: ['county_admin'], view: [tree.countyA] });
  await createTestUser(tdb.db, { username: 'ss_admin_b', orgId: tree.countyB, roles: ['county_admin'], view: [tree.countyB] });
  app = await createTestApp(tdb);
  cityAdmin = await signIn(app, 'ss_city');
  adminA = await signIn(app, 'ss_admin_a');
  adminB = await signIn(app, 'ss_admin_b');
  cityGroup = await group(cityAdmin, { orgId: tree.city, level: 'city_committee', name: '测试市委理论学习中心组' });
  groupA = await group(adminA, { orgId: tree.countyA, level: 'county_committee', name: '甲区委理论学习中心组' });
  groupB = await group(adminB, { orgId: tree.countyB, level: 'county_committee', name: '乙区委理论学习中心组' });
});
afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

describe('a study session refers to its study group', () => {
  it('offers the record’s org its own groups, and a neighbouring county none of them', async () => {
    const mine = await adminA.request({ method: 'GET', url: '/api/activities/references/study_group', query: { orgId: tree.countyA } });
    expect(mine.json()).toEqual([{ id: groupA.id, label: '甲区委理论学习中心组' }]);
    const theirs = await adminB.request({ method: 'GET', url: '/api/activities/references/study_group', query: { orgId: tree.countyA } });
    expect(theirs.statusCode).toBeGreaterThanOrEqual(403);
    expect(theirs.body).not.toContain('甲区委');
  });

  it('keeps the group’s id and a snapshot of its name and level, which the measures read', async () => {
    const res = await adminA.request({ method: 'POST', url: '/api/activities', body: session(tree.countyA, groupA.id) });
    expect(res.statusCode, res.body).toBe(200);
    const a = res.json() as ActivityDetail;
    expect(a.fields.study_group).toBe(groupA.id);
    expect(a.refs).toEqual({ study_group: { id: groupA.id, label: '甲区委理论学习中心组' } });
    expect(a.measures.map((m) => m.measure).sort()).toEqual(['study_attendees', 'study_sessions']);

    const city = (await cityAdmin.request({ method: 'POST', url: '/api/activities', body: session(tree.city, cityGroup.id) })).json() as ActivityDetail;
    expect(city.measures.map((m) => m.measure).sort()).toEqual(['city_group_sessions', 'study_attendees', 'study_sessions']);
    const submitted = (await cityAdmin.request({ method: 'POST', url: `/api/activities/${city.id}/submit`, body: { version: city.version } })).json() as ActivityDetail;
    const approved = await cityAdmin.request({ method: 'POST', url: `/api/activities/${city.id}/approve`, body: { version: submitted.version } });
    expect(approved.statusCode, approved.body).toBe(200);
    const facts = await tdb.db.selectFrom('statFacts').select('measure').where('sourceId', '=', String(city.id)).orderBy('measure').execute();
    expect(facts.map((f) => f.measure)).toEqual(['city_group_sessions', 'study_attendees', 'study_sessions']);
  });

  it('refuses another org’s group, a missing one, or none, in the caller’s language, and records nothing', async () => {
    const before = await count('activities');
    const other = await adminA.request({ method: 'POST', url: '/api/activities', body: session(tree.countyA, groupB.id) });
    expect(other.statusCode).toBe(400);
    expect(other.json()).toMatchObject({ error: { code: 'ACTIVITIES_REFERENCE_NOT_FOUND', fields: [{ path: 'body.fields.study_group' }] } });
    expect(other.json().error.message).toContain('理论学习中心组');
    const missing = await adminA.request({ method: 'POST', url: '/api/activities', body: session(tree.countyA, 999_999), headers: { 'accept-language': 'en' } });
    expect(missing.json().error.message).toContain('study group');
    const none = await adminA.request({ method: 'POST', url: '/api/activities', body: { ...session(tree.countyA, 1), fields: { topic: '无中心组' } } });
    expect(none.statusCode).toBe(400);
    expect(await count('activities')).toBe(before);
  });

  it('moving a record to another group re-takes the snapshot; the org stays the one that studied', async () => {
    const second = await group(adminA, { orgId: tree.countyA, level: 'agency', name: '甲区教育局党组理论学习中心组' });
    const a = (await adminA.request({ method: 'POST', url: '/api/activities', body: session(tree.countyA, groupA.id) })).json() as ActivityDetail;
    const res = await adminA.request({
      method: 'PATCH',
      url: `/api/activities/${a.id}`,
      body: { version: a.version, fields: { study_group: second.id, topic: '党的二十大精神', attendees: 9 } },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as ActivityDetail).refs.study_group?.label).toBe('甲区教育局党组理论学习中心组');
  });

  it('imports sessions naming the org’s group, and refuses the whole sheet when a row names another org’s', async () => {
    const template = await adminA.request({ method: 'GET', url: '/api/activity-types/theory_study/template' });
    const tb = new ExcelJS.Workbook();
    await tb.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    const headers = ((tb.worksheets[0]?.getRow(1).values ?? []) as unknown[]).slice(1).map(String);
    expect(headers).toContain('中心组*');
    const col = (h: string) => headers.indexOf(h);
    const row = (groupName: string) => {
      const cells: unknown[] = headers.map(() => null);
      cells[0] = '甲区（419902）';
      cells[1] = '专题学习（导入）';
      cells[2] = '2023-04-06 09:00';
      cells[3] = '2023-04-06 11:00';
      cells[col('中心组*')] = groupName;
      cells[col('学习主题*')] = '党的二十大精神';
      return cells;
    };
    const upload = async (rows: unknown[][]) => {
      const wb = new ExcelJS.Workbook();
      const sheet = wb.addWorksheet('中心组学习');
      sheet.addRow(headers);
      for (const r of rows) sheet.addRow(r);
      const form = multipartBody({ typeCode: 'theory_study', submit: 'false' }, { filename: '中心组学习.xlsx', content: Buffer.from(await wb.xlsx.writeBuffer()) });
      const res = await adminA.request({ method: 'POST', url: '/api/activities/imports', body: form.payload, headers: form.headers });
      expect(res.statusCode, res.body).toBe(202);
      let job = res.json() as ImportJob;
      for (let i = 0; i < 500 && job.status !== 'done' && job.status !== 'failed'; i++) {
        await new Promise((r) => setTimeout(r, 20));
        job = (await adminA.request({ method: 'GET', url: `/api/activities/imports/${job.id}` })).json() as ImportJob;
      }
      return job;
    };
    const before = await count('activities');
    const bad = await upload([row('甲区委理论学习中心组'), row('乙区委理论学习中心组')]);
    expect(bad.status).toBe('failed');
    expect(bad.errors).toEqual([expect.objectContaining({ row: 3, header: '中心组*', message: expect.stringContaining('“乙区委理论学习中心组”不是该单位的中心组') })]);
    expect(await count('activities')).toBe(before);
    const ok = await upload([row('甲区委理论学习中心组')]);
    expect(ok.status).toBe('done');
    const imported = await sql<{ refs: string }>`select refs::text as refs from activities order by id desc limit 1`.execute(tdb.db);
    expect(JSON.parse(imported.rows[0]?.refs ?? '{}')).toEqual({
      study_group: { id: groupA.id, label: '甲区委理论学习中心组', attributes: { level: 'county_committee' } },
    });
  });
});

describe('a study session’s attendance', () => {
  let session1: ActivityDetail;
  let members: { id: number; name: string }[];
  const url = () => `/api/theory/sessions/${session1.id}/attendance`;

  beforeAll(async () => {
    for (const [name, post] of [
      ['甲书记', '书记'],
      ['甲副书记', '副书记'],
      ['甲部长', '宣传部部长'],
    ] as const) {
      await adminA.request({ method: 'POST', url: `/api/theory/study-groups/${groupA.id}/members`, body: { name, post } });
    }
    await adminB.request({ method: 'POST', url: `/api/theory/study-groups/${groupB.id}/members`, body: { name: '乙书记', post: '书记' } });
    const detail = (await adminA.request({ method: 'GET', url: `/api/theory/study-groups/${groupA.id}` })).json() as StudyGroupDetail;
    members = detail.members.map((m) => ({ id: m.id, name: m.name }));
    session1 = (await adminA.request({ method: 'POST', url: '/api/activities', body: session(tree.countyA, groupA.id) })).json() as ActivityDetail;
  });

  it('lists the group’s members with nothing recorded yet', async () => {
    const a = (await adminA.request({ method: 'GET', url: url() })).json() as SessionAttendance;
    expect(a).toMatchObject({ group: { id: groupA.id }, editable: true, presentCount: 0, version: session1.version });
    expect(a.lines.map((l) => [l.name, l.present])).toEqual([
      ['甲书记', null],
      ['甲副书记', null],
      ['甲部长', null],
    ]);
  });

  it('records who was there, who was away and why, who spoke; the attendee count follows', async () => {
    const [m1, m2, m3] = members as unknown as [{ id: number }, { id: number }, { id: number }];
    const res = await adminA.request({
      method: 'PUT',
      url: url(),
      body: {
        version: session1.version,
        entries: [
          { memberId: m1.id, present: true, spoke: true },
          { memberId: m2.id, present: true },
          { memberId: m3.id, present: false, absenceReason: '外出公务' },
        ],
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const a = res.json() as SessionAttendance;
    expect([a.presentCount, a.speakerCount]).toEqual([2, 1]);
    expect(a.lines.find((l) => l.memberId === m3.id)).toMatchObject({ present: false, absenceReason: '外出公务', spoke: false });
    const rec = (await adminA.request({ method: 'GET', url: `/api/activities/${session1.id}` })).json() as ActivityDetail;
    expect(rec.fields.attendees).toBe(2);
    expect(rec.version).toBe(session1.version + 1);
    expect(a.version).toBe(rec.version);
    session1 = rec;
  });

  it('refuses a non-member, an absence without reason, an absent speaker, or a stale version, and keeps what was recorded', async () => {
    const [m1] = members as unknown as [{ id: number }];
    const outsider = (await adminB.request({ method: 'GET', url: `/api/theory/study-groups/${groupB.id}` })).json() as StudyGroupDetail;
    const put = (entries: unknown[], version = session1.version) => adminA.request({ method: 'PUT', url: url(), body: { version, entries } });
    const stranger = await put([{ memberId: outsider.members[0]?.id, present: true }]);
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json()).toMatchObject({ error: { code: 'THEORY_NOT_A_MEMBER' } });
    const noReason = await put([{ memberId: m1.id, present: false }]);
    expect(noReason.statusCode).toBe(400);
    expect(JSON.stringify(noReason.json())).toContain('缺席须写明原因');
    const absentSpeaker = await put([{ memberId: m1.id, present: false, absenceReason: '病假', spoke: true }]);
    expect(JSON.stringify(absentSpeaker.json())).toContain('缺席的成员不能登记为研讨发言');
    const stale = await put([{ memberId: m1.id, present: true }], session1.version - 1);
    expect(stale.statusCode).toBe(409);
    const a = (await adminA.request({ method: 'GET', url: url() })).json() as SessionAttendance;
    expect(a.presentCount).toBe(2);
  });

  it('is neither readable nor writable from a neighbouring county', async () => {
    const read = await adminB.request({ method: 'GET', url: url() });
    expect(read.statusCode).toBe(404);
    expect(read.body).not.toContain('甲');
    const write = await adminB.request({ method: 'PUT', url: url(), body: { version: session1.version, entries: [] } });
    expect(write.statusCode).toBe(404);
    const a = (await adminA.request({ method: 'GET', url: url() })).json() as SessionAttendance;
    expect(a.presentCount).toBe(2);
  });

  it('is fixed once the session is submitted, like the rest of the record', async () => {
    const submitted = (await adminA.request({ method: 'POST', url: `/api/activities/${session1.id}/submit`, body: { version: session1.version } })).json() as ActivityDetail;
    const a = (await adminA.request({ method: 'GET', url: url() })).json() as SessionAttendance;
    expect(a.editable).toBe(false);
    const res = await adminA.request({ method: 'PUT', url: url(), body: { version: submitted.version, entries: [] } });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: { code: 'ACTIVITIES_NOT_EDITABLE' } });
  });
});

describe('the yearly study board', () => {
  it('puts lagging groups first, furthest behind first, counting approved sessions and showing the rest as pending', async () => {
    const board = (await cityAdmin.request({ method: 'GET', url: '/api/theory/board', query: { year: 2023 } })).json() as StudyBoard;
    expect(board.monthsElapsed).toBe(12);
    expect(board.asOf).toBe('2023-12-31');
    const first = board.rows[0];
    expect(first).toMatchObject({ group: { id: cityGroup.id }, minimum: 9, sessions: 1, standing: 'lagging', behind: 8, area: null });
    const a = board.rows.find((r) => r.group.id === groupA.id);
    expect(a).toMatchObject({ sessions: 0, standing: 'lagging', behind: 6, area: { id: tree.countyA, name: '甲区' } });
    expect(a?.pending).toBeGreaterThanOrEqual(2);
    const behind = board.rows.map((r) => r.behind);
    expect(behind).toEqual([...behind].sort((x, y) => y - x));
    const countyA = board.areas.find((x) => x.area?.id === tree.countyA);
    expect(countyA).toMatchObject({ groups: 2, lagging: 2 });
  });

  it('expects nothing yet of a year not begun', async () => {
    const board = (await cityAdmin.request({ method: 'GET', url: '/api/theory/board', query: { year: 2099 } })).json() as StudyBoard;
    expect(board.monthsElapsed).toBe(0);
    expect(board.rows.every((r) => r.standing === 'on_pace' && r.expectedToDate === 0)).toBe(true);
  });

  it('shows a county only its own groups, and refuses a neighbour’s subtree', async () => {
    const mine = (await adminB.request({ method: 'GET', url: '/api/theory/board', query: { year: 2023 } })).json() as StudyBoard;
    expect(mine.rows.map((r) => r.group.id)).toEqual([groupB.id]);
    const theirs = await adminB.request({ method: 'GET', url: '/api/theory/board', query: { year: 2023, orgId: tree.countyA } });
    expect(theirs.statusCode).toBeGreaterThanOrEqual(403);
    expect(theirs.body).not.toContain('甲区委');
  });
});
