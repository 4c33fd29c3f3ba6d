import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportJob } from '../../../contracts/activities/import.schemas';
import type { TestClient } from '../../test/harness';
import { multipartBody } from '../../test/multipart';
import { zipSync } from '../../test/zip-fixture';
import { type ActivitiesWorld, createActivitiesWorld, lectureBody } from './activities.test-fixture';

let w: ActivitiesWorld;

beforeAll(async () => {
  w = await createActivitiesWorld();
});
afterAll(async () => {
  await w?.app.close();
  await w?.tdb.close();
});

const HEADERS = ['所属单位*', '活动标题*', '开始时间*', '结束时间*', '宣讲团', '宣讲员', '宣讲主题*', '宣讲形式*', '受众人数', '网络平台', '网络链接', '网络观看量'];
const ORG = '甲一街道（419902001000）';

async function workbook(rows: unknown[][], headers = HEADERS): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('理论宣讲');
  sheet.addRow(headers);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function upload(client: TestClient, content: Buffer, fields: Record<string, string> = { typeCode: 'lecture', submit: 'true' }) {
  const form = multipartBody(fields, { filename: '宣讲台账.xlsx', content });
  return client.request({ method: 'POST', url: '/api/activities/imports', body: form.payload, headers: form.headers });
}

async function settle(client: TestClient, content: Buffer, fields?: Record<string, string>): Promise<ImportJob> {
  const res = await upload(client, content, fields);
  expect(res.statusCode, res.body).toBe(202);
  let job = res.json() as ImportJob;
  for (let i = 0; i < 500 && job.status !== 'done' && job.status !== 'failed'; i++) {
    await new Promise((r) => setTimeout(r, 20));
    job = (await client.request({ method: 'GET', url: `/api/activities/imports/${job.id}` })).json() as ImportJob;
  }
  return job;
}

async function activityCount(): Promise<number> {
  const r = await w.tdb.db
    .selectFrom('activities')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

const good = (title: string, start: unknown = '2023-06-01 09:00', end: unknown = '2023-06-01 11:00') => [
  ORG,
  title,
  start,
  end,
  null,
  null,
  '二十大精神',
  '线下',
  80,
  null,
  null,
  null,
];

describe('import template', () => {
  it('has the Chinese headers, an example row, drop-downs and only the orgs the caller may record for', async () => {
    const res = await w.clerkA.request({ method: 'GET', url: '/api/activity-types/lecture/template' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('理论宣讲导入模板.xlsx'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(res.rawPayload).buffer);
    const sheet = wb.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(HEADERS);
    expect(String(sheet.getCell('B2').value)).toMatch(/^【示例】/);
    expect(sheet.getCell('H3').dataValidation).toMatchObject({ type: 'list' });
    expect(sheet.getCell('A3').dataValidation).toMatchObject({ type: 'list' });
    const lists = wb.getWorksheet('选项');
    const orgs: string[] = [];
    lists?.getColumn(1).eachCell((c) => orgs.push(String(c.value)));
    expect(orgs.sort()).toEqual(['甲一社区（419902001001）', '甲一街道（419902001000）', '甲二社区（419902001002）'].sort());
    expect(wb.getWorksheet('填写说明')).toBeDefined();
  });

  it('imports its own example-only template as "no data rows"', async () => {
    const tpl = await w.clerkA.request({ method: 'GET', url: '/api/activity-types/lecture/template' });
    const job = await settle(w.clerkA, tpl.rawPayload);
    expect(job.status).toBe('failed');
    expect(job.failure).toBe('表格中没有数据行');
  });
});

describe('import', () => {
  it('commits every row, as submitted records with history and one audit entry, reading date cells and date text', async () => {
    const before = await activityCount();
    const job = await settle(w.clerkA, await workbook([good('六月宣讲一'), good('六月宣讲二', new Date(Date.UTC(2023, 5, 2, 14, 30)), '2023/6/2 16:00')]));
    expect(job).toMatchObject({ status: 'done', totalRows: 2, importedRows: 2, errorCount: 0 });
    expect(await activityCount()).toBe(before + 2);
    const list = await w.clerkA.request({ method: 'GET', url: '/api/activities', query: { q: '六月宣讲二' } });
    const item = (list.json() as { items: { id: number; startsAt: string; status: string; fields: Record<string, unknown> }[] }).items[0];
    expect(item).toMatchObject({ status: 'submitted', startsAt: '2023-06-02T06:30:00.000Z', fields: { mode: 'offline', audience: 80 } });
    const detail = (await w.clerkA.request({ method: 'GET', url: `/api/activities/${item?.id}` })).json() as { history: { action: string }[] };
    expect(detail.history.map((h) => h.action)).toEqual(['import', 'submit']);
    const audit = await w.tdb.db.selectFrom('auditLog').select('summary').where('action', '=', 'activity.import').execute();
    expect(audit).toHaveLength(1);
  });

  it('keeps drafts when asked not to submit', async () => {
    const job = await settle(w.clerkA, await workbook([good('草稿导入')]), { typeCode: 'lecture', submit: 'false' });
    expect(job.status).toBe('done');
    const list = await w.clerkA.request({ method: 'GET', url: '/api/activities', query: { q: '草稿导入' } });
    expect((list.json() as { items: { status: string }[] }).items[0]?.status).toBe('draft');
  });

  it('imports nothing when one row is wrong, and names row, column and problem for each', async () => {
    const before = await activityCount();
    const job = await settle(
      w.clerkA,
      await workbook([
        good('好行'),
        [ORG, '日期是文字', '5月17日上午', '2023-05-17 11:00', null, null, '题', '线下', 10, null, null, null],
        [ORG, '负数', '2023-05-17 09:00', '2023-05-17 11:00', null, null, '题', '线下', -5, null, null, null],
        [ORG, '过大', '2023-05-17 09:00', '2023-05-17 11:00', null, null, '题', '线下', 5_000_000, null, null, null],
        [ORG, '公式', '2023-05-17 09:00', '2023-05-17 11:00', null, null, '题', '线下', { formula: '1000*1000', result: 1_000_000 }, null, null, null],
        [ORG, '缺必填', '2023-05-17 09:00', '2023-05-17 11:00', null, null, null, '线下', 10, null, null, null],
        ['乙一镇（419903100000）', '别的县', '2023-05-17 09:00', '2023-05-17 11:00', null, null, '题', '线下', 10, null, null, null],
        [ORG, '未来', '2099-05-17 09:00', '2099-05-17 11:00', null, null, '题', '线下', 10, null, null, null],
        [ORG, '不是选项', '2023-05-17 09:00', '2023-05-17 11:00', null, null, '题', '广播', 10, null, null, null],
      ]),
    );
    expect(job.status).toBe('failed');
    expect(job.failure).toBe('有 8 行数据有误，未导入任何记录');
    expect(await activityCount()).toBe(before);
    const at = (row: number) => job.errors.filter((e) => e.row === row).map((e) => `${e.column} ${e.header} ${e.message}`);
    expect(at(3)).toEqual([expect.stringMatching(/^C 开始时间\* “5月17日上午”不是有效的日期时间/)]);
    expect(at(4)).toEqual([expect.stringMatching(/^I 受众人数 .*0/)]);
    expect(at(5)).toEqual([expect.stringMatching(/^I 受众人数 .*100000/)]);
    expect(at(6)).toEqual(['I 受众人数 单元格含公式，请改为直接填写数值']);
    expect(at(7)).toEqual(['G 宣讲主题* 必填项未填写']);
    expect(at(8)).toEqual([expect.stringMatching(/^A 所属单位\* “乙一镇（419903100000）”不是您可录入的单位/)]);
    expect(at(9)).toEqual([expect.stringMatching(/^C 开始时间\* 活动尚未开始/)]);
    expect(at(10)).toEqual([expect.stringMatching(/^H 宣讲形式\* “广播”不是可选项/)]);
  });

  it('answers in English for an English caller', async () => {
    const form = multipartBody(
      { typeCode: 'lecture', submit: 'true' },
      { filename: 'x.xlsx', content: await workbook([[ORG, 'x', 'soon', '2023-05-17 11:00', null, null, 'b', '线下', 1, null, null, null]]) },
    );
    const res = await w.clerkA.request({
      method: 'POST',
      url: '/api/activities/imports',
      body: form.payload,
      headers: { ...form.headers, 'accept-language': 'en' },
    });
    let job = res.json() as ImportJob;
    while (job.status !== 'done' && job.status !== 'failed') {
      await new Promise((r) => setTimeout(r, 20));
      job = (await w.clerkA.request({ method: 'GET', url: `/api/activities/imports/${job.id}`, headers: { 'accept-language': 'en' } })).json() as ImportJob;
    }
    expect(job.errors[0]?.message).toBe('“soon” is not a date and time; write it as 2023-05-17 09:00 or use a date cell');
    expect(job.failure).toBe('1 rows have errors; nothing was imported');
  });

  it('refuses wrong column order, naming the column', async () => {
    const swapped = [...HEADERS];
    [swapped[2], swapped[3]] = [swapped[3] as string, swapped[2] as string];
    const job = await settle(w.clerkA, await workbook([good('x')], swapped));
    expect(job.failure).toBe('表头与模板不一致：第 C 列应为“开始时间*”，实际为“结束时间*”');
  });

  it('refuses a file that is not xlsx, a zip bomb and a million rows, without reading them into cells', async () => {
    const before = await activityCount();
    const pdf = await settle(w.clerkA, Buffer.from('%PDF-1.4 not a workbook'));
    expect(pdf.failure).toBe('上传的文件不是有效的 xlsx 表格');
    const bomb = zipSync({
      '[Content_Types].xml': Buffer.from('<Types/>'),
      'xl/workbook.xml': Buffer.from('<workbook/>'),
      'xl/worksheets/sheet1.xml': Buffer.alloc(300 * 1024 * 1024),
    });
    expect((await settle(w.clerkA, bomb)).failure).toMatch(/^表格过大/);
    const rows = Array.from({ length: 1_000_000 }, (_, i) => `<row r="${i + 1}"/>`).join('');
    const million = zipSync({
      '[Content_Types].xml': Buffer.from('<Types/>'),
      'xl/workbook.xml': Buffer.from('<workbook/>'),
      'xl/worksheets/sheet1.xml': Buffer.from(`<worksheet><sheetData>${rows}</sheetData></worksheet>`),
    });
    expect((await settle(w.clerkA, million)).failure).toBe('表格过大：最多 20000 行、解压后不超过 200 MB');
    expect(await activityCount()).toBe(before);
  }, 60_000);

  it('shows a job only to the user who started it', async () => {
    const job = await settle(w.clerkA, await workbook([good('他人不可见')]), { typeCode: 'lecture', submit: 'false' });
    const res = await w.adminA.request({ method: 'GET', url: `/api/activities/imports/${job.id}` });
    expect(res.statusCode).toBe(404);
  });
});

describe('export', () => {
  it('exports the filtered list with one column per field, escaping cells that could run as formulas', async () => {
    const created = await w.clerkA.request({
      method: 'POST',
      url: '/api/activities',
      body: lectureBody(w.tree.villageA, { title: '=HYPERLINK("http://x","点我")' }),
    });
    expect(created.statusCode).toBe(200);
    const res = await w.adminA.request({ method: 'GET', url: '/api/activities/export', query: { typeCode: 'lecture', orgId: w.tree.countyA, q: 'HYPERLINK' } });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(res.rawPayload).buffer);
    const sheet = wb.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    expect((sheet.getRow(1).values as unknown[]).slice(1, 11)).toEqual([
      '编号',
      '活动类型',
      '所属单位',
      '活动标题',
      '开始时间',
      '结束时间',
      '状态',
      '宣讲团',
      '宣讲员',
      '宣讲主题',
    ]);
    expect(sheet?.getCell('D2').value).toBe('\'=HYPERLINK("http://x","点我")');
    expect(sheet?.getCell('K2').value).toBe('线上');
    expect(sheet?.getCell('D2').formula).toBeUndefined();
  });

  it('refuses another county’s subtree', async () => {
    const res = await w.reviewerB.request({ method: 'GET', url: '/api/activities/export', query: { orgId: w.tree.countyA } });
    expect(res.statusCode).toBe(404);
  });
});
