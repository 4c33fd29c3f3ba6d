import { createHash } from 'node:crypto';
import type { ExamDrawRule, Response } from '../../contracts/theory/exam.schemas';
import type { Difficulty, QuestionAnswer, QuestionKind } from '../../contracts/theory/question.schemas';
import { hashPassword, saveGrants } from '../../server/modules/identity';
import { bankRow, closeAttempt, settleTotals } from '../../server/modules/theory';
import type { DbHandle } from '../../server/platform/db/connect';
import type { Db } from '../../server/platform/db/database';
import '../../server/modules/theory/theory.tables';
import { demoAdmin, openDemoOrgs } from './demo-base';
import { DEMO_FACTS, DEMO_LISTS, DEMO_SHORT } from './exam-facts';
import { DEMO_PASSWORD } from './seed';

/** A question of the demo bank before it has an id. */
export interface DemoQuestion {
  kind: QuestionKind;
  stem: string;
  options: string[];
  answer: QuestionAnswer;
  rubric: string;
  topic: string;
  difficulty: Difficulty;
}

/** A number in [0, 1) fixed by its words: the demo is the same on every load. */
function unit(...parts: (string | number)[]): number {
  return createHash('sha256').update(parts.join('|')).digest().readUInt32BE(0) / 2 ** 32;
}

function seededOrder<T>(items: readonly T[], ...seed: (string | number)[]): T[] {
  return items
    .map((item, i) => ({ item, k: unit(...seed, i) }))
    .sort((a, b) => a.k - b.k)
    .map((x) => x.item);
}

const LEVELS: Difficulty[] = ['easy', 'medium', 'hard'];

/** The demo bank: each statement as a single choice, a fill-in and a true/false question, then the lists and short answers. */
export function demoQuestions(): DemoQuestion[] {
  const out: DemoQuestion[] = [];
  DEMO_FACTS.forEach((f, i) => {
    const key = /\{([^}]+)\}/.exec(f.text)?.[1];
    if (!key) throw new Error(`demo fact ${i} has no key term`);
    const difficulty = LEVELS[i % 3] ?? 'medium';
    const options = seededOrder([key, ...f.wrong], 'options', i);
    out.push({ kind: 'single', stem: `${f.text.replace(`{${key}}`, '（　）')}。`, options, answer: { kind: 'single', option: options.indexOf(key) }, rubric: '', topic: f.topic, difficulty });
    out.push({ kind: 'fill', stem: `${f.text.replace(`{${key}}`, '＿＿＿＿')}。`, options: [], answer: { kind: 'fill', blanks: [[key]] }, rubric: '', topic: f.topic, difficulty: LEVELS[(i + 1) % 3] ?? 'medium' });
    const truth = i % 2 === 0;
    out.push({
      kind: 'true_false',
      stem: `${f.text.replace(`{${key}}`, truth ? key : f.wrong[0])}。`,
      options: [],
      answer: { kind: 'true_false', value: truth },
      rubric: '',
      topic: f.topic,
      difficulty: LEVELS[(i + 2) % 3] ?? 'medium',
    });
  });
  DEMO_LISTS.forEach((l, i) => {
    const options = seededOrder([...l.right, ...l.wrong], 'list', i);
    const answer = l.right.map((r) => options.indexOf(r)).sort((a, b) => a - b);
    out.push({ kind: 'multiple', stem: l.stem, options, answer: { kind: 'multiple', options: answer }, rubric: '', topic: l.topic, difficulty: LEVELS[i % 3] ?? 'medium' });
  });
  for (const s of DEMO_SHORT) {
    out.push({ kind: 'short', stem: s.stem, options: [], answer: { kind: 'short', reference: s.reference }, rubric: s.rubric, topic: s.topic, difficulty: 'hard' });
  }
  return out;
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭', '何', '林'];
const GIVEN = ['晓东', '丽华', '建平', '海燕', '志强', '文静', '伟', '佳怡', '立新', '秀兰', '明辉', '欣然', '国栋', '婷婷'];

/** Accounts of the publicity departments' cadres who sit the yearly exam: twelve at the city's, six at each of two counties'. */
export const DEMO_CADRES = 24;

// The same year's paper for everyone: ten single choices, five multiple, ten true/false, five fill-ins, two short answers, 100 points.
const PAPER: { kind: QuestionKind; count: number; points: number }[] = [
  { kind: 'single', count: 10, points: 3 },
  { kind: 'multiple', count: 5, points: 4 },
  { kind: 'true_false', count: 10, points: 2 },
  { kind: 'fill', count: 5, points: 2 },
  { kind: 'short', count: 2, points: 10 },
];

interface Banked {
  id: number;
  kind: QuestionKind;
  stem: string;
  options: string[];
  answer: QuestionAnswer;
  rubric: string;
}

function wrongResponse(q: Banked, seed: number): Response {
  const a = q.answer;
  if (a.kind === 'single') return { kind: 'single', option: (a.option + 1 + Math.floor(seed * (q.options.length - 1))) % q.options.length };
  if (a.kind === 'multiple') return { kind: 'multiple', options: a.options.slice(1) };
  if (a.kind === 'true_false') return { kind: 'true_false', value: !a.value };
  if (a.kind === 'fill') return { kind: 'fill', blanks: a.blanks.map(() => '不记得了') };
  return { kind: 'short', text: '' };
}

function rightResponse(q: Banked): Response {
  const a = q.answer;
  if (a.kind === 'single') return { kind: 'single', option: a.option };
  if (a.kind === 'multiple') return { kind: 'multiple', options: a.options };
  if (a.kind === 'true_false') return { kind: 'true_false', value: a.value };
  if (a.kind === 'fill') return { kind: 'fill', blanks: a.blanks.map((b) => b[0] ?? '') };
  return { kind: 'short', text: a.reference };
}

async function sit(
  tx: Db,
  exam: { id: number; year: number; opensAt: Date; limit: number },
  userId: number,
  ability: number,
  questions: { q: Banked; points: number }[],
  markerId: number,
): Promise<void> {
  const startedAt = new Date(exam.opensAt.getTime() + Math.floor(unit('start', exam.id, userId) * 72) * 3600_000);
  const closedAt = new Date(startedAt.getTime() + (25 + Math.floor(unit('took', exam.id, userId) * 30)) * 60_000);
  const attempt = await tx
    .insertInto('examAttempts')
    .values({ examId: exam.id, userId, number: 1, startedAt, deadlineAt: new Date(startedAt.getTime() + exam.limit * 60_000), isDemo: true })
    .returning('id')
    .executeTakeFirstOrThrow();
  const order = seededOrder(questions, 'paper', exam.id, userId);
  await tx
    .insertInto('examAttemptItems')
    .values(
      order.map(({ q, points }, i) => {
        const right = unit('right', exam.id, userId, q.id) < ability;
        const optionOrder = q.kind === 'single' || q.kind === 'multiple' ? seededOrder(q.options.map((_, k) => k), 'opts', exam.id, userId, q.id) : q.options.map((_, k) => k);
        return {
          attemptId: attempt.id,
          position: i + 1,
          questionId: q.id,
          kind: q.kind,
          stem: q.stem,
          options: JSON.stringify(q.options),
          optionOrder: JSON.stringify(optionOrder),
          answer: JSON.stringify(q.answer),
          rubric: q.rubric,
          points,
          response: JSON.stringify(right ? rightResponse(q) : wrongResponse(q, unit('wrong', exam.id, userId, q.id))),
          savedAt: closedAt,
        };
      }),
    )
    .execute();
  await closeAttempt(tx, attempt.id, 'submitted', closedAt);
  const shorts = await tx.selectFrom('examAttemptItems').select(['position', 'points']).where('attemptId', '=', attempt.id).where('kind', '=', 'short').where('score', 'is', null).execute();
  for (const s of shorts) {
    const score = Math.min(s.points, Math.round(s.points * (0.4 + 0.6 * ability) * (0.8 + 0.2 * unit('mark', exam.id, userId, s.position))));
    await tx
      .updateTable('examAttemptItems')
      .set({ score, correct: score === s.points, markedBy: markerId, markedAt: new Date(closedAt.getTime() + 86_400_000), markerNote: score === s.points ? '' : '要点不全' })
      .where('attemptId', '=', attempt.id)
      .where('position', '=', s.position)
      .execute();
  }
  await settleTotals(tx, attempt.id);
}

/**
 * The demo city's cadre exams: the city publicity department's question bank of 200-odd questions (labelled demo),
 * twenty-four cadre accounts of the city's and two counties' publicity departments, and the 2022 (fixed paper) and
 * 2023 (drawn by rules) yearly exams with every attempt closed and marked. Returns the number of questions.
 */
export async function seedDemoExams(dbh: DbHandle): Promise<number> {
  const { db } = dbh;
  if (await db.selectFrom('examQuestions').select('id').limit(1).executeTakeFirst()) return 0;
  const admin = await demoAdmin(db);
  if (!admin) return 0;
  const orgs = await openDemoOrgs(db);
  const city = orgs.find((o) => o.level === 'city' && o.kind === 'region');
  const departments = orgs.filter((o) => o.kind === 'agency' && o.agencyType === 'department' && /委宣传部$/.test(o.name));
  const cityDepartment = departments.find((d) => d.parentId === city?.id);
  if (!city || !cityDepartment) throw new Error('the demo city has no publicity department');
  const counties = departments.filter((d) => d !== cityDepartment).slice(0, 2);
  const hash = await hashPassword(DEMO_PASSWORD);
  const bank = demoQuestions();
  await db.transaction().execute(async (tx) => {
    const banked: Banked[] = [];
    for (let i = 0; i < bank.length; i += 100) {
      const rows = await tx
        .insertInto('examQuestions')
        .values(bank.slice(i, i + 100).map((q) => bankRow(cityDepartment.id, admin.id, q, true)))
        .returning(['id', 'kind', 'stem', 'options', 'answer', 'rubric'])
        .execute();
      banked.push(...rows);
    }
    const cadres: { id: number; ability: number }[] = [];
    for (let i = 0; i < DEMO_CADRES; i++) {
      const org = i < 12 ? cityDepartment : (counties[Math.floor((i - 12) / 6)] ?? cityDepartment);
      const name = `${SURNAMES[(i * 5) % SURNAMES.length]}${GIVEN[(i * 3) % GIVEN.length]}`;
      const user = await tx
        .insertInto('users')
        .values({
          username: `ganbu${String(i + 1).padStart(2, '0')}`,
          displayName: name,
          orgId: org.id,
          passwordHash: hash,
          mustChangePassword: false,
          isDemo: true,
          phoneEnc: null,
          phoneHash: null,
          lockedUntil: null,
          lastLoginAt: null,
          passwordChangedAt: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await saveGrants(tx, user.id, { roles: ['viewer'], viewRoots: [org.id], entryRoots: [] });
      cadres.push({ id: user.id, ability: 0.5 + 0.45 * unit('ability', i) });
    }
    const years = [
      { year: 2022, mode: 'fixed' as const, opens: '2022-12-12T09:00:00+08:00', closes: '2022-12-16T18:00:00+08:00' },
      { year: 2023, mode: 'random' as const, opens: '2023-12-11T09:00:00+08:00', closes: '2023-12-15T18:00:00+08:00' },
    ];
    for (const y of years) {
      const fixed = PAPER.flatMap((p) =>
        seededOrder(
          banked.filter((q) => q.kind === p.kind),
          'fixed',
          y.year,
          p.kind,
        )
          .slice(0, p.count)
          .map((q) => ({ q, points: p.points })),
      );
      const rules: ExamDrawRule[] = PAPER.map((p) => ({ kind: p.kind, topic: null, difficulty: null, count: p.count, points: p.points }));
      const exam = await tx
        .insertInto('exams')
        .values({
          orgId: cityDepartment.id,
          title: `${y.year}年度宣传干部理论知识考试`,
          instructions: '“周学月评季讲年考”之年考。闭卷，限时60分钟，60分合格，合格者发给合格证书。（演示数据）',
          mode: y.mode,
          rules: JSON.stringify(y.mode === 'random' ? rules : []),
          opensAt: y.opens,
          closesAt: y.closes,
          timeLimitMinutes: 60,
          totalPoints: 100,
          questionCount: fixed.length,
          passScore: 60,
          certificate: true,
          isDemo: true,
          createdBy: admin.id,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (y.mode === 'fixed') {
        await tx
          .insertInto('examFixedItems')
          .values(fixed.map(({ q, points }, i) => ({ examId: exam.id, position: i + 1, questionId: q.id, points })))
          .execute();
      }
      await tx
        .insertInto('examCandidates')
        .values(cadres.map((c) => ({ examId: exam.id, userId: c.id, addedBy: admin.id })))
        .execute();
      for (const [i, c] of cadres.entries()) {
        // One or two cadres were away each year (leave, a mission) and did not sit it.
        if ((i + y.year) % 11 === 0) continue;
        const paper =
          y.mode === 'fixed'
            ? fixed
            : PAPER.flatMap((p) =>
                seededOrder(
                  banked.filter((q) => q.kind === p.kind),
                  'draw',
                  y.year,
                  c.id,
                  p.kind,
                )
                  .slice(0, p.count)
                  .map((q) => ({ q, points: p.points })),
              );
        await sit(tx, { id: exam.id, year: y.year, opensAt: new Date(y.opens), limit: 60 }, c.id, c.ability + (y.year === 2023 ? 0.03 : 0), paper, admin.id);
      }
    }
  });
  return bank.length;
}
