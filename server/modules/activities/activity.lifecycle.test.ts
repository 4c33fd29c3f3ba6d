import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test/harness';
import { viewerOf } from '../../test/stats-fixtures';
import { querySeries, verifyRollups } from '../stats';
import { type ActivitiesWorld, createActivitiesWorld, lectureBody } from './activities.test-fixture';

let w: ActivitiesWorld;

beforeAll(async () => {
  w = await createActivitiesWorld();
});
afterAll(async () => {
  await w?.app.close();
  await w?.tdb.close();
});

interface Rec {
  id: number;
  version: number;
  status: string;
}

async function create(client: TestClient, body: unknown): Promise<Rec> {
  const res = await client.request({ method: 'POST', url: '/api/activities', body });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Rec;
}

async function act(client: TestClient, r: Rec, action: string, reason?: string) {
  return client.request({ method: 'POST', url: `/api/activities/${r.id}/${action}`, body: { version: r.version, ...(reason ? { reason } : {}) } });
}

async function step(client: TestClient, r: Rec, action: string): Promise<Rec> {
  const res = await act(client, r, action);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Rec;
}

/** The year totals of a few measures for an org, as the stats module answers them. */
async function yearTotals(orgId: number, year: number): Promise<Record<string, number>> {
  const answer = await querySeries(w.tdb.db, viewerOf('t', w.tree.city, [w.tree.city]), {
    orgId,
    from: `${year}-01-01`,
    to: `${year}-12-31`,
    grain: 'year',
    measures: ['lectures', 'online_lectures', 'lecture_audience', 'online_views'],
  });
  return Object.fromEntries(answer.measures.map((m) => [m.measure, m.total.value]));
}

const code = (res: { json(): unknown }) => (res.json() as { error: { code: string } }).error.code;

describe('an activity from entry to the statistics', () => {
  let approved: Rec;

  it('is created as a draft with its history, submitted, approved, and counted up the tree', async () => {
    const draft = await create(w.clerkA, lectureBody(w.tree.townshipA));
    expect(draft).toMatchObject({ status: 'draft', version: 1 });
    const submitted = await step(w.clerkA, draft, 'submit');
    expect(await yearTotals(w.tree.townshipA, 2023)).toMatchObject({ lectures: 0 });
    approved = await step(w.reviewerA, submitted, 'approve');
    expect(approved).toMatchObject({ status: 'approved', version: 3, reviewedBy: 'reviewer_a' });
    for (const org of [w.tree.townshipA, w.tree.countyA, w.tree.city]) {
      expect(await yearTotals(org, 2023), `org ${org}`).toEqual({ lectures: 1, online_lectures: 1, lecture_audience: 120, online_views: 3400 });
    }
    expect(await yearTotals(w.tree.countyB, 2023)).toMatchObject({ lectures: 0 });
    const detail = await w.clerkA.request({ method: 'GET', url: `/api/activities/${approved.id}` });
    expect((detail.json() as { history: { action: string }[] }).history.map((h) => h.action)).toEqual(['create', 'submit', 'approve']);
  });

  it('refuses a second approval and counts the record once', async () => {
    const res = await act(w.reviewerA, { ...approved, version: approved.version }, 'approve');
    expect(res.statusCode).toBe(409);
    expect(code(res)).toBe('ACTIVITIES_BAD_TRANSITION');
    expect(await yearTotals(w.tree.city, 2023)).toMatchObject({ lectures: 1 });
  });

  it('refuses to edit an approved record', async () => {
    const res = await w.clerkA.request({ method: 'PATCH', url: `/api/activities/${approved.id}`, body: { version: approved.version, title: '改' } });
    expect(res.statusCode).toBe(409);
    expect(code(res)).toBe('ACTIVITIES_NOT_EDITABLE');
  });

  it('keeps approved figures from a clerk, and reverses them when a reviewer-admin withdraws', async () => {
    const denied = await act(w.clerkA, approved, 'withdraw');
    expect(code(denied)).toBe('COMMON_FORBIDDEN');
    const draft = await step(w.adminA, approved, 'withdraw');
    expect(draft.status).toBe('draft');
    for (const org of [w.tree.townshipA, w.tree.countyA, w.tree.city]) expect(await yearTotals(org, 2023)).toMatchObject({ lectures: 0, lecture_audience: 0 });
    const edited = await w.clerkA.request({
      method: 'PATCH',
      url: `/api/activities/${draft.id}`,
      body: { version: draft.version, fields: { ...lectureBody(0).fields, audience: 80 } },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const stale = await w.clerkA.request({ method: 'PATCH', url: `/api/activities/${draft.id}`, body: { version: draft.version, title: '旧版本' } });
    expect(code(stale)).toBe('ACTIVITIES_VERSION_CONFLICT');
  });

  it('counts concurrent approvals of one record once', async () => {
    const submitted = await step(w.clerkA, await create(w.clerkA, lectureBody(w.tree.villageA)), 'submit');
    const results = await Promise.all([act(w.reviewerA, submitted, 'approve'), act(w.adminA, submitted, 'approve')]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(await yearTotals(w.tree.city, 2023)).toMatchObject({ lectures: 1, lecture_audience: 120 });
  });

  it('dates facts by the local day of the start in the city’s time zone', async () => {
    const body = lectureBody(w.tree.townshipA, { startsAt: '2023-12-31T20:00:00Z', endsAt: '2023-12-31T22:00:00Z' });
    const submitted = await step(w.clerkA, await create(w.clerkA, body), 'submit');
    await step(w.reviewerA, submitted, 'approve');
    expect(await yearTotals(w.tree.townshipA, 2024)).toMatchObject({ lectures: 1 });
  });

  it('returns a submitted record only with a reason', async () => {
    const submitted = await step(w.clerkA, await create(w.clerkA, lectureBody(w.tree.townshipA)), 'submit');
    expect(code(await act(w.reviewerA, submitted, 'return'))).toBe('ACTIVITIES_RETURN_REASON');
    const res = await act(w.reviewerA, submitted, 'return', '缺少照片');
    expect(res.json()).toMatchObject({ status: 'returned', returnReason: '缺少照片' });
  });
});

describe('the spine after the lifecycle', () => {
  it('has rollups that agree with the facts, and an audit entry for every approval and withdrawal', async () => {
    expect((await verifyRollups(w.tdb.db)).differences).toEqual([]);
    const actions = await w.tdb.db.selectFrom('auditLog').select('action').where('action', 'in', ['activity.approve', 'activity.withdraw']).execute();
    expect(actions.map((a) => a.action).sort()).toEqual(['activity.approve', 'activity.approve', 'activity.approve', 'activity.withdraw']);
  });
});

describe('scope', () => {
  it("hides county A's records from county B's reviewer and refuses the approval", async () => {
    const submitted = await step(w.clerkA, await create(w.clerkA, lectureBody(w.tree.townshipA, { title: '乙区不可见' })), 'submit');
    expect((await w.reviewerB.request({ method: 'GET', url: `/api/activities/${submitted.id}` })).statusCode).toBe(404);
    const approve = await act(w.reviewerB, submitted, 'approve');
    expect(approve.statusCode).toBe(404);
    const list = await w.reviewerB.request({ method: 'GET', url: '/api/activities', query: { q: '乙区不可见' } });
    expect((list.json() as { total: number }).total).toBe(0);
    const own = await w.reviewerA.request({ method: 'GET', url: '/api/activities', query: { q: '乙区不可见', orgId: w.tree.countyA } });
    expect((own.json() as { total: number }).total).toBe(1);
    const other = await w.clerkA.request({ method: 'POST', url: '/api/activities', body: lectureBody(w.tree.townshipB) });
    expect(other.statusCode).toBe(404);
  });
});
