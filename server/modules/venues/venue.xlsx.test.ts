import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VenueImportResult } from '../../../contracts/venues';
import { type FixtureTree, loadFixtureTree } from '../../test/fixture-tree';
import { createTestApp, createTestDb, createTestUser, signIn, type TestClient, type TestDb } from '../../test/harness';
import { multipartBody } from '../../test/multipart';
import { verifyRollups } from '../stats';
import './venues.tables';

let tdb: TestDb;
let app: FastifyInstance;
let tree: FixtureTree;
let clerk: TestClient;
let clerkB: TestClient;

const HEADERS = ['所属单位*', '名称*', '地址*', '经度*', '纬度*', '开放时间', '容纳人数', '负责人', '联系电话', '状态', '启用日期'];
const ROOM_HEADERS = [...HEADERS, '标志型书房', '藏书（册）', '阅览座位', '配备数字阅读设备'];
const MONTH_HEADERS = ['阵地编号*', '阵地名称', '所属单位', '月份*', '接待人次', '借阅册次', '藏书（册）'];
const VILLAGE = '甲一社区（419902001001）';

beforeAll(async () => {
  tdb = await createTestDb();
  tree = await loadFixtureTree(tdb.db);
  await createTestUser(tdb.db, { username: 'clerk_a', orgId: tree.townshipA, roles: ['township_clerk'], view: [tree.townshipA] });
  await createTestUser(tdb.db, { username: 'clerk_b', orgId: tree.countyB, roles: ['township_clerk'], view: [tree.countyB] });
  const square = {
    type: 'Polygon',
    coordinates: [
      [
        [113.5, 34.8],
        [114.5, 34.8],
        [114.5, 35.8],
        [113.5, 35.8],
        [113.5, 34.8],
      ],
    ],
  };
  await tdb.db
    .insertInto('orgBoundaries')
    .values({ orgId: tree.city, geojson: JSON.stringify(square) })
    .execute();
  app = await createTestApp(tdb);
  clerk = await signIn(app, 'clerk_a');
  clerkB = await signIn(app, 'clerk_b');
});
afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

async function workbook(headers: string[], rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('导入');
  sheet.addRow(headers);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function post(client: TestClient, url: string, content: Buffer, fields: Record<string, string> = {}, locale = 'zh-CN') {
  const form = multipartBody(fields, { filename: '导入.xlsx', content });
  return client.request({ method: 'POST', url, body: form.payload, headers: { ...form.headers, 'accept-language': locale } });
}

const count = async (table: 'venues' | 'venue_months' | 'stat_facts') =>
  Number((await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(tdb.db)).rows[0]?.n);

const station = (name: string, lng = 114.1, extra: unknown[] = []) => [
  VILLAGE,
  name,
  '甲一路1号',
  lng,
  35.3,
  '09:00-17:00',
  40,
  '王站长',
  '13812345678',
  '运行中',
  '2023-01-01',
  ...extra,
];

describe('venue import', () => {
  it('gives a template with Chinese headers, the org drop-down and an example row', async () => {
    const res = await clerk.request({ method: 'GET', url: '/api/venue-kinds/reading_room/template' });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(ROOM_HEADERS);
    expect(String(sheet.getCell(2, 2).value)).toContain('【示例】');
    expect(wb.getWorksheet('选项')?.getCell(1, 1).value).toMatch(/（419902/);
  });

  it('imports every row of a valid sheet in one go, phones encrypted and masked', async () => {
    const before = await count('venues');
    const res = await post(clerk, '/api/venues/imports', await workbook(HEADERS, [station('甲一站'), station('甲二站', 114.2)]), {
      kindCode: 'practice_station',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'done', importedRows: 2, errorCount: 0 });
    expect(await count('venues')).toBe(before + 2);
    const list = await clerk.request({ method: 'GET', url: '/api/venues', query: { q: '甲二站' } });
    expect(list.json().items[0]).toMatchObject({ name: '甲二站', managerPhoneMasked: '138****5678', openedOn: '2023-01-01', capacity: 40 });
    expect(list.body).not.toContain('13812345678');
  });

  it('refuses the whole sheet when any row is wrong, naming row, column and reason, and writes nothing', async () => {
    const before = await count('venues');
    const rows = [
      station('好的站'),
      station('上海站', 121.47),
      ['乙一镇（419903001000）', '越界站', '乙一路', 114.1, 35.3],
      station('零容量站', 114.1, []).map((v, i) => (i === 6 ? 0 : v)),
      station('坏电话站', 114.1).map((v, i) => (i === 8 ? '12345' : v)),
      station('关闭站', 114.1).map((v, i) => (i === 9 ? '已关闭' : v)),
    ];
    const res = await post(clerk, '/api/venues/imports', await workbook(HEADERS, rows), { kindCode: 'practice_station' });
    const result = res.json() as VenueImportResult;
    expect(result.status).toBe('failed');
    const at = (row: number) => result.errors.filter((e) => e.row === row).map((e) => `${e.column}:${e.message}`);
    expect(at(2)).toEqual([]);
    expect(at(3)).toEqual(['D:坐标不在本市范围内']);
    expect(at(4)[0]).toMatch(/^A:不是您可录入的单位/);
    expect(at(5)).toEqual(['G:容纳人数必须是大于 0 的整数']);
    expect(at(6)[0]).toMatch(/^I:“12345”不是有效的/);
    expect(at(7)[0]).toMatch(/^J:状态只能填/);
    expect(await count('venues')).toBe(before);
  });

  it('asks before importing a likely duplicate, in the file or against the register', async () => {
    const sheet = await workbook(HEADERS, [station('甲一站', 114.10005)]);
    const first = (await post(clerk, '/api/venues/imports', sheet, { kindCode: 'practice_station' })).json() as VenueImportResult;
    expect(first.status).toBe('failed');
    expect(first.errors[0]?.message).toContain('疑似重复的也导入');
    const twice = (
      await post(clerk, '/api/venues/imports', await workbook(HEADERS, [station('新站'), station('新站', 114.10001)]), { kindCode: 'practice_station' })
    ).json() as VenueImportResult;
    expect(twice.errors[0]).toMatchObject({ row: 3, column: 'B', message: '与第 2 行同类型、同名称且相距不足 20 米' });
    const confirmed = await post(clerk, '/api/venues/imports', sheet, { kindCode: 'practice_station', confirmDuplicates: 'true' });
    expect(confirmed.json()).toMatchObject({ status: 'done', importedRows: 1 });
  });

  it('checks the kind’s own fields and answers in English for an English caller', async () => {
    const row = [...station('甲区书房'), '也许', -5, 20, '是'];
    const res = await post(clerk, '/api/venues/imports', await workbook(ROOM_HEADERS, [row]), { kindCode: 'reading_room' }, 'en');
    const result = res.json() as VenueImportResult;
    expect(result.errors.map((e) => e.column)).toEqual(['L', 'M']);
    expect(result.errors[0]?.message).toBe('Write 是 (yes) or 否 (no)');
  });

  it('refuses a workbook whose headers differ from the template, and a file that is not xlsx', async () => {
    const wrong = await post(clerk, '/api/venues/imports', await workbook(['单位', ...HEADERS.slice(1)], [station('x')]), { kindCode: 'practice_station' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.message).toContain('第 A 列应为“所属单位*”');
    const notXlsx = await post(clerk, '/api/venues/imports', Buffer.from('名称,地址\n'), { kindCode: 'practice_station' });
    expect(notXlsx.json().error.code).toBe('ACTIVITIES_IMPORT_NOT_XLSX');
  });
});

describe('monthly figures in xlsx', () => {
  let roomId = 0;
  beforeAll(async () => {
    const res = await clerk.request({
      method: 'POST',
      url: '/api/venues',
      body: { kindCode: 'reading_room', orgId: tree.villageA, name: '甲一书房', address: '甲一路2号', lng: 114.12, lat: 35.31, fields: { holdings: 5000 } },
    });
    roomId = res.json().id;
  });

  it('gives the month’s sheet prefilled with the venues I report for', async () => {
    const res = await clerk.request({ method: 'GET', url: '/api/venues/months/template', query: { kindCode: 'reading_room', month: '2023-05' } });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(MONTH_HEADERS);
    expect((sheet.getRow(2).values as unknown[]).slice(1, 5)).toEqual([roomId, '甲一书房', '甲一社区', '2023-05']);
  });

  it('imports months as facts, skips blank rows, and exports the year with unreported months blank', async () => {
    const rows = [
      [roomId, '甲一书房', '', '2023-05', 300, 120, 5100],
      [roomId, '甲一书房', '', '2023-06', 280, null, 5150],
      [roomId, '甲一书房', '', '2023-07', null, null, null],
    ];
    const res = await post(clerk, '/api/venues/months/imports', await workbook(MONTH_HEADERS, rows));
    expect(res.json()).toMatchObject({ status: 'done', importedRows: 2, skippedRows: 1 });
    const months = (await clerk.request({ method: 'GET', url: `/api/venues/${roomId}/months`, query: { year: 2023 } })).json() as {
      month: string;
      visitors: number | null;
      reported: boolean;
    }[];
    expect(months.find((m) => m.month === '2023-05')).toMatchObject({ visitors: 300, reported: true });
    expect(months.find((m) => m.month === '2023-07')).toMatchObject({ reported: false, visitors: null });
    expect((await verifyRollups(tdb.db)).total).toBe(0);

    const exp = await clerk.request({ method: 'GET', url: '/api/venues/months/export', query: { kindCode: 'reading_room', year: 2023 } });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exp.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    const values = (r: number) => (sheet.getRow(r).values as unknown[]).slice(1);
    expect(values(6)).toEqual([roomId, '甲一书房', '甲一社区', '2023-05', 300, 120, 5100]);
    expect(values(8).slice(4)).toEqual([]);

    // The exported year comes back with one month corrected: that month's figures and facts are replaced, the rest untouched.
    const again = await post(clerk, '/api/venues/months/imports', await workbook(MONTH_HEADERS, [[roomId, '甲一书房', '', '2023-05', 350, 120, 5100]]));
    expect(again.json()).toMatchObject({ status: 'done', importedRows: 1 });
    const after = (await clerk.request({ method: 'GET', url: `/api/venues/${roomId}/months`, query: { year: 2023 } })).json() as {
      month: string;
      visitors: number | null;
    }[];
    expect(after.filter((m) => m.visitors !== null).map((m) => [m.month, m.visitors])).toEqual([
      ['2023-05', 350],
      ['2023-06', 280],
    ]);
    expect((await verifyRollups(tdb.db)).total).toBe(0);
  });

  it('refuses every row when one is wrong: unknown or foreign venue, shifted row, future month, negative figure, repeated month', async () => {
    const before = await count('venue_months');
    const facts = await count('stat_facts');
    const b = await clerkB.request({ method: 'GET', url: '/api/venues', query: {} });
    expect(b.json().total).toBe(0);
    const rows = [
      [roomId, '甲一书房', '', '2023-08', 10, 1, 1],
      [999999, '', '', '2023-08', 10, 1, 1],
      [roomId, '别的书房', '', '2023-09', 10, 1, 1],
      [roomId, '', '', '2099-01', 10, 1, 1],
      [roomId, '', '', '2023-10', -3, 1, 1],
      [roomId, '', '', '2023-08', 10, 1, 1],
    ];
    const res = (await post(clerk, '/api/venues/months/imports', await workbook(MONTH_HEADERS, rows))).json() as VenueImportResult;
    expect(res.status).toBe('failed');
    expect(res.errors.map((e) => `${e.row}${e.column}`)).toEqual(['3A', '4B', '5D', '6E', '7A']);
    expect(await count('venue_months')).toBe(before);
    expect(await count('stat_facts')).toBe(facts);
    const foreign = (await post(clerkB, '/api/venues/months/imports', await workbook(MONTH_HEADERS, [rows[0] as unknown[]]))).json() as VenueImportResult;
    expect(foreign.errors[0]?.message).toContain('不是您可填报的阵地');
  });
});
