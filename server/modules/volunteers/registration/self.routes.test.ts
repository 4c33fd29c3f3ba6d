import type { FastifyInstance, InjectOptions } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { residentIdCheckChar } from '../../../../contracts/volunteers/resident-id';
import { type FixtureTree, loadFixtureTree } from '../../../test/fixture-tree';
import { createTestApp, createTestDb, createTestUser, signIn, type TestClient, type TestDb } from '../../../test/harness';
import '../volunteers.tables';

let tdb: TestDb;
let app: FastifyInstance;
let tree: FixtureTree;
let clerk: TestClient;

const PASSWORD = 'Zhiyuan#2026';
const residentId = (birth: string, seq: string) => {
  const first17 = `419902${birth.replaceAll('-', '')}${seq}`;
  return `${first17}${residentIdCheckChar(first17)}`;
};

beforeAll(async () => {
  tdb = await createTestDb();
  tree = await loadFixtureTree(tdb.db);
  await createTestUser(tdb.db, { username: 'clerk_a', orgId: tree.townshipA, roles: ['township_clerk'], view: [tree.townshipA] });
  app = await createTestApp(tdb);
  clerk = await signIn(app, 'clerk_a');
});
afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

const register = (body: Record<string, unknown>, locale = 'zh-CN') =>
  app.inject({ method: 'POST', url: '/api/public/volunteer-registrations', payload: body, headers: { 'accept-language': locale } } as InjectOptions);

const person = (overrides: Record<string, unknown> = {}) => ({
  name: '李志愿',
  idType: 'resident_id',
  idNumber: residentId('1990-03-05', '021'),
  phone: '13955550001',
  skills: ['理论宣讲'],
  homeOrgId: tree.villageA,
  consent: true,
  consentVersion: '2026-1',
  password: PASSWORD,
  ...overrides,
});

const counts = async () => {
  const { rows } = await sql<{
    users: string;
    volunteers: string;
  }>`select (select count(*) from users) as users, (select count(*) from volunteers) as volunteers`.execute(tdb.db);
  return rows[0];
};

describe('self-registration', () => {
  it('finds communities by name without signing in, with their township and county', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/public/communities?q=甲一' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual([{ id: tree.villageA, name: '甲一社区', path: '甲区 / 甲一街道' }]);
  });

  it('registers a person with an account that signs in with the phone and sees only its own record', async () => {
    const res = await register(person());
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ username: '13955550001' });
    const me = await signIn(app, '13955550001', PASSWORD);
    const own = await me.request({ method: 'GET', url: '/api/me/volunteer' });
    expect(own.json()).toMatchObject({ name: '李志愿', sex: 'male', phoneMasked: '139****0001', hasAccount: true, homeOrg: { id: tree.villageA } });
    expect(own.body).not.toContain('13955550001');
    expect((await me.request({ method: 'GET', url: '/api/volunteers' })).statusCode).toBe(403);
    const listed = await clerk.request({ method: 'GET', url: '/api/volunteers', query: { q: '李志愿' } });
    expect(listed.json().items[0]).toMatchObject({ volunteerNo: res.json().volunteerNo, hasAccount: true });
  });

  it('refuses the same ID again with the way to the existing account, creating nothing', async () => {
    const before = await counts();
    const res = await register(person({ phone: '13955550002' }));
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('VOLUNTEERS_DUPLICATE_ID');
    expect(res.json().error.message).toContain('139****0001');
    expect(await counts()).toEqual(before);
  });

  it('refuses a weak password, a wrong checksum, a minor without a guardian and a phone that already signs in, creating nothing', async () => {
    const before = await counts();
    const fresh = (o: Record<string, unknown>) => register(person({ idNumber: residentId('1991-04-06', '033'), phone: '13955550003', ...o }));
    expect((await fresh({ password: 'short' })).json().error.fields[0].path).toBe('body.password');
    const wrong = residentId('1991-04-06', '033').slice(0, 17) + (residentId('1991-04-06', '033').endsWith('1') ? '2' : '1');
    expect((await fresh({ idNumber: wrong })).json().error.code).toBe('VOLUNTEERS_ID_CHECKSUM');
    expect((await fresh({ idNumber: residentId('2016-06-01', '044') })).json().error.code).toBe('VOLUNTEERS_GUARDIAN_REQUIRED');
    expect((await fresh({ phone: '13955550001' })).json().error.code).toBe('IDENTITY_USERNAME_TAKEN');
    expect(await counts()).toEqual(before);
  });

  it('takes a child under 14 with a guardian’s consent', async () => {
    const res = await register(
      person({
        name: '小志愿',
        idNumber: residentId('2016-06-01', '044'),
        phone: '13955550004',
        guardian: { name: '李家长', phone: '13955559999', consent: true },
      }),
    );
    expect(res.statusCode, res.body).toBe(200);
  });
});

describe('a volunteer’s own data', () => {
  it('exports in full for its owner only, with an audit entry', async () => {
    const me = await signIn(app, '13955550001', PASSWORD);
    const res = await me.request({ method: 'GET', url: '/api/me/volunteer/export' });
    expect(res.headers['content-disposition']).toContain('attachment');
    expect(res.json().volunteer).toMatchObject({ idNumber: residentId('1990-03-05', '021'), phone: '13955550001', homeOrg: '甲一社区' });
    const audited = await sql<{ n: string }>`select count(*) as n from audit_log where action = 'volunteer.self_export'`.execute(tdb.db);
    expect(Number(audited.rows[0]?.n)).toBe(1);
    expect((await clerk.request({ method: 'GET', url: '/api/me/volunteer/export' })).json().error.code).toBe('VOLUNTEERS_NOT_A_VOLUNTEER');
  });

  it('records a deletion request once, which staff then see', async () => {
    const me = await signIn(app, '13955550001', PASSWORD);
    const first = (await me.request({ method: 'POST', url: '/api/me/volunteer/deletion-request' })).json();
    const again = (await me.request({ method: 'POST', url: '/api/me/volunteer/deletion-request' })).json();
    expect(again.deletionRequestedAt).toBe(first.deletionRequestedAt);
    const listed = await clerk.request({ method: 'GET', url: '/api/volunteers', query: { q: '李志愿' } });
    expect(listed.json().items[0].deletionRequestedAt).toBe(first.deletionRequestedAt);
  });
});

describe('my service', () => {
  it('lists projects recruiting in my community and above, and my sign-ups with my place', async () => {
    const starts = new Date(Date.now() + 7 * 86_400_000);
    const slot = { startsAt: starts.toISOString(), endsAt: new Date(starts.getTime() + 2 * 3_600_000).toISOString(), headcount: 1 };
    const made = await clerk.request({
      method: 'POST',
      url: '/api/volunteer-projects',
      body: { orgId: tree.townshipA, title: '街道环境整治', category: 'environment', slots: [slot] },
    });
    expect(made.statusCode, made.body).toBe(200);
    const project = made.json() as { id: number; slots: { id: number }[] };
    const me = await signIn(app, '13955550004', PASSWORD);
    const open = (await me.request({ method: 'GET', url: '/api/me/volunteer/projects' })).json() as { id: number }[];
    expect(open.map((p) => p.id)).toContain(project.id);
    const mine = (await me.request({ method: 'GET', url: '/api/me/volunteer' })).json() as { id: number };
    const signed = await me.request({
      method: 'POST',
      url: `/api/volunteer-projects/${project.id}/slots/${project.slots[0]?.id}/signups`,
      body: { volunteerId: mine.id },
    });
    expect(signed.statusCode, signed.body).toBe(200);
    const signups = (await me.request({ method: 'GET', url: '/api/me/volunteer/signups' })).json();
    expect(signups).toEqual([expect.objectContaining({ projectTitle: '街道环境整治', status: 'confirmed', waitingPosition: null, minutesServed: null })]);
    expect((await clerk.request({ method: 'GET', url: '/api/me/volunteer/signups' })).json().error.code).toBe('VOLUNTEERS_NOT_A_VOLUNTEER');
  });

  it('lists the teams I belong to, leaders first', async () => {
    const me = await signIn(app, '13955550004', PASSWORD);
    const mine = (await me.request({ method: 'GET', url: '/api/me/volunteer' })).json() as { id: number };
    const by = (await tdb.db.selectFrom('users').select('id').where('username', '=', 'clerk_a').executeTakeFirstOrThrow()).id;
    const teams = await tdb.db
      .insertInto('volunteerTeams')
      .values([
        {
          kind: 'practice',
          orgId: tree.villageA,
          name: '甲一社区青少年志愿服务队',
          description: '',
          foundedOn: '2025-01-01',
          dissolvedOn: null,
          createdBy: by,
        },
        {
          kind: 'ten_plus_n',
          orgId: tree.townshipA,
          name: '甲一街道“10+N”志愿服务队',
          description: '',
          foundedOn: '2025-01-01',
          dissolvedOn: null,
          createdBy: by,
        },
      ])
      .returning('id')
      .execute();
    await tdb.db
      .insertInto('teamMembers')
      .values(
        teams.map((t, k) => ({
          teamId: t.id,
          volunteerId: mine.id,
          role: k === 1 ? ('leader' as const) : ('member' as const),
          status: 'approved' as const,
          requestedBy: by,
          requestedAt: new Date(),
          decidedBy: by,
          decidedAt: new Date(),
          decisionNote: null,
        })),
      )
      .execute();
    const listed = (await me.request({ method: 'GET', url: '/api/me/volunteer/teams' })).json() as { name: string; role: string }[];
    expect(listed.map((t) => [t.name, t.role])).toEqual([
      ['甲一街道“10+N”志愿服务队', 'leader'],
      ['甲一社区青少年志愿服务队', 'member'],
    ]);
  });
});
