import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MenuItem, PublicMenu, PublicOrder, ServiceOrder } from '../../../../contracts/volunteers/order.schemas';
import { factsOf, type OrdersWorld, openOrdersWorld, orderIdOf, orderState, requestService, residentCall } from './orders.test-fixture';

let w: OrdersWorld;
let phoneSeq = 0;
const nextPhone = () => `1380000${String(++phoneSeq).padStart(4, '0')}`;

beforeAll(async () => {
  w = await openOrdersWorld();
});
afterAll(async () => {
  await w?.app.close();
  await w?.tdb.close();
});

const review = (id: number, body: unknown, client = w.clerkA) => client.request({ method: 'POST', url: `/api/service-orders/${id}/review`, body });
const accept = (id: number, teamId: number, client = w.leader1) =>
  client.request({ method: 'POST', url: `/api/service-orders/${id}/accept`, body: { teamId } });
const complete = (id: number, client = w.leader1, summary = '为王大妈测量血压并讲解用药') =>
  client.request({ method: 'POST', url: `/api/service-orders/${id}/complete`, body: { summary, peopleServed: 1 } });
const rate = (code: string, rating: number, comment = '很满意') => residentCall(w, 'POST', `/api/public/service-orders/${code}/rating`, { rating, comment });
const track = async (code: string) => (await residentCall(w, 'GET', `/api/public/service-orders/${code}`)).json() as PublicOrder;

/** Expects a refusal with the code and that nothing of orders, menus or the spine changed. */
async function refused(call: () => Promise<{ statusCode: number; json(): unknown }>, status: number, code: string): Promise<void> {
  const before = await orderState(w);
  const res = await call();
  expect(res.statusCode, JSON.stringify(res.json())).toBe(status);
  expect((res.json() as { error: { code: string } }).error.code).toBe(code);
  expect(await orderState(w)).toEqual(before);
}

describe('service menu', () => {
  it('keeps a menu per practice venue for staff in scope, and shows residents only the items on offer', async () => {
    const added = await w.clerkA.request({
      method: 'POST',
      url: '/api/service-menu-items',
      body: { venueId: w.stationA, category: 'legal_aid', name: '法律咨询' },
    });
    expect(added.json()).toMatchObject({ category: 'legal_aid', name: '法律咨询', active: true, venue: { id: w.stationA } });
    const item = added.json() as MenuItem;
    await refused(
      () => w.clerkA.request({ method: 'POST', url: '/api/service-menu-items', body: { venueId: w.stationA, category: 'culture', name: '法律咨询' } }),
      409,
      'VOLUNTEERS_ORDER_ITEM_NAME_TAKEN',
    );
    await refused(
      () => w.clerkA.request({ method: 'POST', url: '/api/service-menu-items', body: { venueId: w.readingRoomA, category: 'culture', name: '读书会' } }),
      400,
      'VOLUNTEERS_ORDER_VENUE_KIND',
    );
    await refused(
      () => w.adminB.request({ method: 'POST', url: '/api/service-menu-items', body: { venueId: w.stationA, category: 'culture', name: '越界' } }),
      404,
      'COMMON_NOT_FOUND',
    );
    await refused(() => w.adminB.request({ method: 'PATCH', url: `/api/service-menu-items/${item.id}`, body: { active: false } }), 404, 'COMMON_NOT_FOUND');
    expect((await w.adminB.request({ method: 'GET', url: '/api/service-menu-items', query: { venueId: w.stationA } })).statusCode).toBe(404);

    const off = await w.clerkA.request({ method: 'PATCH', url: `/api/service-menu-items/${item.id}`, body: { active: false } });
    expect(off.json()).toMatchObject({ active: false });
    const menu = (await residentCall(w, 'GET', `/api/public/service-menus/${w.stationA}`)).json() as PublicMenu;
    expect(menu.venue.name).toBe('甲一社区新时代文明实践站');
    expect(menu.items.map((i) => i.name)).toEqual(['上门健康义诊']);
    expect((await residentCall(w, 'GET', `/api/public/service-menus/${w.readingRoomA}`)).statusCode).toBe(404);
    const all = (
      await w.clerkA.request({ method: 'GET', url: '/api/service-menu-items', query: { venueId: w.stationA, includeInactive: 'true' } })
    ).json() as MenuItem[];
    expect(all.map((i) => [i.name, i.active])).toEqual([
      ['上门健康义诊', true],
      ['法律咨询', false],
    ]);
    await refused(
      () =>
        residentCall(w, 'POST', '/api/public/service-orders', { menuItemId: item.id, name: '李', phone: nextPhone(), address: '甲一', wishedOn: '2099-01-01' }),
      404,
      'VOLUNTEERS_ORDER_ITEM_NOT_FOUND',
    );
  });
});

describe('requests', () => {
  it('refuses a bad phone or a past date, keeps the phone encrypted and shows it masked', async () => {
    const before = await orderState(w);
    const bad = await residentCall(w, 'POST', '/api/public/service-orders', {
      menuItemId: w.itemA,
      name: '王',
      phone: '12345',
      address: '甲一',
      wishedOn: '2099-01-01',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toEqual([{ path: 'body.phone', message: '请填写正确的 11 位手机号码' }]);
    const past = await residentCall(w, 'POST', '/api/public/service-orders', {
      menuItemId: w.itemA,
      name: '王',
      phone: nextPhone(),
      address: '甲一',
      wishedOn: '2020-01-01',
    });
    expect(past.json().error).toMatchObject({ code: 'VOLUNTEERS_ORDER_WISHED_DATE_PAST' });
    expect(await orderState(w)).toEqual(before);

    const phone = nextPhone();
    const code = await requestService(w, phone);
    expect(code).toMatch(/^[2-9A-HJ-NP-Z]{12}$/);
    const stored = await w.tdb.db.selectFrom('serviceOrders').select(['phoneEnc']).where('trackingCode', '=', code).executeTakeFirstOrThrow();
    expect(stored.phoneEnc.toString('latin1')).not.toContain(phone);
    expect(await track(code)).toMatchObject({ status: 'requested', phoneMasked: `138****${phone.slice(-4)}`, itemName: '上门健康义诊', canRate: false });
    const shown = (await w.clerkA.request({ method: 'GET', url: `/api/service-orders/${await orderIdOf(w, code)}` })).json() as ServiceOrder;
    expect(shown).toMatchObject({ residentName: '王大妈', phoneMasked: `138****${phone.slice(-4)}`, status: 'requested', overdue: false });
    expect(shown.history.map((h) => h.action)).toEqual(['request']);
    expect(JSON.stringify(shown)).not.toContain(phone);
    expect((await residentCall(w, 'GET', '/api/public/service-orders/ABCDEFGHJKLM')).json().error.code).toBe('VOLUNTEERS_ORDER_CODE_NOT_FOUND');
  });

  it('lets one phone hold at most three unfinished requests', async () => {
    const phone = nextPhone();
    for (let i = 0; i < 3; i++) await requestService(w, phone);
    await refused(
      () => residentCall(w, 'POST', '/api/public/service-orders', { menuItemId: w.itemA, name: '王', phone, address: '甲一', wishedOn: '2099-01-01' }),
      409,
      'VOLUNTEERS_ORDER_TOO_MANY_OPEN',
    );
    expect(
      (
        await residentCall(w, 'POST', '/api/public/service-orders', {
          menuItemId: w.itemA,
          name: '王',
          phone: nextPhone(),
          address: '甲一',
          wishedOn: '2099-01-01',
        })
      ).statusCode,
    ).toBe(200);
  });

  it('limits how often one address may post requests', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const res = await residentCall(
        w,
        'POST',
        '/api/public/service-orders',
        { menuItemId: w.itemA, name: '王', phone: '1', address: '甲一', wishedOn: '2099-01-01' },
        '10.200.0.1',
      );
      statuses.push(res.statusCode);
    }
    expect(statuses.slice(0, 10).every((s) => s === 400)).toBe(true);
    expect(statuses[10]).toBe(429);
  });
});

describe('the loop: request, review and dispatch, accept, complete, rate', () => {
  it('runs the whole loop, writes each step’s figures, and refuses every step out of order with nothing changed', async () => {
    const code = await requestService(w, nextPhone());
    const id = await orderIdOf(w, code);
    await refused(() => accept(id, w.team1), 409, 'VOLUNTEERS_ORDER_NOT_OFFERED');
    await refused(() => complete(id, w.clerkA), 409, 'VOLUNTEERS_ORDER_NOT_ACCEPTED');
    await refused(() => rate(code, 5), 409, 'VOLUNTEERS_ORDER_NOT_COMPLETED');
    await refused(() => review(id, { decision: 'dispatch', teamId: w.teamB }), 400, 'VOLUNTEERS_ORDER_TEAM_UNAVAILABLE');

    const dispatched = await review(id, { decision: 'dispatch', teamId: w.team1 });
    expect(dispatched.json()).toMatchObject({ status: 'dispatched', team: { id: w.team1, name: '甲一社区健康服务队' } });
    await refused(() => review(id, { decision: 'open' }), 409, 'VOLUNTEERS_ORDER_NOT_IN_REVIEW');
    await refused(() => accept(id, w.team1, w.leader2), 403, 'VOLUNTEERS_ORDER_NOT_LEADER');
    await refused(() => accept(id, w.team2, w.leader2), 409, 'VOLUNTEERS_ORDER_NOT_DISPATCHED_TO_TEAM');
    await refused(() => complete(id, w.leader1), 409, 'VOLUNTEERS_ORDER_NOT_ACCEPTED');

    const queue = (await w.leader1.request({ method: 'GET', url: '/api/service-orders/team-queue' })).json() as { id: number }[];
    expect(queue.map((o) => o.id)).toContain(id);
    const accepted = await accept(id, w.team1);
    expect(accepted.json()).toMatchObject({ status: 'accepted', team: { id: w.team1 } });
    await refused(() => accept(id, w.team1), 409, 'VOLUNTEERS_ORDER_ALREADY_ACCEPTED');
    await refused(() => complete(id, w.leader2), 403, 'VOLUNTEERS_ORDER_NOT_LEADER');

    const done = (await complete(id)).json() as ServiceOrder;
    expect(done).toMatchObject({ status: 'completed', completedOnTime: true, summary: '为王大妈测量血压并讲解用药', peopleServed: 1, stepDueOn: null });
    await refused(() => complete(id, w.clerkA), 409, 'VOLUNTEERS_ORDER_CLOSED');
    expect(await track(code)).toMatchObject({ status: 'completed', teamName: '甲一社区健康服务队', canRate: true });

    const rated = (await rate(code, 4, '医生很耐心')).json() as PublicOrder;
    expect(rated).toMatchObject({ rating: 4, canRate: false });
    await refused(() => rate(code, 5), 409, 'VOLUNTEERS_ORDER_ALREADY_RATED');

    const shown = (await w.clerkA.request({ method: 'GET', url: `/api/service-orders/${id}` })).json() as ServiceOrder;
    expect(shown.history.map((h) => [h.action, h.team?.id ?? null])).toEqual([
      ['request', null],
      ['dispatch', w.team1],
      ['accept', w.team1],
      ['complete', w.team1],
      ['rate', null],
    ]);
    expect(shown.ratingComment).toBe('医生很耐心');
    expect(await factsOf(w, id)).toEqual({
      service_order_requests: 1,
      service_orders_dispatched: 1,
      service_orders_accepted: 1,
      service_orders_completed: 1,
      service_orders_on_time: 1,
      service_order_ratings: 1,
      service_order_rating_sum: 4,
    });
  });

  it('opens an order for the county’s teams to take: a county B team is refused, the first county A team gets it', async () => {
    const id = await orderIdOf(w, await requestService(w, nextPhone()));
    expect((await review(id, { decision: 'open' })).json()).toMatchObject({ status: 'open', team: null });
    const queueB = (await w.leaderB.request({ method: 'GET', url: '/api/service-orders/team-queue' })).json() as { id: number }[];
    expect(queueB.map((o) => o.id)).not.toContain(id);
    expect((await w.leaderB.request({ method: 'GET', url: `/api/service-orders/${id}` })).statusCode).toBe(404);
    await refused(() => accept(id, w.teamB, w.leaderB), 403, 'VOLUNTEERS_ORDER_OUTSIDE_AREA');
    const queue2 = (await w.leader2.request({ method: 'GET', url: '/api/service-orders/team-queue' })).json() as { id: number }[];
    expect(queue2.map((o) => o.id)).toContain(id);
    expect((await accept(id, w.team2, w.leader2)).json()).toMatchObject({ status: 'accepted', team: { id: w.team2 } });
    await refused(() => accept(id, w.team1, w.leader1), 409, 'VOLUNTEERS_ORDER_ALREADY_ACCEPTED');
    expect((await complete(id, w.clerkA, '由社区工作人员代为办结')).json()).toMatchObject({ status: 'completed' });
  });

  it('gives an open order to one of two teams taking it at once, and counts one acceptance', async () => {
    const id = await orderIdOf(w, await requestService(w, nextPhone()));
    await review(id, { decision: 'open' });
    const answers = await Promise.all([accept(id, w.team1, w.leader1), accept(id, w.team2, w.leader2)]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    expect(answers.map((a) => (a.statusCode === 409 ? a.json().error.code : 'ok')).sort()).toEqual(['VOLUNTEERS_ORDER_ALREADY_ACCEPTED', 'ok']);
    expect(await factsOf(w, id)).toMatchObject({ service_orders_accepted: 1 });
    const events = await w.tdb.db.selectFrom('serviceOrderEvents').select('action').where('orderId', '=', id).where('action', '=', 'accept').execute();
    expect(events).toHaveLength(1);
  });

  it('takes a declined order back to review, and counts its dispatch once', async () => {
    const id = await orderIdOf(w, await requestService(w, nextPhone()));
    await review(id, { decision: 'dispatch', teamId: w.team1 });
    await refused(
      () => w.leader2.request({ method: 'POST', url: `/api/service-orders/${id}/decline`, body: { teamId: w.team2, reason: '不是本队' } }),
      409,
      'VOLUNTEERS_ORDER_NOT_DISPATCHED_TO_TEAM',
    );
    const declined = await w.leader1.request({ method: 'POST', url: `/api/service-orders/${id}/decline`, body: { teamId: w.team1, reason: '本周人手不足' } });
    expect(declined.json()).toEqual({ id, status: 'requested' });
    expect((await w.leader1.request({ method: 'GET', url: `/api/service-orders/${id}` })).statusCode).toBe(404);
    expect((await review(id, { decision: 'dispatch', teamId: w.team2 })).json()).toMatchObject({ status: 'dispatched', team: { id: w.team2 } });
    expect(await factsOf(w, id)).toEqual({ service_order_requests: 1, service_orders_dispatched: 1 });
    const shown = (await w.clerkA.request({ method: 'GET', url: `/api/service-orders/${id}` })).json() as ServiceOrder;
    expect(shown.history.map((h) => [h.action, h.note])).toEqual([
      ['request', null],
      ['dispatch', null],
      ['decline', '本周人手不足'],
      ['dispatch', null],
    ]);
  });

  it('rejects a request with a reason the resident sees, after which no step is taken', async () => {
    const code = await requestService(w, nextPhone());
    const id = await orderIdOf(w, code);
    expect((await review(id, { decision: 'reject', reason: '该服务不在本站服务范围' })).json()).toMatchObject({ status: 'rejected', stepDueOn: null });
    expect(await track(code)).toMatchObject({ status: 'rejected', rejectReason: '该服务不在本站服务范围', canRate: false });
    await refused(() => review(id, { decision: 'open' }), 409, 'VOLUNTEERS_ORDER_CLOSED');
    await refused(() => accept(id, w.team1), 409, 'VOLUNTEERS_ORDER_CLOSED');
    await refused(() => rate(code, 3), 409, 'VOLUNTEERS_ORDER_NOT_COMPLETED');
  });
});

describe('scope', () => {
  it('lets county B staff neither read nor act on county A’s orders, and reveals the phone only with the permission and a reason', async () => {
    const phone = nextPhone();
    const id = await orderIdOf(w, await requestService(w, phone));
    expect((await w.adminB.request({ method: 'GET', url: '/api/service-orders' })).json().total).toBe(0);
    expect((await w.adminB.request({ method: 'GET', url: `/api/service-orders/${id}` })).statusCode).toBe(404);
    expect((await w.adminB.request({ method: 'GET', url: '/api/service-orders', query: { orgId: w.tree.countyA } })).statusCode).toBe(404);
    expect((await w.adminB.request({ method: 'GET', url: '/api/service-orders/overdue', query: { orgId: w.tree.countyA } })).statusCode).toBe(404);
    await refused(() => review(id, { decision: 'dispatch', teamId: w.teamB }, w.adminB), 404, 'COMMON_NOT_FOUND');
    await refused(() => review(id, { decision: 'open' }, w.reviewerB), 403, 'COMMON_FORBIDDEN');
    await refused(() => complete(id, w.adminB), 404, 'COMMON_NOT_FOUND');
    await refused(() => w.adminB.request({ method: 'POST', url: `/api/service-orders/${id}/reveal`, body: { reason: '核对' } }), 404, 'COMMON_NOT_FOUND');
    await refused(() => w.clerkA.request({ method: 'POST', url: `/api/service-orders/${id}/reveal`, body: { reason: '核对' } }), 403, 'COMMON_FORBIDDEN');

    const listed = (await w.adminA.request({ method: 'GET', url: '/api/service-orders', query: { orgId: w.tree.townshipA, status: 'requested' } })).json();
    expect(listed.items.map((o: { id: number }) => o.id)).toContain(id);
    const shown = await w.adminA.request({ method: 'POST', url: `/api/service-orders/${id}/reveal`, body: { reason: '联系群众确认上门时间' } });
    expect(shown.json()).toEqual({ phone });
    const audit = await w.tdb.db
      .selectFrom('auditLog')
      .select(['summary'])
      .where('action', '=', 'service_order.reveal')
      .where('targetId', '=', String(id))
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(audit.summary)).toContain('联系群众确认上门时间');
    expect(JSON.stringify(audit.summary)).not.toContain(phone);
  });

  it('lets only whole-city staff change the time limits', async () => {
    await refused(
      () =>
        w.adminA.request({ method: 'PUT', url: '/api/service-order-settings', body: { reviewDays: 2, acceptDays: 2, completeDays: 7, maxOpenPerPhone: 5 } }),
      403,
      'COMMON_OUT_OF_SCOPE',
    );
    expect((await w.clerkA.request({ method: 'GET', url: '/api/service-order-settings' })).json()).toEqual({
      reviewDays: 1,
      acceptDays: 1,
      completeDays: 5,
      maxOpenPerPhone: 3,
    });
  });
});

describe('figures', () => {
  it('gives the county its requests, dispatch, acceptance and on-time rates and satisfaction from the steps’ facts', async () => {
    const year = new Date().getFullYear();
    const sums = await w.tdb.db
      .selectFrom('statFacts')
      .select(['measure', (eb) => eb.fn.sum<number>('value').as('total')])
      .where('sourceType', '=', 'service_order')
      .groupBy('measure')
      .execute();
    const sum = (m: string) => Number(sums.find((s) => s.measure === m)?.total ?? 0);
    const codes = [
      'service_order_requests',
      'service_order_dispatch_rate',
      'service_order_acceptance_rate',
      'service_order_on_time_rate',
      'service_order_satisfaction',
    ];
    const res = await w.adminA.request({
      method: 'GET',
      url: '/api/stats/indicators/evaluate',
      query: { orgId: w.tree.countyA, kind: 'year', year, codes: codes.join(',') },
    });
    const values = Object.fromEntries((res.json() as { values: { code: string; value: number | null }[] }).values.map((v) => [v.code, v.value]));
    expect(values).toEqual({
      service_order_requests: sum('service_order_requests'),
      service_order_dispatch_rate: sum('service_orders_dispatched') / sum('service_order_requests'),
      service_order_acceptance_rate: sum('service_orders_accepted') / sum('service_orders_dispatched'),
      service_order_on_time_rate: 1,
      service_order_satisfaction: 4,
    });
    expect(sum('service_order_requests')).toBeGreaterThan(5);
  });
});
