import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Team, TeamMember } from '../../../../contracts/volunteers/team.schemas';
import type { Volunteer } from '../../../../contracts/volunteers/volunteer.schemas';
import type { TestClient } from '../../../test/harness';
import { openWorld, residentId, tableCounts, type VolunteersWorld, volunteerAccount } from '../volunteers.test-fixture';

let w: VolunteersWorld;
let seq = 0;

beforeAll(async () => {
  w = await openWorld();
});
afterAll(async () => {
  await w?.app.close();
  await w?.tdb.close();
});

async function volunteer(name: string, homeOrgId = w.tree.villageA): Promise<Volunteer> {
  seq += 1;
  const res = await w.clerkA.request({
    method: 'POST',
    url: '/api/volunteers',
    body: {
      name,
      idType: 'resident_id',
      idNumber: residentId('19920202', seq),
      phone: `1370000${String(seq).padStart(4, '0')}`,
      homeOrgId,
      consent: true,
      consentVersion: '2026-1',
    },
  });
  if (res.statusCode !== 200) throw new Error(res.body);
  return res.json() as Volunteer;
}

async function team(name: string, kind = 'practice', orgId = w.tree.villageA, client: TestClient = w.clerkA): Promise<Team> {
  const res = await client.request({ method: 'POST', url: '/api/volunteer-teams', body: { kind, orgId, name, description: '服务社区' } });
  if (res.statusCode !== 200) throw new Error(res.body);
  return res.json() as Team;
}

const join = (client: TestClient, teamId: number, volunteerId: number) =>
  client.request({ method: 'POST', url: `/api/volunteer-teams/${teamId}/join-requests`, body: { volunteerId } });
const decide = (client: TestClient, teamId: number, volunteerId: number, decision: 'approve' | 'reject', note?: string) =>
  client.request({ method: 'POST', url: `/api/volunteer-teams/${teamId}/members/${volunteerId}/decision`, body: { decision, ...(note ? { note } : {}) } });
const makeLeader = (teamId: number, volunteerId: number) =>
  w.clerkA.request({ method: 'PUT', url: `/api/volunteer-teams/${teamId}/members/${volunteerId}/role`, body: { role: 'leader' } });

describe('volunteer teams', () => {
  it('founds, lists, edits and dissolves a team in scope, with distinct names among an org’s active teams', async () => {
    const t = await team('甲一社区文明实践志愿服务队');
    expect(t).toMatchObject({ kind: 'practice', org: { id: w.tree.villageA, name: '甲一社区' }, status: 'active', memberCount: 0, leaders: [], version: 1 });
    const again = await w.clerkA.request({
      method: 'POST',
      url: '/api/volunteer-teams',
      body: { kind: 'other', orgId: w.tree.villageA, name: '甲一社区文明实践志愿服务队' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'VOLUNTEERS_TEAM_NAME_TAKEN', message: '本单位已有名为“甲一社区文明实践志愿服务队”的志愿服务队' });
    const list = await w.clerkA.request({ method: 'GET', url: '/api/volunteer-teams', query: { kind: 'practice', q: '文明实践' } });
    expect(list.json().items.map((x: Team) => x.id)).toContain(t.id);
    const edited = await w.clerkA.request({
      method: 'PATCH',
      url: `/api/volunteer-teams/${t.id}`,
      body: { version: 1, kind: 'ten_plus_n', description: '10+N' },
    });
    expect(edited.json()).toMatchObject({ kind: 'ten_plus_n', description: '10+N', version: 2 });
    const stale = await w.clerkA.request({ method: 'PATCH', url: `/api/volunteer-teams/${t.id}`, body: { version: 1, name: '旧版本' } });
    expect(stale.json().error.code).toBe('VOLUNTEERS_TEAM_VERSION_CONFLICT');
    const early = await w.clerkA.request({ method: 'POST', url: `/api/volunteer-teams/${t.id}/dissolve`, body: { version: 2, dissolvedOn: '2001-01-01' } });
    expect(early.json().error.fields).toEqual([{ path: 'body.dissolvedOn', message: `解散日期不能早于成立日期（${t.foundedOn}）` }]);
    const gone = await w.clerkA.request({ method: 'POST', url: `/api/volunteer-teams/${t.id}/dissolve`, body: { version: 2, dissolvedOn: t.foundedOn } });
    expect(gone.json()).toMatchObject({ status: 'dissolved', dissolvedOn: t.foundedOn });
    const v = await volunteer('解散后申请');
    const late = await join(w.clerkA, t.id, v.id);
    expect(late.json().error.code).toBe('VOLUNTEERS_TEAM_DISSOLVED');
    expect((await team('甲一社区文明实践志愿服务队')).status).toBe('active');
  });

  it('keeps county A’s teams from county B, changing nothing', async () => {
    const t = await team('甲一社区关爱服务队');
    const v = await volunteer('甲区队员');
    expect((await join(w.clerkA, t.id, v.id)).statusCode).toBe(200);
    const before = await tableCounts(w.tdb.db);
    for (const client of [w.adminB, w.reviewerB]) {
      expect((await client.request({ method: 'GET', url: `/api/volunteer-teams/${t.id}` })).statusCode).toBe(404);
      expect((await client.request({ method: 'GET', url: '/api/volunteer-teams' })).json().total).toBe(0);
      const members = await client.request({ method: 'GET', url: `/api/volunteer-teams/${t.id}/members` });
      expect([403, 404]).toContain(members.statusCode);
      expect(members.body).not.toContain('甲区队员');
    }
    const writes = [
      { method: 'POST' as const, url: '/api/volunteer-teams', body: { kind: 'practice', orgId: w.tree.villageA, name: '乙区越界' } },
      { method: 'PATCH' as const, url: `/api/volunteer-teams/${t.id}`, body: { version: 1, name: '乙区改名' } },
      { method: 'POST' as const, url: `/api/volunteer-teams/${t.id}/dissolve`, body: { version: 1, dissolvedOn: '2026-01-01' } },
      { method: 'POST' as const, url: `/api/volunteer-teams/${t.id}/members/${v.id}/decision`, body: { decision: 'approve' } },
      { method: 'PUT' as const, url: `/api/volunteer-teams/${t.id}/members/${v.id}/role`, body: { role: 'leader' } },
      { method: 'POST' as const, url: `/api/volunteer-teams/${t.id}/join-requests`, body: { volunteerId: v.id } },
    ];
    for (const req of writes) {
      const res = await w.adminB.request(req);
      expect(res.statusCode, `${req.method} ${req.url}`).toBe(404);
    }
    expect(await tableCounts(w.tdb.db)).toEqual(before);
  });

  it('takes a join request from staff and lets staff in scope approve or reject it, once', async () => {
    const t = await team('甲一社区文艺志愿服务队');
    const [a, b] = [await volunteer('钱一'), await volunteer('孙二')];
    const requested = await join(w.clerkA, t.id, a.id);
    expect(requested.json()).toMatchObject({ volunteerId: a.id, name: '钱一', role: 'member', status: 'pending', decidedAt: null });
    expect((await join(w.clerkA, t.id, a.id)).json().error.code).toBe('VOLUNTEERS_ALREADY_MEMBER');
    expect((await join(w.clerkA, t.id, b.id)).statusCode).toBe(200);
    expect((await decide(w.clerkA, t.id, a.id, 'approve')).json()).toMatchObject({ status: 'approved' });
    expect((await decide(w.clerkA, t.id, b.id, 'reject', '名额已满')).json()).toMatchObject({ status: 'rejected', decisionNote: '名额已满' });
    const twice = await decide(w.clerkA, t.id, a.id, 'reject');
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error).toMatchObject({ code: 'VOLUNTEERS_NOT_PENDING', message: '该入队申请已处理，无需重复审核' });
    expect((await join(w.clerkA, t.id, b.id)).json()).toMatchObject({ status: 'pending', decisionNote: null });
    const page = await w.clerkA.request({ method: 'GET', url: `/api/volunteer-teams/${t.id}` });
    expect(page.json().memberCount).toBe(1);
    const pending = await w.clerkA.request({ method: 'GET', url: `/api/volunteer-teams/${t.id}/members`, query: { status: 'pending' } });
    expect(pending.json().map((m: TeamMember) => m.name)).toEqual(['孙二']);
    expect(pending.body).not.toContain('1370000');
  });

  it('lets a leader decide requests of the team they lead, and refuses a leader deciding for another team', async () => {
    const mine = await team('甲一社区助老服务队');
    const other = await team('甲二社区助老服务队', 'practice', w.tree.villageA2);
    const [leader, applicant, outsider] = [await volunteer('周队长'), await volunteer('吴申请'), await volunteer('郑申请', w.tree.villageA2)];
    await join(w.clerkA, mine.id, leader.id);
    await decide(w.clerkA, mine.id, leader.id, 'approve');
    expect((await makeLeader(mine.id, leader.id)).json()).toMatchObject({ role: 'leader', status: 'approved' });
    expect((await w.clerkA.request({ method: 'GET', url: `/api/volunteer-teams/${mine.id}` })).json().leaders).toEqual([
      { volunteerId: leader.id, name: '周队长', volunteerNo: leader.volunteerNo },
    ]);
    const leaderApp = await volunteerAccount(w, leader.id, 'leader_zhou');
    await join(w.clerkA, mine.id, applicant.id);
    await join(w.clerkA, other.id, outsider.id);

    const seen = await leaderApp.request({ method: 'GET', url: `/api/volunteer-teams/${mine.id}/members`, query: { status: 'pending' } });
    expect(seen.json().map((m: TeamMember) => m.name)).toEqual(['吴申请']);
    const before = await tableCounts(w.tdb.db);
    const outside = await decide(leaderApp, other.id, outsider.id, 'approve');
    expect(outside.statusCode).toBe(403);
    expect(outside.json().error).toMatchObject({ code: 'VOLUNTEERS_NOT_TEAM_LEADER', message: '只能审核本人担任队长的服务队的入队申请' });
    const peek = await leaderApp.request({ method: 'GET', url: `/api/volunteer-teams/${other.id}/members` });
    expect(peek.json().error.code).toBe('VOLUNTEERS_NOT_TEAM_LEADER');
    expect(peek.body).not.toContain('郑申请');
    expect(
      (await leaderApp.request({ method: 'PUT', url: `/api/volunteer-teams/${mine.id}/members/${applicant.id}/role`, body: { role: 'leader' } })).statusCode,
    ).toBe(403);
    expect(await tableCounts(w.tdb.db)).toEqual(before);

    const approved = await decide(leaderApp, mine.id, applicant.id, 'approve');
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved' });
    const row = await w.tdb.db
      .selectFrom('teamMembers')
      .select('decidedBy')
      .where('teamId', '=', mine.id)
      .where('volunteerId', '=', applicant.id)
      .executeTakeFirstOrThrow();
    const leaderUser = await w.tdb.db.selectFrom('users').select('id').where('username', '=', 'leader_zhou').executeTakeFirstOrThrow();
    expect(row.decidedBy).toBe(leaderUser.id);
    const audit = await w.tdb.db
      .selectFrom('auditLog')
      .select('username')
      .where('action', '=', 'volunteer_team.approve')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit.username).toBe('leader_zhou');
  });

  it('lets a volunteer ask to join for themself only', async () => {
    const t = await team('甲一社区环保服务队');
    const [self, someoneElse] = [await volunteer('冯本人'), await volunteer('陈他人')];
    const app = await volunteerAccount(w, self.id, 'volunteer_feng');
    const own = await join(app, t.id, self.id);
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json()).toMatchObject({ status: 'pending' });
    const before = await tableCounts(w.tdb.db);
    const forOther = await join(app, t.id, someoneElse.id);
    expect(forOther.statusCode).toBe(403);
    expect(forOther.json().error.code).toBe('VOLUNTEERS_NOT_SELF');
    const approveSelf = await decide(app, t.id, self.id, 'approve');
    expect(approveSelf.statusCode).toBe(403);
    expect(approveSelf.json().error.code).toBe('COMMON_FORBIDDEN');
    expect(await tableCounts(w.tdb.db)).toEqual(before);
  });
});
