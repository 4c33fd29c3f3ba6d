import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InquiryPage, PublicInquiryView } from '../../../../contracts/inquiries/case.schemas';
import type { RoutingRule } from '../../../../contracts/inquiries/category.schemas';
import type { League, PublicCase } from '../../../../contracts/inquiries/league.schemas';
import type { IndicatorEvaluation } from '../../../../contracts/stats/indicator.schemas';
import type { Page } from '../../../../contracts/common/pagination';
import { localDate } from '../../../platform/time';
import { remindAndEscalate } from '../cases/reminders';
import { contentOf, figureRuns, generate } from '../../../test/report-client';
import { ask, idOf, type InquiryWorld, inquiryWorld, ok, step } from './inquiry.test-fixture';

let w: InquiryWorld;
const year = Number(localDate(new Date(), 'Asia/Shanghai').slice(0, 4));
const cat = (code: string) => {
  const c = w.categories.find((x) => x.code === code);
  if (!c) throw new Error(code);
  return c;
};

async function figures(orgId: number, codes: string[]): Promise<Record<string, number | null>> {
  const res = await ok<IndicatorEvaluation>(w.city, 'GET', '/api/stats/indicators/evaluate', undefined, { orgId, kind: 'year', year, codes: codes.join(',') });
  return Object.fromEntries(res.values.map((v) => [v.code, v.value]));
}

beforeAll(async () => {
  w = await inquiryWorld('iq');
  // County A's cases go to the city bureau, except culture-venue cases of its township, which the township answers itself.
  await ok<RoutingRule>(w.adminA, 'POST', '/api/inquiries/routing-rules', { areaOrgId: w.tree.countyA, categoryId: null, handlerOrgId: w.tree.cityAgency });
  await ok<RoutingRule>(w.adminA, 'POST', '/api/inquiries/routing-rules', {
    areaOrgId: w.tree.townshipA,
    categoryId: cat('culture_venue').id,
    handlerOrgId: w.tree.townshipA,
  });
});
afterAll(async () => {
  await w.app?.close();
  await w.tdb?.close();
});

describe('submission', () => {
  it('takes an anonymous case from the phone and follows it only by its number and code together', async () => {
    const r = await ask(w.app, { categoryId: cat('civility').id, orgId: w.tree.villageA, title: '广场噪音扰民', description: '每晚十点后广场仍有高音喇叭' });
    expect(r.caseNo).toMatch(/^WZ\d{12}$/);
    const view = await w.app.inject({ method: 'GET', url: `/api/public/inquiries/${r.caseNo}/${r.lookupCode}` });
    expect((view.json() as PublicInquiryView).status).toBe('received');
    const wrong = await w.app.inject({ method: 'GET', url: `/api/public/inquiries/${r.caseNo}/${'2'.repeat(12)}` });
    expect(wrong.statusCode).toBe(404);
    expect(wrong.json().error.code).toBe('INQUIRIES_LOOKUP_NOT_FOUND');
    expect(wrong.body).not.toContain('广场');
  });

  it('refuses a named case without a phone, and a case without any place, writing nothing', async () => {
    const before = await w.tdb.db
      .selectFrom('inquiries')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    const named = await w.app.inject({
      method: 'POST',
      url: '/api/public/inquiries',
      payload: {
        categoryId: cat('civility').id,
        orgId: w.tree.villageA,
        title: '实名反映',
        description: '实名反映的内容',
        address: '甲一路',
        anonymous: false,
        name: '张三',
      },
    });
    expect(named.statusCode).toBe(400);
    expect(named.json().error.code).toBe('INQUIRIES_CONTACT_REQUIRED');
    const nowhere = await w.app.inject({
      method: 'POST',
      url: '/api/public/inquiries',
      payload: { categoryId: cat('civility').id, orgId: w.tree.villageA, title: '没有地点', description: '没有地点的事项', anonymous: true },
    });
    expect(nowhere.statusCode).toBe(400);
    expect(nowhere.json().error.code).toBe('INQUIRIES_LOCATION_REQUIRED');
    const after = await w.tdb.db
      .selectFrom('inquiries')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('lets a programme’s staff enter a case taken on air, naming the programme and the air date', async () => {
    const programme = await ok<{ id: number }>(w.city, 'POST', '/api/inquiries/programmes', { orgId: w.tree.cityAgency, name: '书记局长听我说' });
    const r = await ok<{ caseNo: string }>(w.city, 'POST', '/api/inquiries', {
      channel: 'programme',
      programmeId: programme.id,
      airedOn: '2026-03-02',
      categoryId: cat('culture_event').id,
      orgId: w.tree.villageB,
      title: '电影放映太少',
      description: '村里一年只放两场电影',
      address: '乙村',
      anonymous: true,
    });
    const detail = await ok<{ programme: { name: string }; airedOn: string; channel: string }>(w.city, 'GET', `/api/inquiries/${await idOf(w, r.caseNo)}`);
    expect(detail).toMatchObject({ channel: 'programme', programme: { name: '书记局长听我说' }, airedOn: '2026-03-02' });
  });
});

describe('the loop', () => {
  it('routes by the nearest rule, keeps re-routing in the history, and lets only the unit it is routed to answer', async () => {
    const r = await ask(w.app, { categoryId: cat('culture_venue').id, orgId: w.tree.villageA, title: '书屋不开门', description: '农家书屋周末从不开门' });
    const id = await idOf(w, r.caseNo);
    const before = await ok<{ suggestedHandler: { id: number } | null }>(w.adminA, 'GET', `/api/inquiries/${id}`);
    expect(before.suggestedHandler?.id).toBe(w.tree.townshipA);
    const dispatched = await step(w.adminA, id, 'dispatch', {});
    expect(dispatched.handler?.id).toBe(w.tree.townshipA);
    expect(dispatched.dueOn).not.toBeNull();
    const rerouted = await step(w.adminA, id, 'reroute', { handlerOrgId: w.tree.cityAgency, reason: '书屋由市局统一管理' });
    expect(rerouted.handler?.id).toBe(w.tree.cityAgency);
    expect(rerouted.events.find((e) => e.action === 'reroute')).toMatchObject({ fromOrg: { id: w.tree.townshipA }, toOrg: { id: w.tree.cityAgency } });
    // The township still sees the case about its village, but it is no longer theirs to answer.
    const wrongUnit = await w.clerkA.request({ method: 'POST', url: `/api/inquiries/${id}/sign` });
    expect(wrongUnit.statusCode).toBe(403);
    expect(wrongUnit.json().error.code).toBe('INQUIRIES_NOT_ROUTED_TO_YOU');
    // A neighbouring county neither reads nor dispatches it.
    expect((await w.adminB.request({ method: 'GET', url: `/api/inquiries/${id}` })).statusCode).toBe(404);
    expect((await w.adminB.request({ method: 'POST', url: `/api/inquiries/${id}/supervise`, body: { note: '越权督办' } })).statusCode).toBe(404);
    const signed = await step(w.bureau, id, 'sign');
    expect(signed.status).toBe('signed');
  });

  it('runs a case to its rating and counts each step once in the spine; a redo is counted apart', async () => {
    const start = await figures(w.tree.countyA, [
      'inquiries_received',
      'inquiry_sign_rate',
      'inquiry_on_time_rate',
      'inquiry_reply_rate',
      'inquiry_satisfaction',
      'inquiry_redo_rate',
    ]);
    const r = await ask(w.app, {
      categoryId: cat('volunteer_service').id,
      orgId: w.tree.villageA2,
      title: '志愿服务证明',
      description: '如何开具志愿服务时长证明',
    });
    const id = await idOf(w, r.caseNo);
    await step(w.adminA, id, 'dispatch', {});
    // Rating before the answer is refused.
    const early = await w.app.inject({ method: 'POST', url: `/api/public/inquiries/${r.caseNo}/${r.lookupCode}/rating`, payload: { rating: 'satisfied' } });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('INQUIRIES_RATING_BEFORE_REPLY');
    await step(w.bureau, id, 'sign');
    await step(w.bureau, id, 'reply', { reply: '可在志愿服务平台申请，由服务组织出具证明' });
    await step(w.adminA, id, 'close');
    const lateReply = await w.bureau.request({ method: 'POST', url: `/api/inquiries/${id}/reply`, body: { reply: '补充答复的内容' } });
    expect(lateReply.statusCode).toBe(409);
    expect(lateReply.json().error.code).toBe('INQUIRIES_CLOSED');
    const rated = await w.app.inject({
      method: 'POST',
      url: `/api/public/inquiries/${r.caseNo}/${r.lookupCode}/rating`,
      payload: { rating: 'unsatisfied', comment: '没说清楚去哪里申请' },
    });
    expect((rated.json() as PublicInquiryView).rating).toBe('unsatisfied');
    const redone = await step(w.adminA, id, 'redo', { note: '请写明申请入口' });
    expect(redone).toMatchObject({ status: 'dispatched', redoCount: 1, rating: null });
    await step(w.bureau, id, 'sign');
    await step(w.bureau, id, 'reply', { reply: '请登录志愿服务平台“我的”页面申请证明' });
    await step(w.adminA, id, 'close');
    await w.app.inject({ method: 'POST', url: `/api/public/inquiries/${r.caseNo}/${r.lookupCode}/rating`, payload: { rating: 'satisfied' } });
    const end = await figures(w.tree.countyA, [
      'inquiries_received',
      'inquiry_sign_rate',
      'inquiry_on_time_rate',
      'inquiry_reply_rate',
      'inquiry_satisfaction',
      'inquiry_redo_rate',
    ]);
    expect(end.inquiries_received).toBe((start.inquiries_received ?? 0) + 1);
    // Counted in this county alone: the earlier case of this county was dispatched and signed but not answered.
    const facts = await w.tdb.db
      .selectFrom('statFacts')
      .select(['measure', (eb) => eb.fn.sum<string>('value').as('v')])
      .where('sourceModule', '=', 'inquiries')
      .where('sourceId', 'like', `${id}%`)
      .groupBy('measure')
      .execute();
    expect(Object.fromEntries(facts.map((f) => [f.measure, Number(f.v)]))).toEqual({
      inquiries_received: 1,
      inquiries_dispatched: 1,
      inquiries_signed: 1,
      inquiries_replied: 1,
      inquiries_replied_on_time: 1,
      inquiries_closed: 1,
      inquiry_ratings: 2,
      inquiry_ratings_satisfied: 1,
      inquiry_redos: 1,
    });
    expect(end.inquiry_satisfaction).not.toBeNull();
  });

  it('takes extensions up to the kind’s maximum, moving the deadline by working days', async () => {
    const r = await ask(w.app, { categoryId: cat('policy').id, orgId: w.tree.villageA, title: '补贴申报', description: '文化惠民补贴怎么申报' });
    const id = await idOf(w, r.caseNo);
    const d = await step(w.adminA, id, 'dispatch', {});
    const tooLong = await w.bureau.request({ method: 'POST', url: `/api/inquiries/${id}/extensions`, body: { days: 3, reason: '需要查档' } });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.fields[0].message).toContain('最多可延期 2 个工作日');
    const asked = await step(w.bureau, id, 'extensions', { days: 2, reason: '需要查档' });
    const ext = asked.extensions[0];
    if (!ext) throw new Error('no extension');
    const again = await w.bureau.request({ method: 'POST', url: `/api/inquiries/${id}/extensions`, body: { days: 1, reason: '再延' } });
    expect(again.json().error.code).toBe('INQUIRIES_EXTENSION_PENDING');
    const decided = await ok<{ dueOn: string; extendedDays: number }>(w.adminA, 'POST', `/api/inquiries/${id}/extensions/${ext.id}/decision`, {
      approve: true,
      note: '',
    });
    expect(decided.extendedDays).toBe(2);
    expect(decided.dueOn > (d.dueOn ?? '')).toBe(true);
  });

  it('reminds the unit before a deadline and escalates once it is missed, once each', async () => {
    const r = await ask(w.app, { categoryId: cat('civility').id, orgId: w.tree.villageA, title: '路灯不亮', description: '文化广场路灯坏了一个月' });
    const id = await idOf(w, r.caseNo);
    await step(w.adminA, id, 'dispatch', {});
    await w.tdb.db.updateTable('inquiries').set({ dueOn: '2020-01-06' }).where('id', '=', id).execute();
    const first = await remindAndEscalate(w.deps);
    expect(first.escalated).toBeGreaterThanOrEqual(1);
    const second = await remindAndEscalate(w.deps);
    expect(second.escalated).toBe(0);
    const events = await w.tdb.db.selectFrom('inquiryEvents').select('action').where('inquiryId', '=', id).execute();
    expect(events.filter((e) => e.action === 'escalate')).toHaveLength(1);
    const notices = await w.tdb.db.selectFrom('notices').select(['kind', 'orgId']).where('occasion', 'like', `inquiry:${id}:escalate%`).execute();
    expect(notices.map((n) => n.orgId)).toContain(w.tree.villageA);
    const overdue = await ok<InquiryPage>(w.adminA, 'GET', '/api/inquiries', undefined, { queue: 'overdue' });
    expect(overdue.items.map((i) => i.id)).toContain(id);
  });

  it('suggests a likely duplicate: same category, same place, within days', async () => {
    const a = await ask(w.app, {
      categoryId: cat('culture_event').id,
      orgId: w.tree.villageA,
      title: '广场舞场地',
      description: '广场舞占用停车场',
      lat: 35.3,
      lng: 114.1,
    });
    const b = await ask(w.app, {
      categoryId: cat('culture_event').id,
      orgId: w.tree.villageA2,
      title: '停车场跳舞',
      description: '停车场晚上有人跳舞',
      lat: 35.3005,
      lng: 114.1005,
    });
    const detail = await ok<{ duplicates: { caseNo: string }[] }>(w.adminA, 'GET', `/api/inquiries/${await idOf(w, b.caseNo)}`);
    expect(detail.duplicates.map((d) => d.caseNo)).toContain(a.caseNo);
  });
});

describe('what the public and the league see', () => {
  it('lists answered cases with phone and ID numbers taken out, and never a case not yet closed', async () => {
    const r = await ask(w.app, {
      categoryId: cat('media_content').id,
      orgId: w.tree.villageA,
      title: '信号差',
      description: '电视信号差，联系电话13812345678，身份证41990219600101001X',
    });
    const id = await idOf(w, r.caseNo);
    await step(w.adminA, id, 'dispatch', {});
    let list = await ok<Page<PublicCase>>(w.city, 'GET', '/api/public/answered-inquiries');
    expect(list.items.map((i) => i.caseNo)).not.toContain(r.caseNo);
    await step(w.bureau, id, 'sign');
    await step(w.bureau, id, 'reply', { reply: '已安排维修，请拨打13812345678确认' });
    await step(w.adminA, id, 'close');
    list = await ok<Page<PublicCase>>(w.city, 'GET', '/api/public/answered-inquiries');
    const item = list.items.find((i) => i.caseNo === r.caseNo);
    expect(item?.description).toContain('138****5678');
    expect(JSON.stringify(item)).not.toContain('13812345678');
    expect(JSON.stringify(item)).not.toContain('41990219600101001X');
  });

  it('ranks units by on-time rate, not by how many cases they had', async () => {
    const league = await ok<League>(w.city, 'GET', '/api/inquiries/league', undefined, { from: `${year}-01-01`, to: `${year}-12-31` });
    const ranked = league.rows.filter((r) => r.rank !== null);
    for (let i = 1; i < ranked.length; i++) expect((ranked[i - 1]?.onTimeRate ?? 0) >= (ranked[i]?.onTimeRate ?? 0)).toBe(true);
    for (const r of league.rows.filter((x) => x.rank === null)) expect(r.dispatched < league.minCases || r.onTimeRate === null).toBe(true);
    const bureau = league.rows.find((r) => r.handler.id === w.tree.cityAgency);
    expect(bureau?.dispatched).toBeGreaterThanOrEqual(3);
  });
});

describe('the report', () => {
  it('states a county’s cases, on-time rate and satisfaction from its records, and drills through to its cases', async () => {
    const job = await generate(w.adminA, { orgId: w.tree.countyA, kind: 'year', year });
    expect(job.status).toBe('done');
    const runs = figureRuns(await contentOf(w.adminA, job.id));
    const run = (name: string) => runs.find((r) => r.name === name);
    const cases = await w.tdb.db
      .selectFrom('inquiries as i')
      .innerJoin('orgClosure as c', 'c.descendantId', 'i.orgId')
      .select(['i.id', 'i.firstReplyOnTime'])
      .where('c.ancestorId', '=', w.tree.countyA)
      .execute();
    expect(cases.length).toBeGreaterThan(0);
    expect(run('inquiries_received')).toMatchObject({ value: cases.length, text: `${cases.length}件` });
    const answered = cases.filter((c) => c.firstReplyOnTime !== null);
    expect(run('inquiry_on_time_rate')?.value).toBeCloseTo(answered.filter((c) => c.firstReplyOnTime).length / answered.length);
    expect(run('inquiry_satisfaction')?.text).toMatch(/%$/);
    const drill = run('inquiries_received')?.drills[0];
    const listed = await w.adminA.request({ method: 'GET', url: '/api/stats/drill', query: { ...(drill ?? {}), page: 1, pageSize: 100 } });
    const ids = (listed.json() as { items: { sourceModule: string; sourceId: string }[] }).items.map((f) => Number(f.sourceId));
    expect(new Set(ids)).toEqual(new Set(cases.map((c) => c.id)));
    // The neighbouring county's admin gets no report of this county.
    const refused = await w.adminB.request({ method: 'POST', url: '/api/reports/jobs', body: { orgId: w.tree.countyA, kind: 'year', year } });
    expect(refused.statusCode).toBe(404);
  });
});

describe('the export', () => {
  it('writes the county’s filtered cases to xlsx without residents’ phones, and only the caller’s own cases', async () => {
    const res = await w.adminA.request({ method: 'GET', url: '/api/inquiries/export', query: { orgId: w.tree.countyA } });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    const listed = (
      await w.adminA.request({ method: 'GET', url: '/api/inquiries', query: { orgId: w.tree.countyA, page: 1, pageSize: 100 } })
    ).json() as InquiryPage;
    expect((sheet?.rowCount ?? 0) - 1).toBe(listed.total);
    expect(sheet?.getRow(1).getCell(1).value).toBe('受理编号');
    const cells = JSON.stringify(sheet?.getSheetValues());
    expect(cells).not.toMatch(/1[3-9]\d{9}/);
    const neighbour = await w.adminB.request({ method: 'GET', url: '/api/inquiries/export', query: { orgId: w.tree.countyA } });
    expect(neighbour.statusCode).toBe(404);
  });
});
