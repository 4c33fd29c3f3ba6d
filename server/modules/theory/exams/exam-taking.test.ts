import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import mammoth from 'mammoth';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Attempt, Exam, ExamResultRow, ExamResults, MarkingItem, MyExam, Response } from '../../../../contracts/theory/exam.schemas';
import type { Question } from '../../../../contracts/theory/question.schemas';
import { type FixtureTree, loadFixtureTree } from '../../../test/fixture-tree';
import { createTestApp, createTestDb, createTestUser, signIn, type TestClient, type TestDb, testConfig } from '../../../test/harness';
import { localDateTime } from '../../../platform/time';
import '../theory.tables';

let tdb: TestDb;
let app: FastifyInstance;
let tree: FixtureTree;
let adminA: TestClient;
let adminB: TestClient;
let cadreB: TestClient;
const cadres: TestClient[] = [];
const cadreIds: number[] = [];
let cadreBId: number;
const questions: Question[] = [];

// Minute-aligned and near the real clock: sessions are stamped by the database's own clock.
const START = new Date(Math.ceil(Date.now() / 60_000) * 60_000 + 60_000);
const minutes = (n: number) => new Date(START.getTime() + n * 60_000).toISOString();

function at(instant: Date | string): void {
  vi.setSystemTime(new Date(instant));
}

async function ok<T>(client: TestClient, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, body?: unknown): Promise<T> {
  const res = await client.request({ method, url, body });
  if (res.statusCode !== 200) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return res.json() as T;
}

async function addQuestion(body: Record<string, unknown>): Promise<Question> {
  const q = await ok<Question>(adminA, 'POST', '/api/theory/questions', { orgId: tree.countyA, topic: '二十大精神', difficulty: 'medium', ...body });
  questions.push(q);
  return q;
}

const question = (stem: string) => {
  const q = questions.find((x) => x.stem === stem);
  if (!q) throw new Error(`no question ${stem}`);
  return q;
};

async function fixedExam(overrides: Record<string, unknown> = {}, candidates = cadreIds): Promise<Exam> {
  return ok<Exam>(adminA, 'POST', '/api/theory/exams', {
    orgId: tree.countyA,
    title: '甲区年度理论测试',
    opensAt: minutes(-1),
    closesAt: minutes(120),
    timeLimitMinutes: 30,
    passScore: 30,
    certificate: true,
    selection: {
      mode: 'fixed',
      items: [
        { questionId: question('单选：中心任务').id, points: 10 },
        { questionId: question('多选：五位一体').id, points: 10 },
        { questionId: question('判断：意识形态').id, points: 10 },
        { questionId: question('填空：两个结合＿＿').id, points: 10 },
        { questionId: question('简答：文明实践').id, points: 10 },
      ],
    },
    candidateIds: candidates,
    ...overrides,
  });
}

/** The right response to an attempt's item, read from the bank (the test knows the answers; the candidate does not). */
function rightResponse(a: Attempt, position: number): Response {
  const item = a.items.find((i) => i.position === position);
  if (!item) throw new Error('no item');
  const q = questions.find((x) => x.stem === item.stem);
  if (!q) throw new Error('unknown stem');
  const ans = q.answer;
  if (ans.kind === 'single') return { kind: 'single', option: ans.option };
  if (ans.kind === 'multiple') return { kind: 'multiple', options: ans.options };
  if (ans.kind === 'true_false') return { kind: 'true_false', value: ans.value };
  if (ans.kind === 'fill') return { kind: 'fill', blanks: ans.blanks.map((b) => ` ${b[b.length - 1]} `) };
  return { kind: 'short', text: '学习实践科学理论，宣传宣讲党的政策' };
}

const attemptState = (id: number) => tdb.db.selectFrom('examAttempts').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  at(START);
  tdb = await createTestDb();
  tree = await loadFixtureTree(tdb.db);
  await createTestUser(tdb.db, { username: 'ex_admin_a', orgId: tree.countyA, roles: ['county_admin'], view: [tree.countyA] });
  await createTestUser(tdb.db, { username: 'ex_admin_b', orgId: tree.countyB, roles: ['county_admin'], view: [tree.countyB] });
  for (let i = 0; i < 4; i++) {
    cadreIds.push(
      await createTestUser(tdb.db, { username: `ex_cadre_${i}`, orgId: i < 2 ? tree.townshipA : tree.countyA, roles: ['viewer'], view: [tree.townshipA] }),
    );
  }
  cadreBId = await createTestUser(tdb.db, { username: 'ex_cadre_b', orgId: tree.countyB, roles: ['viewer'], view: [tree.countyB] });
  // Jumps of two hours on the faked clock must not end the sessions by idleness.
  app = await createTestApp(tdb, { idleTimeoutMinutes: 24 * 60 });
  adminA = await signIn(app, 'ex_admin_a');
  adminB = await signIn(app, 'ex_admin_b');
  cadreB = await signIn(app, 'ex_cadre_b');
  for (let i = 0; i < 4; i++) cadres.push(await signIn(app, `ex_cadre_${i}`));
  await addQuestion({ kind: 'single', stem: '单选：中心任务', options: ['中国式现代化', '高质量发展', '全面深化改革', '全面从严治党'], answer: { kind: 'single', option: 0 } });
  await addQuestion({ kind: 'multiple', stem: '多选：五位一体', options: ['经济建设', '政治建设', '国防建设', '文化建设'], answer: { kind: 'multiple', options: [0, 1, 3] } });
  await addQuestion({ kind: 'true_false', stem: '判断：意识形态', answer: { kind: 'true_false', value: true } });
  await addQuestion({ kind: 'fill', stem: '填空：两个结合＿＿', answer: { kind: 'fill', blanks: [['中华优秀传统文化', '优秀传统文化']] } });
  await addQuestion({ kind: 'short', stem: '简答：文明实践', answer: { kind: 'short', reference: '五项主要任务' }, rubric: '每项2分' });
  for (let i = 0; i < 6; i++) {
    await addQuestion({ kind: 'true_false', stem: `随机判断${i}`, topic: '党史', difficulty: i < 3 ? 'easy' : 'hard', answer: { kind: 'true_false', value: i % 2 === 0 } });
  }
}, 60_000);
afterEach(() => at(START));
afterAll(async () => {
  vi.useRealTimers();
  await app?.close();
  await tdb?.close();
});

describe('taking a fixed exam', () => {
  let exam: Exam;
  let attempt: Attempt;

  it('sets the exam with its total from the chosen questions, and lists it among the candidate’s exams', async () => {
    exam = await fixedExam();
    expect(exam).toMatchObject({ totalPoints: 50, questionCount: 5, candidates: 4, attempted: 0, mode: 'fixed' });
    const mine = await ok<{ items: MyExam[] }>(cadres[0] as TestClient, 'GET', '/api/my/exams');
    expect(mine.items.find((e) => e.id === exam.id)).toMatchObject({ state: 'open', attemptsAllowed: 1, attemptsUsed: 0, last: null });
  });

  it('starts with the server’s clock, every question in it and no answer shown; starting again resumes the same attempt', async () => {
    attempt = await ok<Attempt>(cadres[0] as TestClient, 'POST', `/api/my/exams/${exam.id}/attempts`);
    expect(attempt.deadlineAt).toBe(minutes(30));
    expect(attempt.status).toBe('in_progress');
    expect(attempt.items.map((i) => i.position)).toEqual([1, 2, 3, 4, 5]);
    expect(new Set(attempt.items.map((i) => i.stem)).size).toBe(5);
    expect(attempt.items.every((i) => i.answer === null && i.score === null)).toBe(true);
    const choice = attempt.items.find((i) => i.kind === 'single');
    expect(choice?.options.map((o) => o.key).sort()).toEqual([0, 1, 2, 3]);
    expect(attempt.items.find((i) => i.kind === 'fill')?.blanks).toBe(1);
    expect(JSON.stringify(attempt)).not.toContain('五项主要任务');
    const again = await ok<Attempt>(cadres[0] as TestClient, 'POST', `/api/my/exams/${exam.id}/attempts`);
    expect(again.id).toBe(attempt.id);
  });

  it('saves answers, refuses one of the wrong kind without saving anything, and marks the objective ones on handing in', async () => {
    at(minutes(5));
    const notShort = attempt.items.find((i) => i.kind !== 'short');
    if (!notShort) throw new Error('no objective item');
    const wrongKind = await (cadres[0] as TestClient).request({
      method: 'PUT',
      url: `/api/my/exam-attempts/${attempt.id}/answers`,
      body: {
        answers: [
          { position: notShort.position === 1 ? 2 : 1, response: rightResponse(attempt, notShort.position === 1 ? 2 : 1) },
          { position: notShort.position, response: { kind: 'short', text: '错位' } },
        ],
      },
    });
    expect(wrongKind.statusCode).toBe(400);
    expect(wrongKind.json().error.code).toBe('THEORY_EXAM_RESPONSE_KIND');
    const none = await tdb.db.selectFrom('examAttemptItems').select('response').where('attemptId', '=', attempt.id).where('response', 'is not', null).execute();
    expect(none).toEqual([]);
    const answers = attempt.items.map((i) => ({ position: i.position, response: rightResponse(attempt, i.position) }));
    const saved = await ok<Attempt>(cadres[0] as TestClient, 'PUT', `/api/my/exam-attempts/${attempt.id}/answers`, { answers });
    expect(saved.items.every((i) => i.response !== null)).toBe(true);
    at(minutes(9));
    const handed = await ok<Attempt>(cadres[0] as TestClient, 'POST', `/api/my/exam-attempts/${attempt.id}/submit`);
    expect(handed).toMatchObject({ status: 'awaiting_marking', closing: 'submitted', closedAt: minutes(9), score: 40, passed: null });
    expect(handed.items.filter((i) => i.kind !== 'short').every((i) => i.correct === true && i.score === 10)).toBe(true);
    expect(handed.items.find((i) => i.kind === 'short')?.score).toBeNull();
    expect(handed.items.every((i) => i.answer === null)).toBe(true);
  });

  it('refuses a second attempt and any change to the handed-in one', async () => {
    const second = await (cadres[0] as TestClient).request({ method: 'POST', url: `/api/my/exams/${exam.id}/attempts` });
    expect(second.statusCode).toBe(409);
    expect(second.json().error).toMatchObject({ code: 'THEORY_EXAM_NO_ATTEMPT_LEFT', message: '您已参加过这场考试（1 次），如需重考请联系组织单位重新开放' });
    const late = await (cadres[0] as TestClient).request({
      method: 'PUT',
      url: `/api/my/exam-attempts/${attempt.id}/answers`,
      body: { answers: [{ position: 1, response: { kind: 'true_false', value: false } }] },
    });
    expect(late.json().error.code).toBe('THEORY_EXAM_ATTEMPT_CLOSED');
    expect(await tdb.db.selectFrom('examAttempts').select('id').where('examId', '=', exam.id).execute()).toHaveLength(1);
  });

  it('keeps other accounts away from the attempt: another candidate, a neighbouring county’s admin and cadre', async () => {
    expect((await (cadres[1] as TestClient).request({ method: 'GET', url: `/api/my/exam-attempts/${attempt.id}` })).statusCode).toBe(404);
    expect((await cadreB.request({ method: 'POST', url: `/api/my/exams/${exam.id}/attempts` })).json().error.code).toBe('THEORY_EXAM_NOT_A_CANDIDATE');
    expect((await adminB.request({ method: 'GET', url: `/api/theory/exams/${exam.id}/results` })).statusCode).toBe(404);
    expect((await adminB.request({ method: 'GET', url: `/api/theory/exams/${exam.id}/marking` })).statusCode).toBe(404);
    expect((await adminB.request({ method: 'GET', url: `/api/theory/exam-attempts/${attempt.id}` })).statusCode).toBe(404);
    const enrol = await adminA.request({ method: 'POST', url: `/api/theory/exams/${exam.id}/candidates`, body: { userIds: [cadreBId] } });
    expect(enrol.json().error.code).toBe('THEORY_EXAM_CANDIDATE_OUT_OF_SCOPE');
  });

  it('marks the short answer blind against its rubric, refuses more than its points, then settles the result and the certificate', async () => {
    const list = await ok<{ items: MarkingItem[]; remaining: number }>(adminA, 'GET', `/api/theory/exams/${exam.id}/marking`);
    expect(list.remaining).toBe(1);
    expect(list.items[0]).toMatchObject({ attemptId: attempt.id, candidateNo: 1, reference: '五项主要任务', rubric: '每项2分', points: 10 });
    expect(JSON.stringify(list)).not.toContain('ex_cadre_0');
    const above = await adminA.request({ method: 'POST', url: `/api/theory/exams/${exam.id}/marks`, body: { attemptId: attempt.id, position: list.items[0]?.position, score: 11 } });
    expect(above.json().error.code).toBe('THEORY_EXAM_MARK_ABOVE');
    const after = await ok<{ remaining: number }>(adminA, 'POST', `/api/theory/exams/${exam.id}/marks`, { attemptId: attempt.id, position: list.items[0]?.position, score: 6 });
    expect(after.remaining).toBe(0);
    expect(await attemptState(attempt.id)).toMatchObject({ status: 'marked', score: 46, passed: true });
    const cert = await (cadres[0] as TestClient).request({ method: 'GET', url: `/api/my/exam-attempts/${attempt.id}/certificate` });
    expect(cert.statusCode).toBe(200);
    const { value: printed } = await mammoth.extractRawText({ buffer: cert.rawPayload });
    expect(printed).toContain('ex_cadre_0同志');
    expect(printed).toContain('成绩46分（满分50分），考试合格');
    expect((await (cadres[1] as TestClient).request({ method: 'GET', url: `/api/my/exam-attempts/${attempt.id}/certificate` })).statusCode).toBe(404);
  });

  it('shows the candidate the right answers only once the window has closed', async () => {
    const before = await ok<Attempt>(cadres[0] as TestClient, 'GET', `/api/my/exam-attempts/${attempt.id}`);
    expect(before.items.every((i) => i.answer === null)).toBe(true);
    const organiser = await ok<Attempt>(adminA, 'GET', `/api/theory/exam-attempts/${attempt.id}`);
    expect(organiser.items.find((i) => i.kind === 'true_false')?.answer).toBe('对');
    at(minutes(121));
    const after = await ok<Attempt>(cadres[0] as TestClient, 'GET', `/api/my/exam-attempts/${attempt.id}`);
    expect(after.items.find((i) => i.kind === 'fill')?.answer).toBe('中华优秀传统文化 / 优秀传统文化');
    const single = after.items.find((i) => i.kind === 'single');
    const letter = 'ABCD'[single?.options.findIndex((o) => o.key === 0) ?? -1];
    expect(single?.answer).toBe(letter);
  });
});

describe('the clock', () => {
  it('refuses answers after the time limit and closes the attempt with what was saved before', async () => {
    const exam = await fixedExam({ title: '限时测试', timeLimitMinutes: 5, passScore: null, certificate: false });
    const cadre = cadres[1] as TestClient;
    const a = await ok<Attempt>(cadre, 'POST', `/api/my/exams/${exam.id}/attempts`);
    const tf = a.items.find((i) => i.kind === 'true_false');
    const single = a.items.find((i) => i.kind === 'single');
    if (!tf || !single) throw new Error('missing kinds');
    at(minutes(3));
    await ok<Attempt>(cadre, 'PUT', `/api/my/exam-attempts/${a.id}/answers`, { answers: [{ position: tf.position, response: { kind: 'true_false', value: true } }] });
    at(minutes(6));
    const late = await cadre.request({
      method: 'PUT',
      url: `/api/my/exam-attempts/${a.id}/answers`,
      body: { answers: [{ position: single.position, response: rightResponse(a, single.position) }] },
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('THEORY_EXAM_TIME_UP');
    const deadline = localDateTime(new Date(minutes(5)), testConfig().timezone);
    expect(late.json().error.message).toBe(`作答时间已于 ${deadline} 截止，本次答案未保存；答卷已按截止前保存的内容交卷`);
    const closed = await ok<Attempt>(cadre, 'GET', `/api/my/exam-attempts/${a.id}`);
    expect(closed).toMatchObject({ status: 'marked', closing: 'time_limit', closedAt: minutes(5), score: 10 });
    expect(closed.items.find((i) => i.position === single.position)).toMatchObject({ response: null, score: 0, correct: false });
  });

  it('closes at the window’s end when it comes before the limit, even for a candidate who walked away', async () => {
    const exam = await fixedExam({ title: '窗口测试', closesAt: minutes(10), passScore: null, certificate: false });
    const cadre = cadres[2] as TestClient;
    const a = await ok<Attempt>(cadre, 'POST', `/api/my/exams/${exam.id}/attempts`);
    expect(a.deadlineAt).toBe(minutes(10));
    at(minutes(11));
    const results = await ok<ExamResults>(adminA, 'GET', `/api/theory/exams/${exam.id}/results`);
    expect(results.people.find((p) => p.attemptId === a.id)).toMatchObject({ status: 'marked', score: 0 });
    expect(await attemptState(a.id)).toMatchObject({ closing: 'window_closed' });
    const late = await cadres[3]?.request({ method: 'POST', url: `/api/my/exams/${exam.id}/attempts` });
    expect(late?.json().error.code).toBe('THEORY_EXAM_NOT_OPEN');
    const mine = await ok<{ items: MyExam[] }>(cadres[3] as TestClient, 'GET', '/api/my/exams');
    expect(mine.items.find((e) => e.id === exam.id)?.state).toBe('missed');
  });

  it('gives a reopened candidate exactly one more attempt', async () => {
    const exam = await fixedExam({ title: '重考测试', passScore: null, certificate: false }, [cadreIds[3] as number]);
    const cadre = cadres[3] as TestClient;
    const untaken = await adminA.request({ method: 'POST', url: `/api/theory/exams/${exam.id}/candidates/${cadreIds[3]}/reopen` });
    expect(untaken.json().error.code).toBe('THEORY_EXAM_REOPEN_UNTAKEN');
    const first = await ok<Attempt>(cadre, 'POST', `/api/my/exams/${exam.id}/attempts`);
    await ok<Attempt>(cadre, 'POST', `/api/my/exam-attempts/${first.id}/submit`);
    expect((await adminB.request({ method: 'POST', url: `/api/theory/exams/${exam.id}/candidates/${cadreIds[3]}/reopen` })).statusCode).toBe(404);
    const row = await ok<ExamResultRow>(adminA, 'POST', `/api/theory/exams/${exam.id}/candidates/${cadreIds[3]}/reopen`);
    expect(row).toMatchObject({ attemptsAllowed: 2, attemptsUsed: 1 });
    const second = await ok<Attempt>(cadre, 'POST', `/api/my/exams/${exam.id}/attempts`);
    expect(second.number).toBe(2);
    await ok<Attempt>(cadre, 'POST', `/api/my/exam-attempts/${second.id}/submit`);
    expect((await cadre.request({ method: 'POST', url: `/api/my/exams/${exam.id}/attempts` })).json().error.code).toBe('THEORY_EXAM_NO_ATTEMPT_LEFT');
  });
});

describe('random exams and results', () => {
  it('refuses rules the bank cannot fill, the narrowest rule drawing first', async () => {
    const res = await adminA.request({
      method: 'POST',
      url: '/api/theory/exams',
      body: {
        orgId: tree.countyA,
        title: '抽题不足',
        opensAt: minutes(0),
        closesAt: minutes(60),
        timeLimitMinutes: 20,
        selection: {
          mode: 'random',
          rules: [
            { kind: 'true_false', topic: '党史', difficulty: null, count: 5, points: 2 },
            { kind: 'true_false', topic: '党史', difficulty: 'easy', count: 2, points: 2 },
          ],
        },
        candidateIds: cadreIds,
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'THEORY_EXAM_DRAW_SHORT', message: '抽题规则“true_false/党史/*”需要 5 道题，题库中只有 4 道' });
  });

  it('draws each candidate’s questions by the rules, and reports per person, per unit and per question', async () => {
    const exam = await ok<Exam>(adminA, 'POST', '/api/theory/exams', {
      orgId: tree.countyA,
      title: '随机抽题',
      opensAt: minutes(0),
      closesAt: minutes(60),
      timeLimitMinutes: 20,
      passScore: 4,
      selection: {
        mode: 'random',
        rules: [
          { kind: 'true_false', topic: '党史', difficulty: 'easy', count: 2, points: 2 },
          { kind: 'true_false', topic: '党史', difficulty: 'hard', count: 2, points: 3 },
        ],
      },
      candidateIds: cadreIds,
    });
    expect(exam).toMatchObject({ totalPoints: 10, questionCount: 4 });
    const year = Number(localDateTime(START, testConfig().timezone).slice(0, 4));
    const inYear = await ok<{ items: Exam[] }>(adminA, 'GET', `/api/theory/exams?year=${year}&q=${encodeURIComponent('随机抽题')}`);
    expect(inYear.items.map((e) => e.id)).toEqual([exam.id]);
    expect((await ok<{ items: Exam[] }>(adminA, 'GET', `/api/theory/exams?year=${year + 1}`)).items).toEqual([]);
    expect((await ok<{ items: Exam[] }>(adminB, 'GET', `/api/theory/exams?year=${year}`)).items).toEqual([]);
    for (const [i, cadre] of cadres.slice(0, 3).entries()) {
      const a = await ok<Attempt>(cadre, 'POST', `/api/my/exams/${exam.id}/attempts`);
      const stems = a.items.map((it) => it.stem);
      expect(stems.every((s) => s.startsWith('随机判断'))).toBe(true);
      expect(stems.filter((s) => Number(s.slice(4)) < 3)).toHaveLength(2);
      // The first answers everything right, the second everything wrong, the third leaves it blank.
      if (i < 2) {
        const answers = a.items.map((it) => {
          const right = rightResponse(a, it.position);
          return { position: it.position, response: i === 0 ? right : { kind: 'true_false' as const, value: right.kind === 'true_false' && right.value === false } };
        });
        await ok<Attempt>(cadre, 'PUT', `/api/my/exam-attempts/${a.id}/answers`, { answers });
      }
      await ok<Attempt>(cadre, 'POST', `/api/my/exam-attempts/${a.id}/submit`);
    }
    const r = await ok<ExamResults>(adminA, 'GET', `/api/theory/exams/${exam.id}/results`);
    expect(r.people.map((p) => [p.user.name, p.score, p.passed])).toEqual(
      expect.arrayContaining([
        ['ex_cadre_0', 10, true],
        ['ex_cadre_1', 0, false],
        ['ex_cadre_2', 0, false],
        ['ex_cadre_3', null, null],
      ]),
    );
    expect(r.units.find((u) => u.org.id === tree.townshipA)).toEqual({ org: expect.objectContaining({ id: tree.townshipA }), candidates: 2, attempted: 2, passed: 1, meanScore: 5 });
    expect(r.units.find((u) => u.org.id === tree.countyA)).toMatchObject({ candidates: 2, attempted: 1, passed: 0, meanScore: 0 });
    const asked = r.items.reduce((s, i) => s + i.asked, 0);
    expect(asked).toBe(12);
    const rights = r.items.reduce((s, i) => s + Math.round((i.shareCorrect ?? 0) * i.marked), 0);
    expect(rights).toBe(4);
    const xlsx = await adminA.request({ method: 'GET', url: `/api/theory/exams/${exam.id}/results/export` });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(xlsx.rawPayload).buffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['个人成绩', '单位汇总', '试题分析']);
    expect(wb.worksheets[0]?.rowCount).toBe(5);
  });
});
