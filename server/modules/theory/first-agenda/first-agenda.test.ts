import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ActivityDetail } from '../../../../contracts/activities/activity.schemas';
import type { InboxPage } from '../../../../contracts/inbox/notice.schemas';
import type { FirstAgendaItem, FollowUpBoard } from '../../../../contracts/theory/first-agenda.schemas';
import type { StudyGroupDetail } from '../../../../contracts/theory/study-group.schemas';
import { type FixtureTree, loadFixtureTree } from '../../../test/fixture-tree';
import { createTestApp, createTestDb, createTestUser, signIn, type TestClient, type TestDb, testConfig } from '../../../test/harness';
import { WorkCalendar } from '../../calendar';
import { remindFirstAgenda } from './first-agenda.reminders';
import '../theory.tables';

let tdb: TestDb;
let app: FastifyInstance;
let tree: FixtureTree;
let cityAdmin: TestClient;
let adminA: TestClient;
let adminB: TestClient;
let groups: Record<'city' | 'a' | 'townshipA' | 'b', StudyGroupDetail>;
let item: FirstAgendaItem;

/** Moves the clock to a moment of the city's day; sessions lapse across such jumps, so everyone signs in again. */
async function at(instant: string): Promise<void> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(instant));
  cityAdmin = await signIn(app, 'fa_city');
  adminA = await signIn(app, 'fa_admin_a');
  adminB = await signIn(app, 'fa_admin_b');
}

async function ok<T>(client: TestClient, method: 'GET' | 'POST' | 'PATCH', url: string, body?: unknown, query?: Record<string, string | number>): Promise<T> {
  const res = await client.request({ method, url, body, query });
  if (res.statusCode !== 200) throw new Error(`${method} ${url}: ${res.body}`);
  return res.json() as T;
}

const group = (client: TestClient, orgId: number, level: string, name: string) =>
  ok<StudyGroupDetail>(client, 'POST', '/api/theory/study-groups', { orgId, level, name });

/** Records and submits a session of a group that studied an item on a day. */
async function studied(client: TestClient, orgId: number, groupId: number, itemId: number, day: string): Promise<ActivityDetail> {
  const a = await ok<ActivityDetail>(client, 'POST', '/api/activities', {
    typeCode: 'theory_study',
    orgId,
    title: '“第一议题”学习',
    startsAt: `${day}T09:00:00+08:00`,
    endsAt: `${day}T10:00:00+08:00`,
    fields: { study_group: groupId, topic: '学习重要讲话', attendees: 9, first_agenda_item: itemId },
  });
  return ok<ActivityDetail>(client, 'POST', `/api/activities/${a.id}/submit`, { version: a.version });
}

const publish = (client: TestClient, body: Record<string, unknown>) => client.request({ method: 'POST', url: '/api/theory/first-agenda', body });

const itemBody = (overrides: Record<string, unknown> = {}) => ({
  orgId: tree.city,
  title: '在省委全会上的重要讲话',
  source: 'speech',
  deliveredOn: '2025-02-28',
  deadlineWorkingDays: 5,
  documents: [{ title: '讲话全文', url: 'https://example.org/speech' }],
  ...overrides,
});

beforeAll(async () => {
  tdb = await createTestDb();
  tree = await loadFixtureTree(tdb.db);
  await createTestUser(tdb.db, { username: 'fa_city', orgId: tree.city, roles: ['city_admin'], view: [tree.city] });
  await createTestUser(tdb.db, { username: 'fa_admin_a', orgId: tree.countyA, roles: ['county_admin'], view: [tree.countyA] });
  await createTestUser(tdb.db, { username: 'fa_admin_b', orgId: tree.countyB, roles: ['county_admin'], view: [tree.countyB] });
  app = await createTestApp(tdb);
  await at('2025-03-03T10:00:00+08:00');
  groups = {
    city: await group(cityAdmin, tree.city, 'city_committee', '市委理论学习中心组'),
    a: await group(adminA, tree.countyA, 'county_committee', '甲区委理论学习中心组'),
    townshipA: await group(adminA, tree.townshipA, 'township_committee', '甲一街道党工委理论学习中心组'),
    b: await group(adminB, tree.countyB, 'county_committee', '乙区委理论学习中心组'),
  };
});
afterAll(async () => {
  vi.useRealTimers();
  await app?.close();
  await tdb?.close();
});

describe('first-agenda items', () => {
  it('counts the deadline in working days from the issue, and refuses one already past with nothing written', async () => {
    const res = await publish(cityAdmin, itemBody());
    expect(res.statusCode, res.body).toBe(200);
    item = (res.json() as FollowUpBoard).item;
    // Monday 3 March plus five working days is Monday 10 March.
    expect(item).toMatchObject({ issuedOn: '2025-03-03', dueOn: '2025-03-10', followUp: { groups: 4, notYet: 4 } });

    const before = await tdb.db.selectFrom('firstAgendaItems').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    const past = await publish(cityAdmin, itemBody({ issuedOn: '2025-02-03', deliveredOn: '2025-02-01' }));
    expect(past.statusCode).toBe(400);
    expect(past.json()).toMatchObject({ error: { code: 'THEORY_AGENDA_DEADLINE_PAST', fields: [{ path: 'body.deadlineWorkingDays' }] } });
    expect(past.json().error.message).toContain('2025-02-10');
    const later = await publish(cityAdmin, itemBody({ deliveredOn: '2025-03-05' }));
    expect(later.json().error.code).toBe('THEORY_AGENDA_DELIVERED_LATER');
    const after = await tdb.db.selectFrom('firstAgendaItems').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('is offered to the records of every org beneath its publisher, and an item of a county only beneath that county', async () => {
    const own = await ok<FollowUpBoard>(adminA, 'POST', '/api/theory/first-agenda', { ...itemBody({ orgId: tree.countyA, title: '甲区传达学习' }) }).catch((e) => e);
    // A county admin has no right to publish: the city publishes.
    expect(own).toBeInstanceOf(Error);
    const county = (await publish(cityAdmin, itemBody({ orgId: tree.countyA, title: '甲区委传达学习的指示', source: 'instruction' }))).json() as FollowUpBoard;
    expect(county.item.followUp.groups).toBe(2);
    const forTownship = await ok<{ id: number; label: string }[]>(adminA, 'GET', '/api/activities/references/first_agenda_item', undefined, { orgId: tree.townshipA });
    expect(forTownship.map((c) => c.id)).toEqual([county.item.id, item.id]);
    const forB = await ok<{ id: number; label: string }[]>(adminB, 'GET', '/api/activities/references/first_agenda_item', undefined, { orgId: tree.countyB });
    expect(forB.map((c) => c.id)).toEqual([item.id]);
    const hidden = await adminB.request({ method: 'GET', url: `/api/theory/first-agenda/${county.item.id}` });
    expect(hidden.statusCode).toBe(404);
    const list = await ok<{ items: FirstAgendaItem[] }>(adminB, 'GET', '/api/theory/first-agenda');
    expect(list.items.map((i) => i.id)).toEqual([item.id]);
    expect(list.items[0]?.followUp.groups).toBe(1);
    await ok(cityAdmin, 'PATCH', `/api/theory/first-agenda/${county.item.id}`, { version: 1, withdrawnReason: '重复发布' });
    const withdrawn = await ok<{ id: number }[]>(adminA, 'GET', '/api/activities/references/first_agenda_item', undefined, { orgId: tree.townshipA });
    expect(withdrawn.map((c) => c.id)).toEqual([item.id]);
  });

  it('reminds the groups not yet done two working days before the deadline, once, in their own org’s inbox', async () => {
    const deps = { db: tdb.db, workCalendar: new WorkCalendar(tdb.db), timezone: testConfig().timezone };
    await at('2025-03-05T10:00:00+08:00');
    await studied(adminA, tree.countyA, groups.a.id, item.id, '2025-03-05');
    // Two working days before Monday 10 March is Thursday 6 March: nothing yet on the 5th.
    expect(await remindFirstAgenda(deps)).toBe(0);
    await at('2025-03-06T08:00:00+08:00');
    expect(await remindFirstAgenda(deps)).toBe(3);
    expect(await remindFirstAgenda(deps)).toBe(0);
    const inboxB = await ok<InboxPage>(adminB, 'GET', '/api/inbox');
    expect(inboxB.unread).toBe(1);
    expect(inboxB.items[0]).toMatchObject({ kind: 'theory.first_agenda_due', params: { dueOn: '2025-03-10', group: '乙区委理论学习中心组' } });
    const inboxA = await ok<InboxPage>(adminA, 'GET', '/api/inbox');
    expect(inboxA.items).toEqual([]);
    const notice = inboxB.items[0];
    if (!notice) throw new Error('no notice');
    expect((await adminA.request({ method: 'POST', url: `/api/inbox/${notice.id}/read` })).statusCode).toBe(404);
    expect((await adminB.request({ method: 'POST', url: `/api/inbox/${notice.id}/read` })).statusCode).toBe(204);
    expect((await ok<InboxPage>(adminB, 'GET', '/api/inbox')).unread).toBe(0);
  });

  it('follows up per group: not yet first with the working days overdue, then late, then on time; a Party meeting counts for its org', async () => {
    await at('2025-03-12T10:00:00+08:00');
    await studied(adminB, tree.countyB, groups.b.id, item.id, '2025-03-12');
    const meeting = await ok<ActivityDetail>(adminA, 'POST', '/api/activities', {
      typeCode: 'party_meeting',
      orgId: tree.townshipA,
      title: '党工委会议',
      startsAt: '2025-03-07T15:00:00+08:00',
      endsAt: '2025-03-07T16:00:00+08:00',
      fields: { first_agenda_item: item.id, meeting_kind: 'standing_committee' },
    });
    expect(meeting.measures).toEqual([{ measure: 'first_agenda_studies', value: 1 }]);
    await ok(adminA, 'POST', `/api/activities/${meeting.id}/submit`, { version: meeting.version });

    const board = await ok<FollowUpBoard>(cityAdmin, 'GET', `/api/theory/first-agenda/${item.id}`);
    expect(board.rows.map((r) => [r.group.name, r.state, r.daysOverdue])).toEqual([
      ['市委理论学习中心组', 'not_yet', 2],
      ['乙区委理论学习中心组', 'late', 2],
      ['甲区委理论学习中心组', 'on_time', 0],
      ['甲一街道党工委理论学习中心组', 'on_time', 0],
    ]);
    expect(board.item.followUp).toEqual({ groups: 4, onTime: 2, late: 1, notYet: 1 });
    const mine = await ok<FollowUpBoard>(adminB, 'GET', `/api/theory/first-agenda/${item.id}`);
    expect(mine.rows.map((r) => r.group.name)).toEqual(['乙区委理论学习中心组']);
    const narrowed = await adminB.request({ method: 'GET', url: `/api/theory/first-agenda/${item.id}`, query: { orgId: tree.countyA } });
    expect(narrowed.statusCode).toBe(404);
    const late = await ok<FollowUpBoard>(cityAdmin, 'GET', `/api/theory/first-agenda/${item.id}`, undefined, { state: 'late' });
    expect(late.rows.map((r) => r.group.name)).toEqual(['乙区委理论学习中心组']);
  });

  it('keeps its deadline ahead on a change, and refuses a change after withdrawal or over a newer version', async () => {
    const past = await cityAdmin.request({ method: 'PATCH', url: `/api/theory/first-agenda/${item.id}`, body: { version: 1, deadlineWorkingDays: 3 } });
    expect(past.json().error.code).toBe('THEORY_AGENDA_DEADLINE_PAST');
    const renamed = await ok<FollowUpBoard>(cityAdmin, 'PATCH', `/api/theory/first-agenda/${item.id}`, { version: 1, title: '在省委全会上的重要讲话精神' });
    expect(renamed.item.version).toBe(2);
    const stale = await cityAdmin.request({ method: 'PATCH', url: `/api/theory/first-agenda/${item.id}`, body: { version: 1, title: '旧版本' } });
    expect(stale.json().error.code).toBe('THEORY_AGENDA_VERSION_CONFLICT');
    const foreign = await adminB.request({ method: 'PATCH', url: `/api/theory/first-agenda/${item.id}`, body: { version: 2, title: '乙区改名' } });
    expect(foreign.statusCode).toBe(403);
  });
});
