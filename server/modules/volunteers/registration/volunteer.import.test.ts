import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VolunteerImportResult } from '../../../../contracts/volunteers';
import { multipartBody } from '../../../test/multipart';
import type { TestClient } from '../../../test/harness';
import { openWorld, residentId, tableCounts, type VolunteersWorld } from '../volunteers.test-fixture';

let w: VolunteersWorld;
let teamId: number;
const HEADERS = [
  '姓名*',
  '证件类型',
  '证件号码*',
  '性别',
  '出生日期',
  '手机号*',
  '技能特长',
  '所属社区*',
  '本人同意个人信息处理规则*',
  '监护人姓名',
  '监护人手机',
  '监护人同意',
];
const VILLAGE = '甲一社区（419902001001）';

beforeAll(async () => {
  w = await openWorld();
  const res = await w.clerkA.request({
    method: 'POST',
    url: '/api/volunteer-teams',
    body: { kind: 'practice', orgId: w.tree.villageA, name: '甲一社区巾帼志愿服务队', foundedOn: '2024-03-05' },
  });
  if (res.statusCode !== 200) throw new Error(res.body);
  teamId = res.json().id;
});
afterAll(async () => {
  await w?.app.close();
  await w?.tdb.close();
});

async function sheet(rows: unknown[][], headers = HEADERS): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet('志愿者名单');
  s.addRow(headers);
  for (const r of rows) s.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const upload = (client: TestClient, content: Buffer) => {
  const form = multipartBody({}, { filename: '队员名单.xlsx', content });
  return client.request({ method: 'POST', url: `/api/volunteer-teams/${teamId}/imports`, body: form.payload, headers: form.headers });
};

describe('registering a team’s people from a sheet', () => {
  it('gives a sheet listing the communities the user may register for', async () => {
    const res = await w.clerkA.request({ method: 'GET', url: `/api/volunteer-teams/${teamId}/import-template` });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const first = wb.worksheets[0];
    if (!first) throw new Error('no sheet');
    expect((first.getRow(1).values as unknown[]).slice(1)).toEqual(HEADERS);
    const listed = [1, 2, 3].map((r) => wb.getWorksheet('选项')?.getCell(r, 1).value);
    expect(listed).toContain(VILLAGE);
  });

  it('registers every row as an approved member of the team, in one go', async () => {
    const rows = [
      ['赵一', '', residentId('19850101', 61), '', '', '13911110001', '理论宣讲、文艺', VILLAGE, '是'],
      ['钱二', '护照', 'E98765432', '女', '1992-02-02', '13911110002', '', VILLAGE, '是'],
      ['孙小三', '', residentId('20160606', 62), '', '', '13911110003', '', VILLAGE, '是', '孙家长', '13911119999', '是'],
    ];
    const res = await upload(w.clerkA, await sheet(rows));
    expect(res.json()).toMatchObject({ status: 'done', importedRows: 3 });
    const members = await w.clerkA.request({ method: 'GET', url: `/api/volunteer-teams/${teamId}/members` });
    expect(members.body).toContain('赵一');
    expect(members.body).toContain('孙小三');
  });

  it('refuses the whole sheet when a row is wrong, naming row and column, and writes nothing', async () => {
    const before = await tableCounts(w.tdb.db);
    const ok = residentId('19770707', 63);
    const rows = [
      ['周好', '', ok, '', '', '13911110004', '', VILLAGE, '是'],
      ['吴错', '', `${ok.slice(0, 17)}${ok.endsWith('1') ? '2' : '1'}`, '', '', '13911110005', '', VILLAGE, '是'],
      ['郑重', '', residentId('19850101', 61), '', '', '13911110006', '', VILLAGE, '是'],
      ['王童', '', residentId('20170707', 64), '', '', '13911110007', '', VILLAGE, '是'],
      ['冯外', '', residentId('19880808', 65), '', '', '13911110008', '', '乙一村（419903001001）', '是'],
      ['陈否', '', residentId('19880808', 66), '', '', '12345', '', VILLAGE, '否'],
      ['周好二', '', ok, '', '', '13911110009', '', VILLAGE, '是'],
    ];
    const result = (await upload(w.clerkA, await sheet(rows))).json() as VolunteerImportResult;
    expect(result.status).toBe('failed');
    const at = (row: number) => result.errors.filter((e) => e.row === row).map((e) => e.column);
    expect(at(2)).toEqual([]);
    expect(at(3)).toEqual(['C']);
    expect(result.errors.find((e) => e.row === 4)?.message).toContain('已注册为志愿者');
    expect(at(5)).toEqual(['J']);
    expect(at(6)).toEqual(['H']);
    expect(at(7)).toEqual(['F', 'I']);
    expect(result.errors.find((e) => e.row === 8)?.message).toBe('与第 2 行是同一证件');
    expect(await tableCounts(w.tdb.db)).toEqual(before);
  });

  it('is closed to a neighbouring county', async () => {
    expect((await upload(w.adminB, await sheet([['x', '', residentId('19900101', 67), '', '', '13911110010', '', VILLAGE, '是']]))).statusCode).toBe(404);
  });
});
