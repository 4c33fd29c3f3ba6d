import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Project, Signup } from '../../../../contracts/volunteers/project.schemas';
import type { Volunteer } from '../../../../contracts/volunteers/volunteer.schemas';
import type { TestClient } from '../../../test/harness';
import { openWorld, residentId, type VolunteersWorld, volunteerAccount } from '../volunteers.test-fixture';
import './projects.tables';

let w: VolunteersWorld;
let seq = 0;

beforeAll(async () => {
  w = await openWorld();
});
afterAll(async () => {
  await w?.app.close();
  await w?.tdb.close();
});

async function volunteer(name: string, extra: Record<string, unknown> = {}): Promise<Volunteer> {
  seq += 1;
  const res = await w.clerkA.request({
    method: 'POST',
    url: '/api/volunteers',
    body: {
      name,
      idType: 'resident_id',
      idNumber: residentId('19930303', seq),
      phone: `1360000${String(seq).padStart(4, '0')}`,
      homeOrgId: w.tree.villageA,
      consent: true,
      consentVersion: '2026-1',
      ...extra,
    },
  });
  if (res.statusCode !== 200) throw new Error(res.body);
  return res.json() as Volunteer;
}

const at = (day: string, hour: number) => `2099-${day}T${String(hour).padStart(2, '0')}:00:00+08:00`;
const slot = (day: string, from: number, to: number, headcount: number) => ({ startsAt: at(day, from), endsAt: at(day, to), headcount });

async function project(title: string, slots: ReturnType<typeof slot>[], extra: Record<string, unknown> = {}): Promise<Project> {
  const res = await w.clerkA.request({
    method: 'POST',
    url: '/api/volunteer-projects',
    body: { orgId: w.tree.villageA, title, category: 'environment', slots, ...extra },
  });
  if (res.statusCode !== 200) throw new Error(res.body);
  return res.json() as Project;
}

const signUp = (client: TestClient, p: Project, slotIndex: number, volunteerId: number, waitlist = false) =>
  client.request({ method: 'POST', url: `/api/volunteer-projects/${p.id}/slots/${p.slots[slotIndex]?.id}/signups`, body: { volunteerId, waitlist } });
const cancel = (client: TestClient, p: Project, slotIndex: number, volunteerId: number) =>
  client.request({ method: 'POST', url: `/api/volunteer-projects/${p.id}/slots/${p.slots[slotIndex]?.id}/signups/${volunteerId}/cancel` });

async function counts(): Promise<Record<string, number>> {
  const { rows } = await sql<{ name: string; n: number }>`
    select 'projects' as name, count(*)::int as n from service_projects
    union all select 'slots', count(*)::int from project_slots
    union all select 'signups ' || status, count(*)::int from slot_signups group by status`.execute(w.tdb.db);
  return Object.fromEntries(rows.map((r) => [r.name, r.n]));
}

describe('service projects', () => {
  it('publishes a project with its slots, and refuses a slot ending before it starts or an unknown venue, writing nothing', async () => {
    const p = await project('甲一社区清洁家园', [slot('05-01', 9, 11, 3), slot('05-02', 9, 11, 2)], { description: '捡拾垃圾' });
    expect(p).toMatchObject({ org: { id: w.tree.villageA, name: '甲一社区' }, status: 'recruiting', team: null, venue: null, category: 'environment' });
    expect(p.slots.map((s) => [s.headcount, s.confirmed, s.waiting, s.full])).toEqual([
      [3, 0, 0, false],
      [2, 0, 0, false],
    ]);
    const before = await counts();
    const backwards = await w.clerkA.request({
      method: 'POST',
      url: '/api/volunteer-projects',
      body: { orgId: w.tree.villageA, title: '倒序', category: 'culture', slots: [slot('05-01', 9, 11, 1), slot('05-01', 11, 10, 1)] },
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.fields).toEqual([{ path: 'body.slots.1.endsAt', message: '时段的结束时间须晚于开始时间' }]);
    const noVenue = await w.clerkA.request({
      method: 'POST',
      url: '/api/volunteer-projects',
      body: { orgId: w.tree.villageA, title: '无地点', category: 'culture', venueId: 999_999, slots: [slot('05-01', 9, 11, 1)] },
    });
    expect(noVenue.json().error.code).toBe('VOLUNTEERS_VENUE_NOT_FOUND');
    const outside = await w.adminB.request({
      method: 'POST',
      url: '/api/volunteer-projects',
      body: { orgId: w.tree.villageA, title: '越界', category: 'culture', slots: [slot('05-01', 9, 11, 1)] },
    });
    expect(outside.statusCode).toBe(404);
    expect(await counts()).toEqual(before);
    expect((await w.adminB.request({ method: 'GET', url: `/api/volunteer-projects/${p.id}` })).statusCode).toBe(404);
    expect((await w.reviewerB.request({ method: 'GET', url: '/api/volunteer-projects' })).json().total).toBe(0);
  });

  it('fills a slot, then offers its waiting list, and moves the first waiting up when a place frees', async () => {
    const p = await project('敬老院陪伴', [slot('06-01', 9, 11, 2)]);
    const [a, b, c, d] = [await volunteer('甲'), await volunteer('乙'), await volunteer('丙'), await volunteer('丁')];
    expect((await signUp(w.clerkA, p, 0, a.id)).json()).toMatchObject({ status: 'confirmed', position: null });
    expect((await signUp(w.clerkA, p, 0, b.id)).json()).toMatchObject({ status: 'confirmed' });
    const before = await counts();
    const full = await signUp(w.clerkA, p, 0, c.id);
    expect(full.statusCode).toBe(409);
    expect(full.json().error).toMatchObject({ code: 'VOLUNTEERS_SLOT_FULL', message: '该时段已满员（2 人），可选择进入候补名单，有人取消时按顺序递补' });
    expect(await counts()).toEqual(before);
    expect((await signUp(w.clerkA, p, 0, c.id, true)).json()).toMatchObject({ status: 'waiting', position: 1 });
    expect((await signUp(w.clerkA, p, 0, d.id, true)).json()).toMatchObject({ status: 'waiting', position: 2 });
    const shown = (await w.clerkA.request({ method: 'GET', url: `/api/volunteer-projects/${p.id}` })).json() as Project;
    expect(shown.status).toBe('full');
    expect(shown.slots[0]).toMatchObject({ confirmed: 2, waiting: 2, full: true });

    expect((await cancel(w.clerkA, p, 0, a.id)).json()).toMatchObject({ status: 'cancelled' });
    const list = (await w.clerkA.request({ method: 'GET', url: `/api/volunteer-projects/${p.id}/slots/${p.slots[0]?.id}/signups` })).json() as Signup[];
    expect(list.map((s) => [s.name, s.status, s.position])).toEqual([
      ['甲', 'cancelled', null],
      ['乙', 'confirmed', null],
      ['丙', 'confirmed', null],
      ['丁', 'waiting', 1],
    ]);
    const audit = await w.tdb.db
      .selectFrom('auditLog')
      .select('summary')
      .where('action', '=', 'volunteer_project.cancel')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(audit.summary)).toContain(`"promoted":${c.id}`);
    expect((await cancel(w.clerkA, p, 0, d.id)).json()).toMatchObject({ status: 'cancelled' });
    expect((await w.clerkA.request({ method: 'GET', url: `/api/volunteer-projects/${p.id}` })).json().slots[0]).toMatchObject({ confirmed: 2, waiting: 0 });
    expect((await cancel(w.clerkA, p, 0, d.id)).json().error.code).toBe('VOLUNTEERS_NOT_SIGNED_UP');
    expect((await signUp(w.clerkA, p, 0, b.id)).json().error.code).toBe('VOLUNTEERS_ALREADY_SIGNED_UP');
  });

  it('refuses a sign-up overlapping one already held, confirmed or waiting, and accepts the slot right after', async () => {
    const morning = await project('上午宣讲', [slot('07-01', 9, 11, 1)]);
    const overlapping = await project('十点义诊', [slot('07-01', 10, 12, 5)]);
    const after = await project('午间整理', [slot('07-01', 11, 13, 5)]);
    const v = await volunteer('冲突测试');
    expect((await signUp(w.clerkA, morning, 0, v.id)).statusCode).toBe(200);
    const before = await counts();
    const clash = await signUp(w.clerkA, overlapping, 0, v.id);
    expect(clash.statusCode).toBe(409);
    expect(clash.json().error).toMatchObject({
      code: 'VOLUNTEERS_SLOT_CLASH',
      message: '与已报名的“上午宣讲”（2099-07-01 09:00 至 2099-07-01 11:00）时间冲突',
    });
    expect(await counts()).toEqual(before);
    expect((await signUp(w.clerkA, after, 0, v.id)).json()).toMatchObject({ status: 'confirmed' });
    const waiter = await volunteer('候补冲突');
    expect((await signUp(w.clerkA, morning, 0, waiter.id, true)).json()).toMatchObject({ status: 'waiting' });
    expect((await signUp(w.clerkA, overlapping, 0, waiter.id)).json().error.code).toBe('VOLUNTEERS_SLOT_CLASH');
  });

  it('checks the project’s requirements, its status and whether the slot has begun', async () => {
    // The age counts on the day of service, so the slot is a month away, not in 2099.
    const soon = new Date(Date.now() + 30 * 86_400_000);
    const p = await project('急救培训', [{ startsAt: soon.toISOString(), endsAt: new Date(soon.getTime() + 7_200_000).toISOString(), headcount: 5 }], {
      minAge: 18,
      skills: ['急救'],
    });
    const child = await volunteer('少年', {
      idNumber: residentId('20150101', 900),
      guardian: { name: '少年母亲', phone: '13511112222', consent: true },
      skills: ['急救'],
    });
    const noSkill = await volunteer('无技能');
    const medic = await volunteer('医生', { skills: ['急救', '医疗'] });
    const young = await signUp(w.clerkA, p, 0, child.id);
    expect(young.json().error).toMatchObject({ code: 'VOLUNTEERS_REQUIREMENT_AGE', message: '该项目要求年满 18 周岁' });
    const unskilled = await signUp(w.clerkA, p, 0, noSkill.id);
    expect(unskilled.json().error).toMatchObject({ code: 'VOLUNTEERS_REQUIREMENT_SKILLS', message: '该项目要求具备以下技能：急救' });
    expect((await signUp(w.clerkA, p, 0, medic.id)).json()).toMatchObject({ status: 'confirmed' });

    const past = await project('往期活动', [{ startsAt: '2020-01-01T09:00:00+08:00', endsAt: '2020-01-01T11:00:00+08:00', headcount: 5 }]);
    expect((await signUp(w.clerkA, past, 0, noSkill.id)).json().error.code).toBe('VOLUNTEERS_SLOT_STARTED');

    const ended = await w.clerkA.request({ method: 'POST', url: `/api/volunteer-projects/${p.id}/status`, body: { status: 'ended' } });
    expect(ended.json().status).toBe('ended');
    expect((await signUp(w.clerkA, p, 0, noSkill.id)).json().error.code).toBe('VOLUNTEERS_PROJECT_CLOSED');
    const back = await w.clerkA.request({ method: 'POST', url: `/api/volunteer-projects/${p.id}/status`, body: { status: 'running' } });
    expect(back.json().error).toMatchObject({ code: 'VOLUNTEERS_PROJECT_STATUS', message: '项目状态不能从“ended”改为“running”' });
  });

  it('gives the last place to one of two simultaneous sign-ups', async () => {
    const p = await project('最后一个名额', [slot('09-01', 9, 11, 1)]);
    const [a, b] = [await volunteer('抢一'), await volunteer('抢二')];
    const answers = await Promise.all([signUp(w.clerkA, p, 0, a.id), signUp(w.clerkA, p, 0, b.id)]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(answers.find((r) => r.statusCode === 409)?.json().error.code).toBe('VOLUNTEERS_SLOT_FULL');
    expect((await w.clerkA.request({ method: 'GET', url: `/api/volunteer-projects/${p.id}` })).json().slots[0]).toMatchObject({ confirmed: 1, waiting: 0 });
  });

  it('lets a volunteer sign up and cancel for themself only, and keeps county B away from county A’s sign-ups', async () => {
    const p = await project('周末读书会', [slot('10-01', 9, 11, 3)]);
    const [self, other] = [await volunteer('自助报名'), await volunteer('他人')];
    const app = await volunteerAccount(w, self.id, 'volunteer_self');
    expect((await signUp(app, p, 0, self.id)).json()).toMatchObject({ status: 'confirmed' });
    expect((await signUp(w.clerkA, p, 0, other.id)).statusCode).toBe(200);
    const before = await counts();
    const forOther = await signUp(app, p, 0, other.id);
    expect(forOther.json().error.code).toBe('VOLUNTEERS_NOT_SELF');
    expect((await cancel(app, p, 0, other.id)).json().error.code).toBe('VOLUNTEERS_NOT_SELF');
    for (const client of [w.adminB, w.reviewerB]) {
      expect([403, 404]).toContain((await signUp(client, p, 0, other.id)).statusCode);
      expect([403, 404]).toContain((await cancel(client, p, 0, other.id)).statusCode);
      const list = await client.request({ method: 'GET', url: `/api/volunteer-projects/${p.id}/slots/${p.slots[0]?.id}/signups` });
      expect(list.statusCode).toBe(404);
      expect(list.body).not.toContain('他人');
    }
    expect(await counts()).toEqual(before);
    expect((await cancel(app, p, 0, self.id)).json()).toMatchObject({ status: 'cancelled' });
  });
});
