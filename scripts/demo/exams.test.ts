import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../server/test/harness';
import { questionProblem, stemKey } from '../../server/modules/theory/exams/question.rules';
import { DEMO_CADRES, demoQuestions, seedDemoExams } from './exams';
import { seedDemo } from './seed';

describe('the demo question bank', () => {
  const bank = demoQuestions();

  it('holds 200-odd questions of every kind, each answer fitting its kind and options', () => {
    expect(bank.length).toBeGreaterThanOrEqual(200);
    const kinds = new Set(bank.map((q) => q.kind));
    expect([...kinds].sort()).toEqual(['fill', 'multiple', 'short', 'single', 'true_false']);
    for (const q of bank) expect(questionProblem(q.kind, q.stem, q.options, q.answer), q.stem).toBeNull();
  });

  it('has no stem twice within a kind, as the bank itself would refuse', () => {
    const keys = bank.map((q) => `${q.kind}:${stemKey(q.stem)}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('is the same on every load', () => {
    expect(demoQuestions()).toEqual(bank);
  });
});

describe('the demo exams', () => {
  let tdb: TestDb;
  beforeAll(async () => {
    tdb = await createTestDb();
    await seedDemo(tdb.db);
    expect(await seedDemoExams(tdb)).toBe(demoQuestions().length);
  }, 120_000);
  afterAll(async () => {
    await tdb?.close();
  });

  it('gives 2022 and 2023 each a marked attempt per cadre who sat it, scored as the marking rules give', async () => {
    const exams = await tdb.db.selectFrom('exams').select(['id', 'title', 'mode', 'totalPoints', 'isDemo']).orderBy('opensAt').execute();
    expect(exams.map((e) => [e.title, e.mode, e.totalPoints, e.isDemo])).toEqual([
      ['2022年度宣传干部理论知识考试', 'fixed', 100, true],
      ['2023年度宣传干部理论知识考试', 'random', 100, true],
    ]);
    for (const e of exams) {
      const attempts = await tdb.db.selectFrom('examAttempts').select(['id', 'status', 'score', 'passed']).where('examId', '=', e.id).execute();
      expect(attempts.length).toBeGreaterThanOrEqual(DEMO_CADRES - 3);
      expect(attempts.length).toBeLessThan(DEMO_CADRES);
      for (const a of attempts) {
        const items = await tdb.db.selectFrom('examAttemptItems').select(['score', 'points']).where('attemptId', '=', a.id).execute();
        expect(items.reduce((s, i) => s + i.points, 0)).toBe(100);
        expect(a).toMatchObject({ status: 'marked', score: items.reduce((s, i) => s + (i.score ?? 0), 0), passed: (a.score ?? 0) >= 60 });
      }
      expect(new Set(attempts.map((a) => a.passed))).toEqual(new Set([true, false]));
    }
  });

  it('loads nothing a second time', async () => {
    expect(await seedDemoExams(tdb)).toBe(0);
  });
});
