import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NominationDetail, NominationReceipt, PublicNominationView } from '../../../../contracts/honours/nomination.schemas';
import type { PublicNotice, StaffNotice } from '../../../../contracts/honours/notice.schemas';
import type { HonourCycle, HonourTitle } from '../../../../contracts/honours/title.schemas';
import type { IndicatorEvaluation } from '../../../../contracts/stats/indicator.schemas';
import { type FixtureTree, loadFixtureTree } from '../../../test/fixture-tree';
import { createTestApp, createTestDb, createTestUser, signIn, type TestClient, type TestDb } from '../../../test/harness';
import { multipartBody } from '../../../test/multipart';
import '../honours.tables';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const DEEDS = '三十年如一日照顾孤寡老人，义务为村里修桥补路，带动邻里互助，被群众称为“活雷锋”。';

let tdb: TestDb;
let app: FastifyInstance;
let tree: FixtureTree;
let city: TestClient;
let adminA: TestClient;
let adminB: TestClient;
let clerkA: TestClient;
let goodPeople: HonourCycle;
let models: HonourCycle;

const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
const shift = (days: number) => {
  const d = new Date(`${today()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

async function ok<T>(
  client: TestClient | null,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  body?: unknown,
  query?: Record<string, string | number>,
): Promise<T> {
  const res = client
    ? await client.request({ method, url, body, query })
    : await app.inject({ method, url, payload: body as object, query: query as Record<string, string> });
  if (res.statusCode !== 200 && res.statusCode !== 201) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return res.json() as T;
}

async function upload(client: TestClient | null, orgId?: number): Promise<string> {
  const form = multipartBody(orgId === undefined ? {} : { orgId: String(orgId) }, { filename: '事迹照片.png', content: PNG, mime: 'image/png' });
  const res = client
    ? await client.request({ method: 'POST', url: '/api/honours/files', body: form.payload, headers: form.headers })
    : await app.inject({ method: 'POST', url: '/api/public/honour-files', payload: form.payload, headers: form.headers });
  expect(res.statusCode).toBe(201);
  return (res.json() as { token: string }).token;
}

const publicNomination = (overrides: Record<string, unknown> = {}) => ({
  cycleId: goodPeople.id,
  orgId: tree.villageA,
  nomineeName: '张好人',
  nomineeUnit: '甲一社区',
  nomineeIdNumber: '41990219600101001X',
  deeds: DEEDS,
  summary: '三十年照顾孤寡老人',
  consent: true,
  consentNote: '本人电话确认同意',
  nominatorName: '李邻居',
  nominatorPhone: '13912345678',
  ...overrides,
});

const count = async (table: 'nominations' | 'noticeObjections' | 'roleModels' | 'honours') =>
  Number(
    (
      await tdb.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

async function cityGoodPeople(orgId: number): Promise<number> {
  const ev = await ok<IndicatorEvaluation>(city, 'GET', '/api/stats/indicators/evaluate', undefined, {
    orgId,
    kind: 'year',
    year: Number(today().slice(0, 4)),
    codes: 'city_good_people',
  });
  return ev.values[0]?.value ?? -1;
}

beforeAll(async () => {
  tdb = await createTestDb();
  tree = await loadFixtureTree(tdb.db);
  await createTestUser(tdb.db, { username: 'hn_city', orgId: tree.city, roles: ['city_admin'], view: [tree.city] });
  await createTestUser(tdb.db, { username: 'hn_admin_a', orgId: tree.countyA, roles: ['county_admin'], view: [tree.countyA] });
  await createTestUser(tdb.db, { username: 'hn_admin_b', orgId: tree.countyB, roles: ['county_admin'], view: [tree.countyB] });
  await createTestUser(tdb.db, { username: 'hn_clerk_a', orgId: tree.townshipA, roles: ['township_clerk'], view: [tree.townshipA] });
  app = await createTestApp(tdb);
  city = await signIn(app, 'hn_city');
  adminA = await signIn(app, 'hn_admin_a');
  adminB = await signIn(app, 'hn_admin_b');
  clerkA = await signIn(app, 'hn_clerk_a');
  const titles = await ok<HonourTitle[]>(city, 'GET', '/api/honours/titles');
  const byCode = (code: string) => titles.find((t) => t.code === code)?.id ?? 0;
  goodPeople = await ok<HonourCycle>(city, 'POST', '/api/honours/cycles', {
    titleId: byCode('city_good_person'),
    name: '第一批',
    year: Number(today().slice(0, 4)),
    opensOn: shift(-10),
    closesOn: shift(30),
  });
  models = await ok<HonourCycle>(city, 'POST', '/api/honours/cycles', {
    titleId: byCode('city_moral_model'),
    name: '第八届',
    year: Number(today().slice(0, 4)),
    opensOn: shift(-10),
    closesOn: shift(30),
    criteria: [
      { key: 'deeds', name: '事迹突出', weight: 60, max: 10 },
      { key: 'influence', name: '社会影响', weight: 40, max: 10 },
    ],
  });
});
afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

describe('titles and cycles', () => {
  it('keeps titles as data with their level, cycle, notice and panel, and refuses a cycle whose criteria do not fit the title', async () => {
    const titles = await ok<HonourTitle[]>(city, 'GET', '/api/honours/titles');
    expect(titles.find((t) => t.code === 'national_moral_model_nominee')).toMatchObject({ level: 'national', nomineeAward: true, panel: true });
    const res = await city.request({
      method: 'POST',
      url: '/api/honours/cycles',
      body: {
        titleId: goodPeople.titleId,
        name: '第二批',
        year: 2026,
        opensOn: '2026-01-01',
        closesOn: '2026-02-01',
        criteria: [{ key: 'a', name: '甲', weight: 1, max: 1 }],
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].message).toBe('该称号不设评审组评分，批次不能设置评分项');
    const county = await adminA.request({
      method: 'POST',
      url: '/api/honours/cycles',
      body: { titleId: goodPeople.titleId, name: '县里', year: 2026, opensOn: '2026-01-01', closesOn: '2026-02-01' },
    });
    expect(county.statusCode).toBe(403);
  });
});

describe('a resident’s nomination through the county, the city, the notice and the decision', () => {
  let code: string;
  let id: number;

  it('refuses a public nomination without the nominee’s consent and writes nothing', async () => {
    const before = await count('nominations');
    const res = await app.inject({ method: 'POST', url: '/api/public/nominations', payload: publicNomination({ consent: false }) });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].message).toBe('须征得被推荐人本人同意后方可推荐');
    expect(await count('nominations')).toBe(before);
  });

  it('takes the nomination with its photo, seals the ID and phones, and lets the nominator follow it', async () => {
    const photo = await upload(null);
    const receipt = await ok<NominationReceipt>(null, 'POST', '/api/public/nominations', publicNomination({ files: [photo] }));
    code = receipt.trackingCode;
    const row = await tdb.db.selectFrom('nominations').selectAll().where('trackingCode', '=', code).executeTakeFirstOrThrow();
    id = row.id;
    expect(row.nomineeIdEnc?.toString('utf8')).not.toContain('41990219600101001X');
    expect(row.nominatorPhoneEnc?.toString('utf8')).not.toContain('13912345678');
    const view = await ok<PublicNominationView>(null, 'GET', `/api/public/nominations/${code}`);
    expect(view).toMatchObject({ status: 'reviewing', stage: 'county', nomineeName: '张好人' });
    const detail = await ok<NominationDetail>(adminA, 'GET', `/api/honours/nominations/${id}`);
    expect(detail.nomineeIdMasked).toBe('4199**********001X');
    expect(detail.nominatorPhoneMasked).toBe('139****5678');
    expect(detail.files).toHaveLength(1);
    expect(JSON.stringify(detail)).not.toContain('13912345678');
  });

  it('flags a second nomination of the same person in the cycle to the reviewer, with the earlier record', async () => {
    const second = await ok<NominationReceipt>(adminA, 'POST', '/api/honours/nominations', {
      ...publicNomination(),
      nominatorPhone: undefined,
      nominatorName: '甲一社区居委会',
      nominatorUnit: '甲一社区居委会',
    });
    const row = await tdb.db.selectFrom('nominations').select('id').where('trackingCode', '=', second.trackingCode).executeTakeFirstOrThrow();
    const detail = await ok<NominationDetail>(adminA, 'GET', `/api/honours/nominations/${row.id}`);
    expect(detail.flagList).toEqual([expect.objectContaining({ kind: 'nominated_in_cycle', recordId: id, matchedBy: 'id_number' })]);
    await ok(adminA, 'POST', `/api/honours/nominations/${row.id}/review`, { decision: 'return', version: detail.version, reason: '与居民推荐重复，合并办理' });
  });

  it('lets only the nominee’s county act at the county stage: not the neighbouring county, not the city', async () => {
    const detail = await ok<NominationDetail>(adminA, 'GET', `/api/honours/nominations/${id}`);
    const b = await adminB.request({ method: 'POST', url: `/api/honours/nominations/${id}/review`, body: { decision: 'approve', version: detail.version } });
    expect(b.statusCode).toBe(404);
    const c = await city.request({ method: 'POST', url: `/api/honours/nominations/${id}/review`, body: { decision: 'approve', version: detail.version } });
    expect(c.statusCode).toBe(403);
    expect(c.json().error.message).toContain('甲区县级审核');
    const listB = await adminB.request({ method: 'GET', url: '/api/honours/nominations', query: { orgId: tree.countyA } });
    expect(listB.statusCode).toBe(404);
    expect((await ok<NominationDetail>(adminA, 'GET', `/api/honours/nominations/${id}`)).version).toBe(detail.version);
  });

  it('climbs county then city; a return carries its reason and the corrected nomination starts again at the county', async () => {
    let d = await ok<NominationDetail>(adminA, 'GET', `/api/honours/nominations/${id}`);
    expect(d.canReview).toBe(true);
    d = await ok<NominationDetail>(adminA, 'POST', `/api/honours/nominations/${id}/review`, { decision: 'approve', version: d.version, note: '情况属实' });
    expect(d).toMatchObject({ status: 'reviewing', stage: 'city' });
    d = await ok<NominationDetail>(city, 'POST', `/api/honours/nominations/${id}/review`, {
      decision: 'return',
      version: d.version,
      reason: '请补充近三年事迹',
    });
    expect(d).toMatchObject({ status: 'returned', returnReason: '请补充近三年事迹' });
    expect((await ok<PublicNominationView>(null, 'GET', `/api/public/nominations/${code}`)).returnReason).toBe('请补充近三年事迹');
    d = await ok<NominationDetail>(clerkA, 'POST', `/api/honours/nominations/${id}/resubmit`, {
      version: d.version,
      deeds: `${DEEDS}近三年组织志愿服务120余次。`,
      summary: d.summary,
      nomineeUnit: d.nomineeUnit,
    });
    expect(d).toMatchObject({ status: 'reviewing', stage: 'county' });
    d = await ok<NominationDetail>(adminA, 'POST', `/api/honours/nominations/${id}/review`, { decision: 'approve', version: d.version });
    d = await ok<NominationDetail>(city, 'POST', `/api/honours/nominations/${id}/review`, { decision: 'approve', version: d.version });
    expect(d.status).toBe('approved');
    expect(d.history.map((h) => h.action)).toEqual(['nominate', 'approve', 'return', 'resubmit', 'approve', 'approve']);
  });

  it('publishes the notice for five working days and shows the public masked data only', async () => {
    const notice = await ok<StaffNotice>(city, 'POST', '/api/honours/notices', { cycleId: goodPeople.id, startsOn: today() });
    expect(notice.workingDays).toBe(5);
    expect(notice.endsOn > notice.startsOn).toBe(true);
    expect(notice.candidates.map((c) => c.nominationId)).toEqual([id]);
    const pub = await ok<PublicNotice>(null, 'GET', `/api/public/notices/${notice.id}`);
    expect(pub.candidates[0]).toMatchObject({ nomineeName: '张好人', nomineeIdMasked: '4199**********001X' });
    expect(JSON.stringify(pub)).not.toContain('41990219600101001X');
    expect(JSON.stringify(pub)).not.toContain('李邻居');
  });

  it('takes an objection in the window, refuses the decision while it is open, and records the answer', async () => {
    await ok(null, 'POST', '/api/public/objections', {
      nominationId: id,
      name: '王某',
      phone: '13800001111',
      reason: '据我所知其中部分事迹与实际不符，请核实。',
    });
    const notice = (await tdb.db.selectFrom('nominations').select('noticeId').where('id', '=', id).executeTakeFirstOrThrow()).noticeId ?? 0;
    await tdb.db
      .updateTable('publicNotices')
      .set({ startsOn: shift(-8), endsOn: shift(-1) })
      .where('id', '=', notice)
      .execute();
    const late = await app.inject({
      method: 'POST',
      url: '/api/public/objections',
      payload: { nominationId: id, name: '赵某', phone: '13800002222', reason: '公示期过后才看到，提出异议。' },
    });
    expect(late.statusCode).toBe(400);
    expect(late.json().error.code).toBe('HONOURS_OBJECTION_WINDOW_CLOSED');
    expect(await count('noticeObjections')).toBe(1);
    const doc = await upload(city, tree.city);
    const blocked = await city.request({
      method: 'POST',
      url: `/api/honours/nominations/${id}/decision`,
      body: { decision: 'award', awardedOn: today(), documentNo: '文明委〔2026〕3号', document: doc },
    });
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().error.code).toBe('HONOURS_DECISION_OBJECTION_OPEN');
    expect(await count('roleModels')).toBe(0);
    const d = await ok<NominationDetail>(adminA, 'GET', `/api/honours/nominations/${id}`);
    const objection = d.objections[0]?.id ?? 0;
    expect(
      (await adminB.request({ method: 'POST', url: `/api/honours/objections/${objection}/answer`, body: { resolution: 'dismissed', answer: '经核实' } }))
        .statusCode,
    ).toBe(404);
    const answered = await ok<NominationDetail>(city, 'POST', `/api/honours/objections/${objection}/answer`, {
      resolution: 'dismissed',
      answer: '经走访核实，事迹属实，异议不成立。',
    });
    expect(answered.objections[0]).toMatchObject({ status: 'dismissed', objectorPhoneMasked: '138****1111' });
  });

  it('awards the title with its document, and the report’s count of city good people goes up by one', async () => {
    const before = await cityGoodPeople(tree.city);
    const noDoc = await city.request({
      method: 'POST',
      url: `/api/honours/nominations/${id}/decision`,
      body: { decision: 'award', awardedOn: today(), documentNo: '文明委〔2026〕3号' },
    });
    expect(noDoc.statusCode).toBe(400);
    const doc = await upload(city, tree.city);
    const d = await ok<NominationDetail>(city, 'POST', `/api/honours/nominations/${id}/decision`, {
      decision: 'award',
      awardedOn: today(),
      documentNo: '文明委〔2026〕3号',
      document: doc,
    });
    expect(d.status).toBe('awarded');
    expect(d.roleModelId).not.toBeNull();
    expect(await cityGoodPeople(tree.city)).toBe(before + 1);
    expect(await cityGoodPeople(tree.countyB)).toBe(0);
  });

  it('refuses nominating someone who already holds the title, naming the record, and writes nothing', async () => {
    const before = await count('nominations');
    const res = await app.inject({
      method: 'POST',
      url: '/api/public/nominations',
      payload: publicNomination({ nominatorName: '孙某', nominatorPhone: '13700001234' }),
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('已获得“市级好人”称号');
    expect(await count('nominations')).toBe(before);
  });
});

describe('the panel’s scoring sheet', () => {
  it('scores within each criterion’s range and averages after dropping the highest and lowest of five', async () => {
    const receipt = await ok<NominationReceipt>(adminA, 'POST', '/api/honours/nominations', {
      cycleId: models.id,
      orgId: tree.townshipA,
      nomineeName: '刘模范',
      nomineeUnit: '甲一街道',
      deeds: DEEDS,
      summary: '扎根基层三十年',
      consent: true,
      nominatorName: '甲一街道党工委',
      nominatorUnit: '甲一街道党工委',
    });
    const id = (await tdb.db.selectFrom('nominations').select('id').where('trackingCode', '=', receipt.trackingCode).executeTakeFirstOrThrow()).id;
    let d = await ok<NominationDetail>(adminA, 'GET', `/api/honours/nominations/${id}`);
    const early = await adminA.request({
      method: 'PUT',
      url: `/api/honours/nominations/${id}/scores`,
      body: { panelist: '评委一', scores: { deeds: 8, influence: 8 } },
    });
    expect(early.statusCode).toBe(409);
    d = await ok<NominationDetail>(adminA, 'POST', `/api/honours/nominations/${id}/review`, { decision: 'approve', version: d.version });
    const unscored = await city.request({ method: 'POST', url: `/api/honours/nominations/${id}/review`, body: { decision: 'approve', version: d.version } });
    expect(unscored.json().error.code).toBe('HONOURS_PANEL_REQUIRED');
    const out = await city.request({
      method: 'PUT',
      url: `/api/honours/nominations/${id}/scores`,
      body: { panelist: '评委一', scores: { deeds: 11, influence: 8 } },
    });
    expect(out.statusCode).toBe(400);
    expect(out.json().error.fields[0].message).toBe('“事迹突出”的分数应在 0 至 10 之间');
    expect(await tdb.db.selectFrom('nominationScores').selectAll().execute()).toEqual([]);
    const sheets = [
      ['评委一', 10, 10],
      ['评委二', 9, 8],
      ['评委三', 8, 8],
      ['评委四', 7, 6],
      ['评委五', 2, 1],
    ] as const;
    for (const [panelist, deeds, influence] of sheets)
      d = await ok<NominationDetail>(city, 'PUT', `/api/honours/nominations/${id}/scores`, { panelist, scores: { deeds, influence } });
    // Totals out of 100: 100, 86, 80, 66, 16; dropping 100 and 16 leaves (86 + 80 + 66) / 3.
    expect(d.panel?.sheets.map((s) => s.total)).toEqual([100, 86, 80, 66, 16]);
    expect(d.panel).toMatchObject({ average: 77.33, trimmed: true });
    d = await ok<NominationDetail>(city, 'POST', `/api/honours/nominations/${id}/review`, { decision: 'approve', version: d.version });
    expect(d.status).toBe('approved');
  });
});
