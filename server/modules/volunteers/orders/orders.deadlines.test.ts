import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { OverdueOrder, ServiceOrder } from '../../../../contracts/volunteers/order.schemas';
import type { TestClient } from '../../../test/harness';
import { again, factsOf, type OrdersWorld, openOrdersWorld, orderIdOf, requestService, residentCall } from './orders.test-fixture';

let w: OrdersWorld;

beforeAll(async () => {
  w = await openOrdersWorld();
});
afterAll(async () => {
  vi.useRealTimers();
  await w?.app.close();
  await w?.tdb.close();
});

/** Moves the clock to a moment of the city's day and signs the given people in again, their sessions having lapsed. */
async function at(instant: string, ...usernames: string[]): Promise<TestClient[]> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(instant));
  return Promise.all(usernames.map((u) => again(w, u)));
}

describe('time limits in working days', () => {
  it('counts each step’s deadline over 国庆 and its worked Saturday, lists what is overdue and escalates it to the township', async () => {
    // 2025: 1-8 October are off, Saturday 11 October is worked (调休).
    await at('2025-09-30T10:00:00+08:00');
    const onTime = await requestService(w, '13911110001', { wishedOn: '2025-10-09' });
    const late = await requestService(w, '13911110002', { wishedOn: '2025-10-09' });
    const receipt = (await residentCall(w, 'GET', `/api/public/service-orders/${onTime}`)).json();
    expect(receipt).toMatchObject({ status: 'requested', stepDueOn: '2025-10-09' });
    const [onTimeId, lateId] = [await orderIdOf(w, onTime), await orderIdOf(w, late)];

    const [clerk] = await at('2025-10-09T09:00:00+08:00', 'clerk_a');
    if (!clerk) throw new Error('no clerk');
    const dispatched = (
      await clerk.request({ method: 'POST', url: `/api/service-orders/${onTimeId}/review`, body: { decision: 'dispatch', teamId: w.team1 } })
    ).json() as ServiceOrder;
    expect(dispatched).toMatchObject({ status: 'dispatched', stepDueOn: '2025-10-10', overdue: false });
    expect((await clerk.request({ method: 'GET', url: '/api/service-orders/overdue' })).json()).toEqual([]);

    const [leader, clerk10, admin10] = await at('2025-10-10T09:00:00+08:00', w.leaderNames.leader1, 'clerk_a', 'admin_a');
    if (!leader || !clerk10 || !admin10) throw new Error('no sign-in');
    const accepted = (
      await leader.request({ method: 'POST', url: `/api/service-orders/${onTimeId}/accept`, body: { teamId: w.team1 } })
    ).json() as ServiceOrder;
    // Five working days after Friday 10 October: Saturday 11 (worked), 13, 14, 15 and 16.
    expect(accepted).toMatchObject({ status: 'accepted', stepDueOn: '2025-10-16' });

    const overdue = (await clerk10.request({ method: 'GET', url: '/api/service-orders/overdue' })).json() as OverdueOrder[];
    expect(overdue.map((o) => [o.id, o.status, o.stepDueOn, o.overdueDays, o.escalatedTo?.id])).toEqual([
      [lateId, 'requested', '2025-10-09', 1, w.tree.townshipA],
    ]);
    const escalated = (await clerk10.request({ method: 'GET', url: '/api/service-orders/escalated' })).json() as OverdueOrder[];
    expect(escalated.map((o) => o.id)).toEqual([lateId]);
    expect((await admin10.request({ method: 'GET', url: '/api/service-orders/escalated' })).json()).toEqual([]);
    const forTownship = (
      await admin10.request({ method: 'GET', url: '/api/service-orders/escalated', query: { orgId: w.tree.townshipA } })
    ).json() as OverdueOrder[];
    expect(forTownship.map((o) => o.id)).toEqual([lateId]);
    expect((await w.adminB.request({ method: 'GET', url: '/api/service-orders/escalated', query: { orgId: w.tree.townshipA } })).statusCode).toBe(404);

    const [leader16, clerk16] = await at('2025-10-16T17:00:00+08:00', w.leaderNames.leader1, 'clerk_a');
    if (!leader16 || !clerk16) throw new Error('no sign-in');
    const done = (
      await leader16.request({ method: 'POST', url: `/api/service-orders/${onTimeId}/complete`, body: { summary: '已上门义诊' } })
    ).json() as ServiceOrder;
    expect(done).toMatchObject({ status: 'completed', completedOnTime: true });
    expect(await factsOf(w, onTimeId)).toMatchObject({ service_orders_completed: 1, service_orders_on_time: 1 });

    await clerk16.request({ method: 'POST', url: `/api/service-orders/${lateId}/review`, body: { decision: 'open' } });
    const [leader2] = await at('2025-10-17T09:00:00+08:00', w.leaderNames.leader2);
    if (!leader2) throw new Error('no sign-in');
    await leader2.request({ method: 'POST', url: `/api/service-orders/${lateId}/accept`, body: { teamId: w.team2 } });
    const [leader2Late] = await at('2025-10-31T09:00:00+08:00', w.leaderNames.leader2);
    if (!leader2Late) throw new Error('no sign-in');
    const lateDone = (
      await leader2Late.request({ method: 'POST', url: `/api/service-orders/${lateId}/complete`, body: { summary: '延期办结' } })
    ).json() as ServiceOrder;
    expect(lateDone).toMatchObject({ status: 'completed', completedOnTime: false });
    expect(await factsOf(w, lateId)).toEqual({
      service_order_requests: 1,
      service_orders_dispatched: 1,
      service_orders_accepted: 1,
      service_orders_completed: 1,
    });
    const dates = await w.tdb.db
      .selectFrom('statFacts')
      .select(['measure', 'factDate'])
      .where('sourceId', '=', String(lateId))
      .where('sourceType', '=', 'service_order')
      .orderBy('id')
      .execute();
    expect(dates.map((d) => [d.measure, d.factDate])).toEqual([
      ['service_order_requests', '2025-09-30'],
      ['service_orders_dispatched', '2025-10-16'],
      ['service_orders_accepted', '2025-10-17'],
      ['service_orders_completed', '2025-10-31'],
    ]);
  });
});
