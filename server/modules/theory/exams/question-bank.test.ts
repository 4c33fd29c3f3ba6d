import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Question, QuestionImportResult, QuestionStock } from '../../../../contracts/theory/question.schemas';
import { type FixtureTree, loadFixtureTree } from '../../../test/fixture-tree';
import { createTestApp, createTestDb, createTestUser, signIn, type TestClient, type TestDb } from '../../../test/harness';
import { multipartBody } from '../../../test/multipart';
import { QUESTION_HEADERS } from './question.sheet';
import '../theory.tables';

let tdb: TestDb;
let app: FastifyInstance;
let tree: FixtureTree;
let adminA: TestClient;
let adminB: TestClient;
let clerkA: TestClient;

beforeAll(async () => {
  tdb = await createTestDb();
  tree = await loadFixtureTree(tdb.db);
  await createTestUser(tdb.db, { username: 'qb_admin_a', orgId: tree.countyA, roles: ['county_admin'], view: [tree.countyA] });
  await createTestUser(tdb.db, { username: 'qb_admin_b', orgId: tree.countyB, roles: ['county_admin'], view: [tree.countyB] });
  await createTestUser(tdb.db, { username: 'qb_clerk_a', orgId: tree.townshipA, roles: ['township_clerk'], view: [tree.townshipA] });
  app = await createTestApp(tdb);
  adminA = await signIn(app, 'qb_admin_a');
  adminB = await signIn(app, 'qb_admin_b');
  clerkA = await signIn(app, 'qb_clerk_a');
});
afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

async function sheet(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('题库');
  ws.addRow(QUESTION_HEADERS);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function upload(client: TestClient, orgId: number, content: Buffer) {
  const form = multipartBody({ orgId: String(orgId) }, { filename: '题库.xlsx', content });
  return client.request({ method: 'POST', url: '/api/theory/questions/imports', body: form.payload, headers: form.headers });
}

const bankSize = async (orgId: number) =>
  Number(
    (
      await tdb.db
        .selectFrom('examQuestions')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('orgId', '=', orgId)
        .executeTakeFirstOrThrow()
    ).n,
  );

const row = (kind: string, stem: string, options: (string | null)[], answer: string, topic = '二十大精神', difficulty: string | null = '中', rubric: string | null = null) => {
  const six = [...options, null, null, null, null, null, null].slice(0, 6);
  return [kind, stem, ...six, answer, topic, difficulty, rubric];
};

describe('question bank entry', () => {
  it('adds each kind, keeps a multiple choice answer sorted, and lists with filters', async () => {
    const single = await adminA.request({
      method: 'POST',
      url: '/api/theory/questions',
      body: { orgId: tree.countyA, kind: 'single', stem: '甲区单选一', options: ['甲', '乙', '丙'], answer: { kind: 'single', option: 2 }, topic: '党史', difficulty: 'easy' },
    });
    expect(single.statusCode, single.body).toBe(200);
    const multiple = await adminA.request({
      method: 'POST',
      url: '/api/theory/questions',
      body: { orgId: tree.countyA, kind: 'multiple', stem: '甲区多选一', options: ['甲', '乙', '丙', '丁'], answer: { kind: 'multiple', options: [3, 0] }, topic: '党史', difficulty: 'hard' },
    });
    expect((multiple.json() as Question).answer).toEqual({ kind: 'multiple', options: [0, 3] });
    const fill = await adminA.request({
      method: 'POST',
      url: '/api/theory/questions',
      body: { orgId: tree.countyA, kind: 'fill', stem: '坚持＿＿＿领导，坚持＿＿＿为中心', answer: { kind: 'fill', blanks: [['党的'], ['人民', '以人民']] }, topic: '党史', difficulty: 'medium' },
    });
    expect(fill.statusCode, fill.body).toBe(200);
    const list = await adminA.request({ method: 'GET', url: '/api/theory/questions', query: { orgId: tree.countyA, kind: 'multiple' } });
    expect((list.json() as { items: Question[] }).items.map((q) => q.stem)).toEqual(['甲区多选一']);
    const stock = (await adminA.request({ method: 'GET', url: '/api/theory/questions/stock', query: { orgId: tree.countyA } })).json() as QuestionStock;
    expect(stock.items).toEqual(
      expect.arrayContaining([{ topic: '党史', kind: 'single', difficulty: 'easy', count: 1 }, { topic: '党史', kind: 'fill', difficulty: 'medium', count: 1 }]),
    );
  });

  it('refuses an answer not among the options, blanks that do not match the stem, and the same stem twice, in the user’s language', async () => {
    const before = await bankSize(tree.countyA);
    const outside = await adminA.request({
      method: 'POST',
      url: '/api/theory/questions',
      body: { orgId: tree.countyA, kind: 'single', stem: '甲区单选二', options: ['甲', '乙'], answer: { kind: 'single', option: 3 }, topic: '党史', difficulty: 'easy' },
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.code).toBe('THEORY_QUESTION_ANSWER_NOT_AN_OPTION');
    expect(outside.json().error.message).toBe('答案不在选项之中');
    const blanks = await adminA.request({
      method: 'POST',
      url: '/api/theory/questions',
      body: { orgId: tree.countyA, kind: 'fill', stem: '只有一个＿＿空', answer: { kind: 'fill', blanks: [['一'], ['二']] }, topic: '党史', difficulty: 'easy' },
    });
    expect(blanks.json().error.code).toBe('THEORY_QUESTION_BLANKS');
    const twice = await adminA.request({
      method: 'POST',
      url: '/api/theory/questions',
      body: { orgId: tree.countyA, kind: 'single', stem: ' 甲区 单选一。', options: ['子', '丑'], answer: { kind: 'single', option: 1 }, topic: '党史', difficulty: 'easy' },
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('THEORY_QUESTION_DUPLICATE');
    expect(await bankSize(tree.countyA)).toBe(before);
  });

  it('keeps a neighbouring county and a clerk out of the bank', async () => {
    const other = await adminB.request({ method: 'GET', url: '/api/theory/questions', query: { orgId: tree.countyA } });
    expect(other.statusCode).toBe(404);
    const mine = (await adminB.request({ method: 'GET', url: '/api/theory/questions' })).json() as { items: Question[] };
    expect(mine.items.filter((q) => q.org.id === tree.countyA)).toEqual([]);
    const anyA = (await adminA.request({ method: 'GET', url: '/api/theory/questions' })).json() as { items: Question[] };
    const target = anyA.items[0];
    if (!target) throw new Error('no question');
    const write = await adminB.request({ method: 'PATCH', url: `/api/theory/questions/${target.id}`, body: { version: target.version, active: false } });
    expect([403, 404]).toContain(write.statusCode);
    expect((await clerkA.request({ method: 'GET', url: '/api/theory/questions' })).statusCode).toBe(403);
    expect(await bankSize(tree.countyB)).toBe(0);
  });
});

describe('question bank import', () => {
  it('reads the template’s own examples as skipped and imports each kind', async () => {
    const template = await adminA.request({ method: 'GET', url: '/api/theory/questions/template' });
    expect(template.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(template.rawPayload).buffer);
    const ws = wb.worksheets[0];
    if (!ws) throw new Error('no sheet');
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(QUESTION_HEADERS);
    ws.addRow(row('单选题', '导入单选', ['甲', '乙', '丙', '丁'], 'c'));
    ws.addRow(row('多选', '导入多选', ['甲', '乙', '丙'], 'A、C'));
    ws.addRow(row('判断题', '导入判断', [], '错', '意识形态', '易'));
    ws.addRow(row('填空题', '导入填空＿＿和＿＿', [], '一/壹|二', '意识形态', '难'));
    ws.addRow(row('简答题', '导入简答', [], '参考答案要点', '文明实践', null, '答出两点给满分'));
    const res = await upload(adminA, tree.townshipA, Buffer.from(await wb.xlsx.writeBuffer()));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json() as QuestionImportResult).toEqual({ imported: 5, errors: [], errorCount: 0 });
    const list = (await adminA.request({ method: 'GET', url: '/api/theory/questions', query: { orgId: tree.townshipA, pageSize: 50 } })).json() as { items: Question[] };
    const byStem = new Map(list.items.map((q) => [q.stem, q]));
    expect(byStem.get('导入单选')?.answer).toEqual({ kind: 'single', option: 2 });
    expect(byStem.get('导入多选')?.answer).toEqual({ kind: 'multiple', options: [0, 2] });
    expect(byStem.get('导入判断')?.answer).toEqual({ kind: 'true_false', value: false });
    expect(byStem.get('导入填空＿＿和＿＿')?.answer).toEqual({ kind: 'fill', blanks: [['一', '壹'], ['二']] });
    expect(byStem.get('导入简答')).toMatchObject({ rubric: '答出两点给满分', difficulty: 'medium', answer: { kind: 'short', reference: '参考答案要点' } });
  });

  it('refuses the whole sheet with each row’s error: an answer not among the options, an empty stem, a duplicate question', async () => {
    const before = await bankSize(tree.townshipA);
    const res = await upload(
      adminA,
      tree.townshipA,
      await sheet([
        row('单选题', '好的一题', ['甲', '乙'], 'A'),
        row('单选题', '答案越界', ['甲', '乙'], 'D'),
        row('判断题', null as unknown as string, [], '对'),
        row('判断题', '重复题干', [], '对'),
        row('判断题', '重复 题干！', [], '错'),
        row('判断题', '导入判断', [], '对'),
        row('多选题', '缺选项', ['甲', null, '丙'], 'AC'),
        row('问答题', '题型不对', [], '对'),
      ]),
    );
    expect(res.statusCode).toBe(200);
    const out = res.json() as QuestionImportResult;
    expect(out.imported).toBe(0);
    const messages = Object.fromEntries(out.errors.map((e) => [`${e.row}${e.column}`, e.message]));
    expect(messages).toEqual({
      '3I': '答案不在选项之中',
      '4B': '必填项未填写',
      '6B': '与第 5 行题干相同',
      '7B': expect.stringMatching(/^题库中已有相同题干的题目（第 \d+ 号）$/),
      '8E': '选项须从 A 起依次填写，中间不能空',
      '9A': '题型只能是单选题、多选题、判断题、填空题或简答题',
    });
    expect(await bankSize(tree.townshipA)).toBe(before);
  });

  it('answers a neighbouring county’s upload for another county’s bank with a refusal and writes nothing', async () => {
    const res = await upload(adminB, tree.townshipA, await sheet([row('判断题', '乙区探测', [], '对')]));
    expect(res.statusCode).toBe(404);
    expect(await bankSize(tree.townshipA)).toBe(5);
  });

  it('speaks English to an English session', async () => {
    const form = multipartBody({ orgId: String(tree.townshipA) }, { filename: 'q.xlsx', content: await sheet([row('单选题', '英文提示', ['甲', '乙'], 'Z')]) });
    const res = await adminA.request({
      method: 'POST',
      url: '/api/theory/questions/imports',
      body: form.payload,
      headers: { ...form.headers, 'accept-language': 'en' },
    });
    expect((res.json() as QuestionImportResult).errors.map((e) => e.message)).toEqual(['The answer “Z” is not option letters (like B or ACD)']);
  });
});
