import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Correction, SlotAttendance } from '../../../../contracts/volunteers/checkin.schemas';
import type { PointsAccount } from '../../../../contracts/volunteers/points.schemas';
import type { Volunteer } from '../../../../contracts/volunteers/volunteer.schemas';
import { verifyRollups } from '../../stats';
import { checkinState, moveSlot, qrOf, registerVolunteer, runningSlot, scan, setScans, testTokens } from './checkin.test-fixture';
import { openWorld, type VolunteersWorld, volunteerAccount } from '../volunteers.test-fixture';

let w: VolunteersWorld;

beforeAll(async () => {
  w = await openWorld();
});
afterAll(async () => {
  await w?.app.close();
  await w?.tdb.close();
});

async function slotFacts(slotId: number): Promise<Record<string, number>> {
  const rows = await w.tdb.db
    .selectFrom('statFacts')
    .select(['measure', 'value', 'orgId', 'factDate'])
    .where('sourceModule', '=', 'volunteers')
    .where('sourceType', '=', 'slot')
    .where('sourceId', '=', String(slotId))
    .execute();
  for (const r of rows) {
    expect(r.orgId).toBe(w.tree.villageA);
    expect(String(r.factDate)).toContain('2026-11-20');
  }
  return Object.fromEntries(rows.map((r) => [r.measure, Number(r.value)]));
}

const points = async (volunteerId: number) => (await w.clerkA.request({ method: 'GET', url: `/api/volunteers/${volunteerId}/points` })).json() as PointsAccount;

describe('hours, completion and corrections', () => {
  let project: number;
  let slotId: number;
  let early: Volunteer;
  let partial: Volunteer;
  let forgetful: Volunteer;
  let absent: Volunteer;
  const base = () => `/api/volunteer-projects/${project}/slots/${slotId}`;

  it('refuses to complete a slot that has not ended, then completes it once with capped hours, no-shows, points and facts', async () => {
    [early, partial, forgetful, absent] = [
      await registerVolunteer(w, '早到晚走'),
      await registerVolunteer(w, '中途参加'),
      await registerVolunteer(w, '忘记签退'),
      await registerVolunteer(w, '未到'),
    ];
    const run = await runningSlot(w, '清洁家园时长', [early, partial, forgetful, absent]);
    project = run.project.id;
    slotId = run.slotId;
    for (const [v, name] of [
      [early, 'h_early'],
      [partial, 'h_partial'],
      [forgetful, 'h_forgetful'],
    ] as const) {
      const phone = await volunteerAccount(w, v.id, name);
      expect((await scan(phone, await qrOf(w.clerkA, project, slotId, 'in'))).statusCode).toBe(200);
      if (v !== forgetful) expect((await scan(phone, await qrOf(w.clerkA, project, slotId, 'out'))).statusCode).toBe(200);
    }
    const before = await checkinState(w);
    const notEnded = await w.clerkA.request({ method: 'POST', url: `${base()}/complete`, body: { peopleServed: 40 } });
    expect(notEnded.statusCode).toBe(409);
    expect(notEnded.json().error.code).toBe('VOLUNTEERS_SLOT_NOT_ENDED');
    expect(await checkinState(w)).toBe(before);

    await moveSlot(w, slotId, '2026-11-20T09:00:00+08:00', '2026-11-20T11:00:00+08:00');
    // Arrived before the start and left after the end: only the slot's two hours count.
    await setScans(w, slotId, early.id, '2026-11-20T08:30:00+08:00', '2026-11-20T11:45:00+08:00');
    await setScans(w, slotId, partial.id, '2026-11-20T09:45:00+08:00', '2026-11-20T10:15:30+08:00');
    await setScans(w, slotId, forgetful.id, '2026-11-20T09:05:00+08:00', null);

    const done = await w.clerkA.request({ method: 'POST', url: `${base()}/complete`, body: { peopleServed: 40 } });
    expect(done.statusCode).toBe(200);
    const attendance = done.json() as SlotAttendance;
    expect(attendance.completed).toMatchObject({ peopleServed: 40, volunteerHours: 2.5, noShows: 1 });
    expect(attendance.volunteers.map((v) => [v.name, v.outcome, v.minutes, v.points])).toEqual([
      ['早到晚走', 'served', 120, 20],
      ['中途参加', 'served', 30, 5],
      ['忘记签退', 'no_sign_out', 0, 0],
      ['未到', 'no_show', 0, 0],
    ]);
    expect(await slotFacts(slotId)).toEqual({ service_activities: 1, volunteer_hours: 2.5, people_served: 40 });
    expect(await verifyRollups(w.tdb.db)).toEqual({ total: 0, differences: [] });
    expect(await points(early.id)).toMatchObject({ balance: 20, ledger: [{ delta: 20, balanceAfter: 20, reason: 'service', slotId }] });
    expect((await points(absent.id)).ledger).toEqual([]);
    const audit = await w.tdb.db
      .selectFrom('auditLog')
      .select('summary')
      .where('action', '=', 'volunteer_slot.complete')
      .where('targetId', '=', String(slotId))
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(audit.summary)).toContain(`"noShows":[${absent.id}]`);

    const after = await checkinState(w);
    const again = await w.clerkA.request({ method: 'POST', url: `${base()}/complete`, body: { peopleServed: 99 } });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'VOLUNTEERS_SLOT_COMPLETED', message: '该时段已结项，不能再签到、签退或重复结项' });
    const phone = await volunteerAccount(w, absent.id, 'h_absent');
    expect((await scan(phone, testTokens.issue(slotId, 'in', new Date()).token)).json().error.code).toBe('VOLUNTEERS_SLOT_COMPLETED');
    expect((await w.clerkA.request({ method: 'GET', url: `${base()}/qr`, query: { kind: 'in' } })).json().error.code).toBe('VOLUNTEERS_SLOT_COMPLETED');
    expect(await checkinState(w)).toBe(after);
  });

  it('takes a correction with a reason, lets only someone else decide it, and replaces the facts and points on approval', async () => {
    const before = await checkinState(w);
    const backwards = await w.clerkA.request({
      method: 'POST',
      url: `${base()}/corrections`,
      body: { volunteerId: forgetful.id, signedInAt: '2026-11-20T10:00:00+08:00', signedOutAt: '2026-11-20T09:00:00+08:00', reason: '忘记签退补录' },
    });
    expect(backwards.statusCode).toBe(400);
    const stranger = await registerVolunteer(w, '非本时段');
    const notHere = await w.clerkA.request({
      method: 'POST',
      url: `${base()}/corrections`,
      body: { volunteerId: stranger.id, signedInAt: '2026-11-20T09:00:00+08:00', signedOutAt: '2026-11-20T10:00:00+08:00', reason: '不应受理' },
    });
    expect(notHere.json().error.code).toBe('VOLUNTEERS_NOT_SIGNED_UP');
    const outside = await w.adminB.request({
      method: 'POST',
      url: `${base()}/corrections`,
      body: { volunteerId: forgetful.id, signedInAt: '2026-11-20T09:00:00+08:00', signedOutAt: '2026-11-20T10:00:00+08:00', reason: '越界更正' },
    });
    expect(outside.statusCode).toBe(404);
    expect(await checkinState(w)).toBe(before);

    const proposed = await w.clerkA.request({
      method: 'POST',
      url: `${base()}/corrections`,
      body: { volunteerId: forgetful.id, signedInAt: '2026-11-20T09:05:00+08:00', signedOutAt: '2026-11-20T12:00:00+08:00', reason: '离场时忘记扫码签退' },
    });
    expect(proposed.statusCode).toBe(200);
    const correction = proposed.json() as Correction;
    expect(correction).toMatchObject({ status: 'pending', volunteerId: forgetful.id, reason: '离场时忘记扫码签退', decidedBy: null });
    const second = await w.clerkA.request({
      method: 'POST',
      url: `${base()}/corrections`,
      body: { volunteerId: forgetful.id, signedInAt: '2026-11-20T09:00:00+08:00', signedOutAt: '2026-11-20T10:00:00+08:00', reason: '重复提出' },
    });
    expect(second.json().error.code).toBe('VOLUNTEERS_CORRECTION_PENDING');
    // A proposal changes no hours, points or facts until it is approved.
    expect(await slotFacts(slotId)).toEqual({ service_activities: 1, volunteer_hours: 2.5, people_served: 40 });

    const decide = (client: typeof w.clerkA, body: Record<string, unknown>) =>
      client.request({ method: 'POST', url: `/api/volunteer-hour-corrections/${correction.id}/decision`, body });
    const pending = await checkinState(w);
    const own = await decide(w.clerkA, { decision: 'approve' });
    expect(own.statusCode).toBe(403);
    expect(own.json().error).toMatchObject({ code: 'VOLUNTEERS_CORRECTION_OWN', message: '不能审核本人提出的时长更正，须由其他有权限的人员审核' });
    expect((await decide(w.adminB, { decision: 'approve' })).statusCode).toBe(404);
    expect((await decide(w.reviewerB, { decision: 'approve' })).statusCode).toBe(403);
    expect(await checkinState(w)).toBe(pending);

    const approved = await decide(w.adminA, { decision: 'approve', note: '经现场负责人确认' });
    expect(approved.json()).toMatchObject({ status: 'approved', decisionNote: '经现场负责人确认' });
    expect((await decide(w.adminA, { decision: 'reject', note: '再审' })).json().error.code).toBe('VOLUNTEERS_CORRECTION_DECIDED');
    // 09:05 to the slot's end at 11:00: 115 minutes, not the claimed stay until noon.
    const attendance = (await w.clerkA.request({ method: 'GET', url: `${base()}/attendance` })).json() as SlotAttendance;
    expect(attendance.volunteers.find((v) => v.volunteerId === forgetful.id)).toMatchObject({ outcome: 'served', minutes: 115, points: 19 });
    expect(attendance.completed?.volunteerHours).toBe(4.42);
    expect(await slotFacts(slotId)).toEqual({ service_activities: 1, volunteer_hours: 4.42, people_served: 40 });
    expect(await verifyRollups(w.tdb.db)).toEqual({ total: 0, differences: [] });
    expect((await points(forgetful.id)).ledger).toMatchObject([{ delta: 19, balanceAfter: 19, reason: 'correction', slotId }]);
    const trail = await w.tdb.db
      .selectFrom('auditLog')
      .select('action')
      .where('action', 'like', 'volunteer_hours.%')
      .where('targetId', '=', String(slotId))
      .orderBy('id')
      .execute();
    expect(trail.map((t) => t.action)).toEqual(['volunteer_hours.propose', 'volunteer_hours.approve']);
  });

  it('takes points back when a correction shortens the hours, and changes nothing on a rejection', async () => {
    const shorter = (
      await w.clerkA.request({
        method: 'POST',
        url: `${base()}/corrections`,
        body: { volunteerId: early.id, signedInAt: '2026-11-20T10:00:00+08:00', signedOutAt: '2026-11-20T10:30:00+08:00', reason: '实际十点才到岗' },
      })
    ).json() as Correction;
    await w.adminA.request({ method: 'POST', url: `/api/volunteer-hour-corrections/${shorter.id}/decision`, body: { decision: 'approve' } });
    expect(await points(early.id)).toMatchObject({ balance: 5, ledger: [{ delta: -15, balanceAfter: 5, reason: 'correction' }, { delta: 20 }] });
    expect(await slotFacts(slotId)).toEqual({ service_activities: 1, volunteer_hours: 2.92, people_served: 40 });

    const claim = (
      await w.clerkA.request({
        method: 'POST',
        url: `${base()}/corrections`,
        body: { volunteerId: absent.id, signedInAt: '2026-11-20T09:00:00+08:00', signedOutAt: '2026-11-20T11:00:00+08:00', reason: '声称到场' },
      })
    ).json() as Correction;
    const before = await checkinState(w);
    const bare = await w.adminA.request({ method: 'POST', url: `/api/volunteer-hour-corrections/${claim.id}/decision`, body: { decision: 'reject' } });
    expect(bare.json().error.code).toBe('VOLUNTEERS_CORRECTION_NOTE_REQUIRED');
    const rejected = await w.adminA.request({
      method: 'POST',
      url: `/api/volunteer-hour-corrections/${claim.id}/decision`,
      body: { decision: 'reject', note: '签到记录与现场照片不符' },
    });
    expect(rejected.json()).toMatchObject({ status: 'rejected', decisionNote: '签到记录与现场照片不符' });
    const after = await checkinState(w);
    expect(after.split(' ').filter((p) => !p.startsWith('hour_corrections'))).toEqual(before.split(' ').filter((p) => !p.startsWith('hour_corrections')));
    expect(await verifyRollups(w.tdb.db)).toEqual({ total: 0, differences: [] });
  });

  it('completes a slot once when two completions arrive together, and writes its facts once', async () => {
    const v = await registerVolunteer(w, '同时结项');
    const run = await runningSlot(w, '同时结项时段', [v]);
    const phone = await volunteerAccount(w, v.id, 'h_twice');
    await scan(phone, await qrOf(w.clerkA, run.project.id, run.slotId, 'in'));
    await scan(phone, await qrOf(w.clerkA, run.project.id, run.slotId, 'out'));
    await moveSlot(w, run.slotId, '2026-11-20T14:00:00+08:00', '2026-11-20T16:00:00+08:00');
    await setScans(w, run.slotId, v.id, '2026-11-20T14:00:00+08:00', '2026-11-20T15:00:00+08:00');
    const url = `/api/volunteer-projects/${run.project.id}/slots/${run.slotId}/complete`;
    const answers = await Promise.all([
      w.clerkA.request({ method: 'POST', url, body: { peopleServed: 10 } }),
      w.adminA.request({ method: 'POST', url, body: { peopleServed: 10 } }),
    ]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(await slotFacts(run.slotId)).toEqual({ service_activities: 1, volunteer_hours: 1, people_served: 10 });
    expect(await points(v.id)).toMatchObject({ balance: 10, ledger: [{ delta: 10 }] });
    expect(await verifyRollups(w.tdb.db)).toEqual({ total: 0, differences: [] });
  });

  it('refuses corrections before completion and keeps county B out of county A’s attendance and points', async () => {
    const v = await registerVolunteer(w, '未结项');
    const run = await runningSlot(w, '未结项时段', [v]);
    const tooSoon = await w.clerkA.request({
      method: 'POST',
      url: `/api/volunteer-projects/${run.project.id}/slots/${run.slotId}/corrections`,
      body: { volunteerId: v.id, signedInAt: '2026-11-20T09:00:00+08:00', signedOutAt: '2026-11-20T10:00:00+08:00', reason: '提前更正' },
    });
    expect(tooSoon.json().error.code).toBe('VOLUNTEERS_SLOT_NOT_COMPLETED');
    for (const client of [w.adminB, w.reviewerB]) {
      const seen = await client.request({ method: 'GET', url: `${base()}/attendance` });
      expect(seen.statusCode).toBe(404);
      expect(seen.body).not.toContain('早到晚走');
      expect((await client.request({ method: 'GET', url: `/api/volunteers/${early.id}/points` })).statusCode).toBe(404);
      expect([403, 404]).toContain((await client.request({ method: 'POST', url: `${base()}/complete`, body: { peopleServed: 1 } })).statusCode);
    }
  });
});
