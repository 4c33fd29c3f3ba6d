import Fastify from 'fastify';
import { sql } from 'kysely';
import { createServer } from '../../server/server';
import { createTestDb, testConfig } from '../../server/test/harness';
import { seedDemo } from '../demo/seed';
import { fire, LoadClient, rate, type Shot } from './load';

/**
 * The yearly exam hour: N cadres, each signed in on their own phone, start the same 30-question exam through the real
 * HTTP API, save their answers in three goes and hand in, C requests at a time. Prints each step's requests per second
 * beside a bare Fastify route answering as many requests on the same machine, then counts: every attempt closed and
 * marked, every answer kept, every score what its answers earn.
 */

const say = (line: string) => process.stdout.write(`${line}\n`);
const N = Number(process.env.BENCH_CANDIDATES ?? 5_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 64);
const QUESTIONS = 30;
const SAVES = 3;

if (!process.env.DATABASE_URL && process.env.BENCH_ALLOW_PGLITE !== 'true') {
  say('The exam-day benchmark runs on PostgreSQL: set DATABASE_URL (e.g. postgres://xuanwen@localhost/xuanwen) and run again.');
  process.exit(2);
}

const config = testConfig({ logLevel: 'silent' });
const client = new LoadClient(CONCURRENCY);
const tdb = await createTestDb();
const line = (label: string, s: Shot) =>
  say(`  ${label}: ${(s.ok + s.refused).toLocaleString('en-US')} in ${(s.millis / 1000).toFixed(1)} s = ${rate(s)}/s (refused ${s.refused}, failed ${s.failed})`);
try {
  say(`Exam day on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}: ${N.toLocaleString('en-US')} cadres, ${QUESTIONS} questions, ${CONCURRENCY} requests at a time`);
  await seedDemo(tdb.db);
  const t0 = Date.now();
  const admin = await tdb.db.selectFrom('users').select('id').where('username', '=', 'admin').executeTakeFirstOrThrow();
  const org = await tdb.db.selectFrom('orgs').select('id').where('level', '=', 'city').where('kind', '=', 'region').executeTakeFirstOrThrow();
  // Accounts, sessions, bank and exam set straight in the database: the hour under test is the sitting, not the setting.
  await sql`
    insert into users (username, display_name, org_id, password_hash, must_change_password)
    select 'cadre' || g, '考生' || g, ${org.id}, 'not-a-login', false from generate_series(1, ${N}) g`.execute(tdb.db);
  await sql`
    insert into sessions (id, user_id, csrf_token, expires_at)
    select encode(sha256(('cadre-token-' || g)::bytea), 'hex'), u.id, 'cadre-csrf-' || g, now() + interval '1 day'
    from generate_series(1, ${N}) g join users u on u.username = 'cadre' || g`.execute(tdb.db);
  await sql`
    insert into exam_questions (org_id, kind, stem, stem_key, options, answer, topic, difficulty, created_by)
    select ${org.id}, case when g % 3 = 0 then 'single' else 'true_false' end, '基准题' || g, '基准题' || g,
      case when g % 3 = 0 then '["甲","乙","丙","丁"]'::jsonb else '[]'::jsonb end,
      case when g % 3 = 0 then jsonb_build_object('kind', 'single', 'option', g % 4)
        else jsonb_build_object('kind', 'true_false', 'value', g % 2 = 0) end,
      '基准', 'medium', ${admin.id}
    from generate_series(1, ${QUESTIONS}) g`.execute(tdb.db);
  const exam = await tdb.db
    .insertInto('exams')
    .values({
      orgId: org.id,
      title: '基准年考',
      instructions: '',
      mode: 'fixed',
      opensAt: new Date(Date.now() - 60_000),
      closesAt: new Date(Date.now() + 86_400_000),
      timeLimitMinutes: 120,
      totalPoints: QUESTIONS * 2,
      questionCount: QUESTIONS,
      passScore: QUESTIONS,
      certificate: false,
      createdBy: admin.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await sql`
    insert into exam_fixed_items (exam_id, position, question_id, points)
    select ${exam.id}, row_number() over (order by id), id, 2 from exam_questions where stem like '基准题%'`.execute(tdb.db);
  await sql`
    insert into exam_candidates (exam_id, user_id, added_by)
    select ${exam.id}, id, ${admin.id} from users where username like 'cadre%'`.execute(tdb.db);
  await sql`analyze users, sessions, exam_questions, exam_candidates`.execute(tdb.db);
  say(`  set up in ${Date.now() - t0} ms`);

  const app = await createServer({ config, dbh: tdb, migrationVersion: tdb.migrationVersion });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const headers = (n: number) => ({ 'content-type': 'application/json', cookie: `xw_session=cadre-token-${n}`, 'x-csrf-token': `cadre-csrf-${n}` });

  const started = await fire(N, CONCURRENCY, (i) => client.send(port, 'POST', `/api/my/exams/${exam.id}/attempts`, headers(i + 1), '{}'));
  line('start', started);
  const { rows: attempts } = await sql<{ n: number; attemptId: number }>`
    select substring(u.username from 6)::int as n, a.id as "attemptId"
    from exam_attempts a join users u on u.id = a.user_id where a.exam_id = ${exam.id} order by 1`.execute(tdb.db);
  // What each cadre answers: true to every true/false question, the second option shown to every single choice.
  const { rows: items } = await sql<{ attemptId: number; position: number; kind: string; shown: number[] }>`
    select attempt_id as "attemptId", position, kind, option_order as shown from exam_attempt_items
    where attempt_id in (select id from exam_attempts where exam_id = ${exam.id}) order by attempt_id, position`.execute(tdb.db);
  const byAttempt = new Map<number, typeof items>();
  for (const it of items) byAttempt.set(it.attemptId, [...(byAttempt.get(it.attemptId) ?? []), it]);
  const responseOf = (it: (typeof items)[number]) =>
    it.kind === 'single' ? { kind: 'single', option: it.shown[1] ?? 0 } : { kind: 'true_false', value: true };
  const perSave = Math.ceil(QUESTIONS / SAVES);
  const saved = await fire(attempts.length * SAVES, CONCURRENCY, (i) => {
    const a = attempts[Math.floor(i / SAVES)];
    if (!a) return Promise.resolve(0);
    const part = (byAttempt.get(a.attemptId) ?? []).slice((i % SAVES) * perSave, (i % SAVES + 1) * perSave);
    const body = JSON.stringify({ answers: part.map((it) => ({ position: it.position, response: responseOf(it) })) });
    return client.send(port, 'PUT', `/api/my/exam-attempts/${a.attemptId}/answers`, headers(a.n), body);
  });
  line('save answers', saved);
  const handed = await fire(attempts.length, CONCURRENCY, (i) => {
    const a = attempts[i];
    return a ? client.send(port, 'POST', `/api/my/exam-attempts/${a.attemptId}/submit`, headers(a.n), '{}') : Promise.resolve(0);
  });
  line('hand in', handed);
  await app.close();

  const bare = Fastify({ logger: false });
  bare.put('/api/my/exam-attempts/:id/answers', async (req) => ({ ok: true, got: (req.body as { answers?: unknown[] }).answers?.length ?? 0 }));
  await bare.listen({ port: 0, host: '127.0.0.1' });
  const bareAddress = bare.server.address();
  const barePort = typeof bareAddress === 'object' && bareAddress ? bareAddress.port : 0;
  const sample = JSON.stringify({ answers: Array.from({ length: perSave }, (_, p) => ({ position: p + 1, response: { kind: 'true_false', value: true } })) });
  const bareShot = await fire(attempts.length * SAVES, CONCURRENCY, (i) => client.send(barePort, 'PUT', `/api/my/exam-attempts/${i}/answers`, headers(i), sample));
  line('bare Fastify route, the same saves', bareShot);
  await bare.close();
  client.close();

  // The score each attempt's answers earn, worked out from the answers and the attempt's own copy of the key.
  const { rows: check } = await sql<{ attempts: number; closed: number; answered: number; scored: number; expected: number }>`
    select (select count(*)::int from exam_attempts where exam_id = ${exam.id}) as attempts,
      (select count(*)::int from exam_attempts where exam_id = ${exam.id} and status = 'marked') as closed,
      (select count(*)::int from exam_attempt_items i join exam_attempts a on a.id = i.attempt_id where a.exam_id = ${exam.id} and i.response is not null) as answered,
      (select coalesce(sum(score), 0)::int from exam_attempts where exam_id = ${exam.id}) as scored,
      (select coalesce(sum(case
          when i.kind = 'true_false' and (i.answer->>'value')::boolean then i.points
          when i.kind = 'single' and (i.answer->>'option')::int = (i.option_order->>1)::int then i.points
          else 0 end), 0)::int
        from exam_attempt_items i join exam_attempts a on a.id = i.attempt_id where a.exam_id = ${exam.id}) as expected`.execute(tdb.db);
  const c = check[0] ?? { attempts: 0, closed: 0, answered: 0, scored: 0, expected: -1 };
  say(
    `counted: ${c.attempts.toLocaleString('en-US')} attempts, ${c.closed.toLocaleString('en-US')} marked, ${c.answered.toLocaleString('en-US')} answers kept of ${(N * QUESTIONS).toLocaleString('en-US')}; scores ${c.scored.toLocaleString('en-US')} against ${c.expected.toLocaleString('en-US')} earned`,
  );
  const result = {
    database: process.env.DATABASE_URL ? 'postgresql' : 'pglite',
    candidates: N,
    concurrency: CONCURRENCY,
    startsPerSecond: rate(started),
    savesPerSecond: rate(saved),
    handInsPerSecond: rate(handed),
    bareFastifyPerSecond: rate(bareShot),
    savesToBare: Math.round((rate(saved) / Math.max(rate(bareShot), 1)) * 1000) / 1000,
    lostAnswers: N * QUESTIONS - c.answered,
    scoresRight: c.scored === c.expected,
  };
  say(JSON.stringify(result));
  if (c.attempts !== N || c.closed !== N || c.answered !== N * QUESTIONS || c.scored !== c.expected || started.failed + saved.failed + handed.failed > 0) {
    process.exitCode = 1;
  }
} finally {
  await tdb.close();
}
