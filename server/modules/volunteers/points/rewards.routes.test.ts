import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PointsAccount, Redemption, Reward } from '../../../../contracts/volunteers/points.schemas';
import { createTestUser, signIn, type TestClient } from '../../../test/harness';
import { checkinState, registerVolunteer } from '../projects/checkin.test-fixture';
import { openWorld, type VolunteersWorld, volunteerAccount } from '../volunteers.test-fixture';

let w: VolunteersWorld;
let n = 0;

beforeAll(async () => {
  w = await openWorld();
});
afterAll(async () => {
  await w?.app.close();
  await w?.tdb.close();
});

/** A volunteer of county A's village holding `balance` points, signed in on their phone. */
async function holder(balance: number): Promise<{ id: number; phone: TestClient }> {
  n += 1;
  const v = await registerVolunteer(w, `积分${n}`);
  await w.tdb.db.insertInto('pointsBalances').values({ volunteerId: v.id, balance }).execute();
  return { id: v.id, phone: await volunteerAccount(w, v.id, `points_${n}`) };
}

async function item(client: TestClient, orgId: number, name: string, pointsPrice: number, stock: number): Promise<Reward> {
  const res = await client.request({ method: 'POST', url: '/api/rewards', body: { orgId, name, pointsPrice, stock } });
  if (res.statusCode !== 200) throw new Error(res.body);
  return res.json() as Reward;
}

const redeem = (phone: TestClient, r: Reward) => phone.request({ method: 'POST', url: `/api/rewards/${r.id}/redeem` });
const stockOf = async (r: Reward) => (await w.tdb.db.selectFrom('rewardItems').select('stock').where('id', '=', r.id).executeTakeFirstOrThrow()).stock;
const mine = async (phone: TestClient) => (await phone.request({ method: 'GET', url: '/api/me/volunteer/points' })).json() as PointsAccount;

describe('rewards store', () => {
  it('redeems within the balance, refuses more than held or an item gone, and lets staff cancel with points and stock back', async () => {
    const towel = await item(w.clerkA, w.tree.villageA, '毛巾', 30, 2);
    expect(towel).toMatchObject({ org: { id: w.tree.villageA, name: '甲一社区' }, stock: 2, active: true });
    const v = await holder(50);
    expect((await v.phone.request({ method: 'GET', url: '/api/me/volunteer/rewards' })).json().map((r: Reward) => r.name)).toContain('毛巾');
    const first = await redeem(v.phone, towel);
    expect(first.statusCode).toBe(200);
    const redemption = first.json() as Redemption;
    expect(redemption).toMatchObject({ itemName: '毛巾', volunteerId: v.id, points: 30, status: 'redeemed' });
    expect(await stockOf(towel)).toBe(1);
    expect(await mine(v.phone)).toMatchObject({ balance: 20, ledger: [{ delta: -30, balanceAfter: 20, reason: 'redeem', redemptionId: redemption.id }] });

    const before = await checkinState(w);
    const short = await redeem(v.phone, towel);
    expect(short.statusCode).toBe(409);
    expect(short.json().error).toMatchObject({ code: 'VOLUNTEERS_POINTS_INSUFFICIENT', message: '积分不足：兑换需 30 分，当前可用 20 分' });
    const staff = await redeem(w.clerkA, towel);
    expect(staff.json().error.code).toBe('VOLUNTEERS_NOT_A_VOLUNTEER');
    const hidden = await item(w.clerkA, w.tree.villageA, '已下架', 1, 5);
    await w.clerkA.request({ method: 'PATCH', url: `/api/rewards/${hidden.id}`, body: { active: false } });
    const afterPatch = await checkinState(w);
    expect((await redeem(v.phone, hidden)).json().error.code).toBe('VOLUNTEERS_REWARD_UNAVAILABLE');
    const empty = await item(w.clerkA, w.tree.villageA, '无库存', 1, 0);
    const afterEmpty = await checkinState(w);
    expect((await redeem(v.phone, empty)).json().error.code).toBe('VOLUNTEERS_REWARD_UNAVAILABLE');
    const elsewhere = await item(w.adminB, w.tree.villageB, '乙区物品', 1, 5);
    const afterB = await checkinState(w);
    expect((await redeem(v.phone, elsewhere)).statusCode).toBe(404);
    expect(await checkinState(w)).toBe(afterB);
    expect(afterEmpty).not.toBe(before);
    expect(afterPatch).not.toBe(before);

    const cancelUrl = `/api/reward-redemptions/${redemption.id}/cancel`;
    expect((await w.adminB.request({ method: 'POST', url: cancelUrl, body: { reason: '越界取消' } })).statusCode).toBe(404);
    expect((await w.reviewerB.request({ method: 'POST', url: cancelUrl, body: { reason: '越界取消' } })).statusCode).toBe(403);
    const cancelled = await w.clerkA.request({ method: 'POST', url: cancelUrl, body: { reason: '物品破损，退回积分' } });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', cancelReason: '物品破损，退回积分' });
    expect(await stockOf(towel)).toBe(2);
    expect(await mine(v.phone)).toMatchObject({
      balance: 50,
      ledger: [{ delta: 30, balanceAfter: 50, reason: 'refund', redemptionId: redemption.id }, { delta: -30 }],
    });
    const afterCancel = await checkinState(w);
    expect((await w.clerkA.request({ method: 'POST', url: cancelUrl, body: { reason: '再次取消' } })).json().error.code).toBe(
      'VOLUNTEERS_REDEMPTION_CANCELLED',
    );
    expect(await checkinState(w)).toBe(afterCancel);
    const trail = await w.tdb.db
      .selectFrom('auditLog')
      .select('action')
      .where('action', 'like', 'volunteer_reward.%')
      .where('targetId', '=', String(towel.id))
      .orderBy('id')
      .execute();
    expect(trail.map((t) => t.action)).toEqual(['volunteer_reward.create', 'volunteer_reward.redeem', 'volunteer_reward.cancel']);
  });

  it('lets exactly one of two redemptions at once spend a balance that covers one', async () => {
    const lamp = await item(w.clerkA, w.tree.villageA, '台灯', 30, 5);
    const v = await holder(40);
    const answers = await Promise.all([redeem(v.phone, lamp), redeem(v.phone, lamp)]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(answers.find((r) => r.statusCode === 409)?.json().error.code).toBe('VOLUNTEERS_POINTS_INSUFFICIENT');
    expect(await mine(v.phone)).toMatchObject({ balance: 10 });
    expect(await stockOf(lamp)).toBe(4);
    expect(await w.tdb.db.selectFrom('rewardRedemptions').select('id').where('itemId', '=', lamp.id).execute()).toHaveLength(1);
  });

  it('gives the last item to one of two volunteers at once and never takes the stock below zero', async () => {
    const last = await item(w.clerkA, w.tree.villageA, '最后一本书', 10, 1);
    const [a, b] = [await holder(100), await holder(100)];
    const answers = await Promise.all([redeem(a.phone, last), redeem(b.phone, last)]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(answers.find((r) => r.statusCode === 409)?.json().error.code).toBe('VOLUNTEERS_REWARD_UNAVAILABLE');
    expect(await stockOf(last)).toBe(0);
    expect([(await mine(a.phone)).balance, (await mine(b.phone)).balance].sort()).toEqual([100, 90]);
  });

  it('keeps county B away from county A’s items, redemptions and points', async () => {
    const cup = await item(w.clerkA, w.tree.villageA, '水杯', 5, 3);
    const v = await holder(20);
    await redeem(v.phone, cup);
    const before = await checkinState(w);
    for (const client of [w.adminB, w.reviewerB]) {
      const list = await client.request({ method: 'GET', url: '/api/rewards' });
      expect(list.body).not.toContain('水杯');
      expect((await client.request({ method: 'GET', url: '/api/rewards', query: { orgId: w.tree.villageA } })).statusCode).toBe(404);
      expect((await client.request({ method: 'GET', url: `/api/rewards/${cup.id}/redemptions` })).statusCode).toBe(404);
      expect([403, 404]).toContain((await client.request({ method: 'PATCH', url: `/api/rewards/${cup.id}`, body: { stock: 0 } })).statusCode);
      expect([403, 404]).toContain(
        (await client.request({ method: 'POST', url: '/api/rewards', body: { orgId: w.tree.villageA, name: '越界', pointsPrice: 1, stock: 1 } })).statusCode,
      );
      const pts = await client.request({ method: 'GET', url: `/api/volunteers/${v.id}/points` });
      expect(pts.statusCode).toBe(404);
    }
    expect(await checkinState(w)).toBe(before);
    const own = (await w.clerkA.request({ method: 'GET', url: `/api/rewards/${cup.id}/redemptions` })).json() as Redemption[];
    expect(own.map((r) => [r.volunteerId, r.status])).toEqual([[v.id, 'redeemed']]);
    expect((await w.clerkA.request({ method: 'GET', url: `/api/volunteers/${v.id}/points` })).json()).toMatchObject({ balance: 15 });
  });
});

describe('points rate', () => {
  it('reads 10 points an hour by default and lets only whole-city staff change it', async () => {
    expect((await w.clerkA.request({ method: 'GET', url: '/api/volunteer-points-rate' })).json()).toEqual({ pointsPerHour: 10 });
    const county = await w.adminA.request({ method: 'PUT', url: '/api/volunteer-points-rate', body: { pointsPerHour: 12 } });
    expect(county.statusCode).toBe(403);
    await createTestUser(w.tdb.db, { username: 'city_points', orgId: w.tree.city, roles: ['city_admin'], view: [w.tree.city] });
    const city = await signIn(w.app, 'city_points');
    expect((await city.request({ method: 'PUT', url: '/api/volunteer-points-rate', body: { pointsPerHour: 12.5 } })).json()).toEqual({ pointsPerHour: 12.5 });
    expect((await w.clerkA.request({ method: 'GET', url: '/api/volunteer-points-rate' })).json()).toEqual({ pointsPerHour: 12.5 });
  });
});
