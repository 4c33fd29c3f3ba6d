import Fastify from 'fastify';
import { sql } from 'kysely';
import { CheckinTokens } from '../../server/modules/volunteers/projects/checkin.token';
import { createServer } from '../../server/server';
import { createTestDb, testConfig } from '../../server/test/harness';
import { seedDemo } from '../demo/seed';
import { fire as fireAt, LoadClient, rate } from './load';

/**
 * A city-wide clean-up day: N volunteers, each signed in on their own phone (a session of their own), scan the rotating
 * QR code of their slot through the real HTTP API, C at a time. Prints check-ins per second next to a bare Fastify
 * route answering the same requests on the same machine, then counts every check-in: none lost, none doubled, and a
 * second scan by anyone is refused.
 */

const say = (line: string) => process.stdout.write(`${line}\n`);
const N = Number(process.env.BENCH_CHECKINS ?? 100_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 64);
const SLOTS = 100;
const BARE_N = Math.min(N, 50_000);

if (!process.env.DATABASE_URL && process.env.BENCH_ALLOW_PGLITE !== 'true') {
  say('The check-in load benchmark runs on PostgreSQL: set DATABASE_URL (e.g. postgres://xuanwen@localhost/xuanwen) and run again.');
  process.exit(2);
}

const client = new LoadClient(CONCURRENCY);
const fire = (n: number, send: (i: number) => Promise<number>) => fireAt(n, CONCURRENCY, send);
const post = (port: number, path: string, headers: Record<string, string>, body: string) => client.send(port, 'POST', path, headers, body);

const config = testConfig({ logLevel: 'silent' });
const tdb = await createTestDb();
try {
  say(
    `Check-in load on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}: ${N.toLocaleString('en-US')} volunteers in ${SLOTS} slots, ${CONCURRENCY} requests at a time`,
  );
  await seedDemo(tdb.db);
  const t0 = Date.now();
  const admin = await tdb.db.selectFrom('users').select('id').where('username', '=', 'admin').executeTakeFirstOrThrow();
  const village = await tdb.db.selectFrom('orgs').select('id').where('level', '=', 'village').orderBy('id').executeTakeFirstOrThrow();
  // Accounts, volunteers and sessions set straight in the database: the day under test is the scanning, not registration.
  await sql`
    insert into users (username, display_name, org_id, password_hash, must_change_password)
    select 'bench' || g, '清洁日志愿者' || g, ${village.id}, 'not-a-login', false from generate_series(1, ${N}) g`.execute(tdb.db);
  await sql`
    insert into volunteers (volunteer_no, name, sex, birth_date, id_type, id_number_enc, id_number_hash, phone_enc, phone_hash, skills, home_org_id,
      consent_at, consent_version, user_id, created_by)
    select 'B' || lpad(g::text, 9, '0'), '清洁日志愿者' || g, 'female', '1990-01-01', 'passport', decode(lpad(to_hex(g), 32, '0'), 'hex'),
      sha256(('bench-id-' || g)::bytea), decode(lpad(to_hex(g), 32, '0'), 'hex'), sha256(('bench-phone-' || g)::bytea), '{}', ${village.id},
      now(), 'bench', u.id, ${admin.id}
    from generate_series(1, ${N}) g join users u on u.username = 'bench' || g`.execute(tdb.db);
  await sql`
    insert into sessions (id, user_id, csrf_token, expires_at)
    select encode(sha256(('bench-token-' || g)::bytea), 'hex'), u.id, 'bench-csrf-' || g, now() + interval '1 day'
    from generate_series(1, ${N}) g join users u on u.username = 'bench' || g`.execute(tdb.db);
  const project = await tdb.db
    .insertInto('serviceProjects')
    .values({
      orgId: village.id,
      teamId: null,
      venueId: null,
      title: '城市清洁日',
      category: 'environment',
      description: '',
      minAge: null,
      skills: [],
      createdBy: admin.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const starts = new Date(Date.now() - 10 * 60_000);
  await sql`
    insert into project_slots (project_id, starts_at, ends_at, headcount)
    select ${project.id}, ${starts.toISOString()}::timestamptz, ${starts.toISOString()}::timestamptz + interval '4 hours', ${Math.ceil(N / SLOTS)}
    from generate_series(1, ${SLOTS})`.execute(tdb.db);
  const slots = (await tdb.db.selectFrom('projectSlots').select('id').where('projectId', '=', project.id).orderBy('id').execute()).map((s) => s.id);
  await sql`
    insert into slot_signups (slot_id, volunteer_id, status, signed_up_by)
    select (${sql.val(slots)}::int[])[1 + (v.rn - 1) % ${SLOTS}], v.id, 'confirmed', ${admin.id}
    from (select id, row_number() over (order by id) as rn from volunteers where volunteer_no like 'B%') v`.execute(tdb.db);
  await sql`analyze users, volunteers, sessions, slot_signups, project_slots`.execute(tdb.db);
  say(`  set up in ${Date.now() - t0} ms`);

  const app = await createServer({ config, dbh: tdb, migrationVersion: tdb.migrationVersion });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const tokens = new CheckinTokens(config.hashKey);
  // The code each slot's screen shows, reissued as the screens do, so no scan carries an expired one.
  const codes = new Map<number, { token: string; renewAt: number }>();
  const codeOf = (slotId: number) => {
    const now = Date.now();
    const held = codes.get(slotId);
    if (held && held.renewAt > now) return held.token;
    const issued = tokens.issue(slotId, 'in', new Date(now));
    codes.set(slotId, { token: issued.token, renewAt: now + 20_000 });
    return issued.token;
  };
  const { rows: who } = await sql<{ n: number; slotId: number }>`
    select substring(u.username from 6)::int as n, s.slot_id as "slotId"
    from volunteers v join users u on u.id = v.user_id join slot_signups s on s.volunteer_id = v.id
    where v.volunteer_no like 'B%' order by 1`.execute(tdb.db);
  const scan = async (i: number) => {
    const person = who[i % who.length];
    if (!person) return 0;
    return post(
      port,
      '/api/volunteer-checkins',
      { 'content-type': 'application/json', cookie: `xw_session=bench-token-${person.n}`, 'x-csrf-token': `bench-csrf-${person.n}` },
      JSON.stringify({ token: codeOf(person.slotId) }),
    );
  };
  const day = await fire(N, scan);
  say(
    `Xuanwen: ${day.ok.toLocaleString('en-US')} check-ins in ${(day.millis / 1000).toFixed(1)} s = ${rate(day)}/s (refused ${day.refused}, failed ${day.failed})`,
  );
  const again = await fire(Math.min(N, 5000), scan);
  say(`  a second scan by ${(again.ok + again.refused + again.failed).toLocaleString('en-US')} of them: ${again.refused} refused, ${again.ok} accepted`);
  await app.close();

  const bare = Fastify({ logger: false });
  bare.post('/api/volunteer-checkins', async (req) => ({ ok: true, got: (req.body as { token?: string }).token?.length ?? 0 }));
  await bare.listen({ port: 0, host: '127.0.0.1' });
  const bareAddress = bare.server.address();
  const barePort = typeof bareAddress === 'object' && bareAddress ? bareAddress.port : 0;
  const bareShot = await fire(BARE_N, (i) =>
    post(
      barePort,
      '/api/volunteer-checkins',
      { 'content-type': 'application/json', cookie: `xw_session=bench-token-${i}`, 'x-csrf-token': `bench-csrf-${i}` },
      JSON.stringify({ token: codeOf(slots[i % slots.length] ?? 0) }),
    ),
  );
  await bare.close();
  client.close();
  say(`bare Fastify route: ${bareShot.ok.toLocaleString('en-US')} requests in ${(bareShot.millis / 1000).toFixed(1)} s = ${rate(bareShot)}/s`);

  const { rows: counted } = await sql<{ rows: number; pairs: number; audits: number }>`
    select (select count(*)::int from volunteer_checkins) as rows,
      (select count(distinct (slot_id, volunteer_id))::int from volunteer_checkins) as pairs,
      (select count(*)::int from audit_log where action = 'volunteer_checkin.in') as audits`.execute(tdb.db);
  const c = counted[0] ?? { rows: 0, pairs: 0, audits: 0 };
  const lost = N - c.pairs;
  const doubled = c.rows - c.pairs;
  say(
    `counted: ${c.rows.toLocaleString('en-US')} check-ins for ${c.pairs.toLocaleString('en-US')} volunteers, ${c.audits.toLocaleString('en-US')} audit entries; lost ${lost}, doubled ${doubled}`,
  );
  const result = {
    database: process.env.DATABASE_URL ? 'postgresql' : 'pglite',
    checkins: N,
    concurrency: CONCURRENCY,
    seconds: Math.round(day.millis / 100) / 10,
    checkinsPerSecond: rate(day),
    bareFastifyPerSecond: rate(bareShot),
    ratioToBare: Math.round((rate(day) / Math.max(rate(bareShot), 1)) * 1000) / 1000,
    lost,
    doubled,
    secondScansRefused: again.refused,
    withinTenMinutes: day.millis <= 600_000,
  };
  say(JSON.stringify(result));
  if (lost !== 0 || doubled !== 0 || day.failed > 0 || again.ok > 0) process.exitCode = 1;
} finally {
  await tdb.close();
}
