import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckinAnswer, QrToken } from '../../../../contracts/volunteers/checkin.schemas';
import { addVenue, checkinState, qrOf, registerVolunteer, runningSlot, scan, testTokens } from './checkin.test-fixture';
import { openWorld, type VolunteersWorld, volunteerAccount } from '../volunteers.test-fixture';

let w: VolunteersWorld;

beforeAll(async () => {
  w = await openWorld();
});
afterAll(async () => {
  await w?.app.close();
  await w?.tdb.close();
});

describe('rotating QR codes', () => {
  it('hands the organiser a short signed token that lasts its window and the next, and nobody outside the project', async () => {
    const v = await registerVolunteer(w, '码一');
    const { project, slotId } = await runningSlot(w, '二维码时段', [v]);
    const res = await w.clerkA.request({ method: 'GET', url: `/api/volunteer-projects/${project.id}/slots/${slotId}/qr`, query: { kind: 'in' } });
    const qr = res.json() as QrToken;
    expect(qr.kind).toBe('in');
    expect(qr.token.length).toBeLessThan(60);
    expect(qr.token.startsWith(`${slotId}.in.`)).toBe(true);
    const left = new Date(qr.expiresAt).getTime() - Date.now();
    expect(left).toBeGreaterThan(29_000);
    expect(left).toBeLessThanOrEqual(60_000);
    const outside = await w.adminB.request({ method: 'GET', url: `/api/volunteer-projects/${project.id}/slots/${slotId}/qr`, query: { kind: 'in' } });
    expect(outside.statusCode).toBe(404);
    const reader = await w.reviewerB.request({ method: 'GET', url: `/api/volunteer-projects/${project.id}/slots/${slotId}/qr`, query: { kind: 'in' } });
    expect(reader.statusCode).toBe(403);
  });
});

describe('check-in', () => {
  it('refuses forged, expired and foreign tokens, strangers, the waiting list and sign-out before sign-in, changing nothing', async () => {
    const [held, waiter, stranger] = [await registerVolunteer(w, '签到甲'), await registerVolunteer(w, '候补乙'), await registerVolunteer(w, '路人丙')];
    const { project, slotId } = await runningSlot(w, '拒绝签到', [held, waiter], { waiting: 1 });
    const phone = await volunteerAccount(w, held.id, 'phone_held');
    const waiterPhone = await volunteerAccount(w, waiter.id, 'phone_waiter');
    const strangerPhone = await volunteerAccount(w, stranger.id, 'phone_stranger');
    const token = await qrOf(w.clerkA, project.id, slotId, 'in');
    const before = await checkinState(w);

    const forged = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    expect((await scan(phone, forged)).json().error).toMatchObject({ code: 'VOLUNTEERS_QR_INVALID', message: '二维码无效，请扫描活动现场展示的签到码' });
    const otherSlot = token.replace(`${slotId}.`, `${slotId + 1}.`);
    expect((await scan(phone, otherSlot)).json().error.code).toBe('VOLUNTEERS_QR_INVALID');
    expect((await scan(phone, 'not-a-token')).json().error.code).toBe('VOLUNTEERS_QR_INVALID');
    const old = testTokens.issue(slotId, 'in', new Date(Date.now() - 90_000)).token;
    const expired = await scan(phone, old);
    expect(expired.statusCode).toBe(400);
    expect(expired.json().error).toMatchObject({ code: 'VOLUNTEERS_QR_EXPIRED', message: '二维码已过期，请重新扫描现场最新的签到码' });
    const previous = testTokens.issue(slotId, 'out', new Date(Date.now() - 30_000)).token;
    expect((await scan(phone, previous)).json().error.code).toBe('VOLUNTEERS_NOT_SIGNED_IN');

    expect((await scan(strangerPhone, token)).json().error).toMatchObject({
      code: 'VOLUNTEERS_CHECKIN_NOT_SIGNED_UP',
      message: '您未报名此时段或仍在候补名单中，不能签到',
    });
    expect((await scan(waiterPhone, token)).json().error.code).toBe('VOLUNTEERS_CHECKIN_NOT_SIGNED_UP');
    const staff = await scan(w.clerkA, token);
    expect(staff.statusCode).toBe(403);
    expect(staff.json().error.code).toBe('VOLUNTEERS_NOT_A_VOLUNTEER');
    const early = await scan(phone, await qrOf(w.clerkA, project.id, slotId, 'out'));
    expect(early.json().error).toMatchObject({ code: 'VOLUNTEERS_NOT_SIGNED_IN', message: '尚未签到，不能签退，请先扫描签到码' });
    expect(await checkinState(w)).toBe(before);

    const signedIn = await scan(phone, token);
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json()).toMatchObject({ slotId, projectTitle: '拒绝签到', kind: 'in', signedOutAt: null });
    const afterIn = await checkinState(w);
    const twice = await scan(phone, await qrOf(w.clerkA, project.id, slotId, 'in'));
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('VOLUNTEERS_ALREADY_SIGNED_IN');
    expect(twice.json().error.message).toMatch(/^您已于 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 签到，无需重复签到$/);
    expect(await checkinState(w)).toBe(afterIn);

    const out = (await scan(phone, await qrOf(w.clerkA, project.id, slotId, 'out'))).json() as CheckinAnswer;
    expect(out.kind).toBe('out');
    expect(new Date(out.signedOutAt ?? 0).getTime()).toBeGreaterThanOrEqual(new Date(out.signedInAt).getTime());
    const afterOut = await checkinState(w);
    expect((await scan(phone, await qrOf(w.clerkA, project.id, slotId, 'out'))).json().error.code).toBe('VOLUNTEERS_ALREADY_SIGNED_OUT');
    expect(await checkinState(w)).toBe(afterOut);
    const audit = await w.tdb.db
      .selectFrom('auditLog')
      .select('action')
      .where('targetType', '=', 'volunteer_slot')
      .where('targetId', '=', String(slotId))
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['volunteer_checkin.in', 'volunteer_checkin.out']);
  });

  it('signs in two scans at once only once', async () => {
    const v = await registerVolunteer(w, '并发签到');
    const { project, slotId } = await runningSlot(w, '并发签到时段', [v]);
    const phone = await volunteerAccount(w, v.id, 'phone_race');
    const token = await qrOf(w.clerkA, project.id, slotId, 'in');
    const answers = await Promise.all([scan(phone, token), scan(phone, token)]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const rows = await w.tdb.db.selectFrom('volunteerCheckins').select('volunteerId').where('slotId', '=', slotId).execute();
    expect(rows).toHaveLength(1);
  });

  it('holds scans to the geofence around the venue, or the slot’s own point, and asks for a location', async () => {
    const venueId = await addVenue(w, 114.1, 35.3);
    const v = await registerVolunteer(w, '围栏');
    const { project, slotId } = await runningSlot(w, '围栏时段', [v], { venueId });
    const phone = await volunteerAccount(w, v.id, 'phone_fence');
    const fence = await w.clerkA.request({ method: 'PUT', url: `/api/volunteer-projects/${project.id}/geofence`, body: { radiusM: 200 } });
    expect(fence.json()).toEqual({ slotId: null, radiusM: 200, lng: 114.1, lat: 35.3 });
    const before = await checkinState(w);
    const token = await qrOf(w.clerkA, project.id, slotId, 'in');
    const blind = await scan(phone, token);
    expect(blind.statusCode).toBe(400);
    expect(blind.json().error).toMatchObject({
      code: 'VOLUNTEERS_CHECKIN_LOCATION_REQUIRED',
      message: '本活动须在现场 200 米范围内签到，请允许获取位置后重试',
    });
    // 0.01° of latitude is about 1.1 km.
    const far = await scan(phone, token, [114.1, 35.31]);
    expect(far.statusCode).toBe(409);
    expect(far.json().error).toMatchObject({ code: 'VOLUNTEERS_CHECKIN_OUTSIDE', message: '您距离活动地点约 1112 米，超出签到范围（200 米）' });
    expect(await checkinState(w)).toBe(before);

    const slotFence = await w.clerkA.request({
      method: 'PUT',
      url: `/api/volunteer-projects/${project.id}/geofence`,
      body: { slotId, radiusM: 50, lng: 114.1, lat: 35.31 },
    });
    expect(slotFence.json()).toEqual({ slotId, radiusM: 50, lng: 114.1, lat: 35.31 });
    expect((await scan(phone, token, [114.1, 35.3])).json().error.code).toBe('VOLUNTEERS_CHECKIN_OUTSIDE');
    const near = await scan(phone, token, [114.1003, 35.3101]);
    expect(near.statusCode).toBe(200);
    const row = await w.tdb.db.selectFrom('volunteerCheckins').select(['inLng', 'inLat']).where('slotId', '=', slotId).executeTakeFirstOrThrow();
    expect(row).toEqual({ inLng: 114.1003, inLat: 35.3101 });

    const noVenue = await runningSlot(w, '无阵地围栏', [await registerVolunteer(w, '无阵地')]);
    const missing = await w.clerkA.request({ method: 'PUT', url: `/api/volunteer-projects/${noVenue.project.id}/geofence`, body: { radiusM: 100 } });
    expect(missing.json().error.code).toBe('VOLUNTEERS_GEOFENCE_NO_CENTRE');
    const foreign = await w.adminB.request({ method: 'PUT', url: `/api/volunteer-projects/${project.id}/geofence`, body: { radiusM: null } });
    expect(foreign.statusCode).toBe(404);
    const removed = await w.clerkA.request({ method: 'PUT', url: `/api/volunteer-projects/${project.id}/geofence`, body: { slotId, radiusM: null } });
    expect(removed.json()).toBeNull();
  });
});
