import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { starLevel } from '../../../../contracts/volunteers/certificate.schemas';
import type { Certificate } from '../../../../contracts/volunteers';
import './certificates.tables';
import '../projects/projects.tables';
import { openWorld, residentId, type VolunteersWorld, volunteerAccount } from '../volunteers.test-fixture';

let w: VolunteersWorld;
let volunteerId: number;
const ID = residentId('19880808', 51);

/** A completed slot the volunteer served `minutes` in, on a local day. */
async function served(day: string, minutes: number, title: string) {
  const db = w.tdb.db;
  const by = (await db.selectFrom('users').select('id').where('username', '=', 'clerk_a').executeTakeFirstOrThrow()).id;
  const project = await db
    .insertInto('serviceProjects')
    .values({ orgId: w.tree.villageA, teamId: null, venueId: null, title, category: 'elderly_care', description: '', minAge: null, skills: [], createdBy: by })
    .returning('id')
    .executeTakeFirstOrThrow();
  const slot = await db
    .insertInto('projectSlots')
    .values({ projectId: project.id, startsAt: `${day}T09:00:00+08:00`, endsAt: `${day}T18:00:00+08:00`, headcount: 5 })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('slotCompletions').values({ slotId: slot.id, peopleServed: 10, completedBy: by }).execute();
  await db.insertInto('serviceHours').values({ slotId: slot.id, volunteerId, outcome: 'served', startedAt: null, endedAt: null, minutes, points: 0 }).execute();
}

beforeAll(async () => {
  w = await openWorld();
  const res = await w.clerkA.request({
    method: 'POST',
    url: '/api/volunteers',
    body: { name: '王证明', idType: 'resident_id', idNumber: ID, phone: '13966660001', homeOrgId: w.tree.villageA, consent: true, consentVersion: '2026-1' },
  });
  if (res.statusCode !== 200) throw new Error(res.body);
  volunteerId = res.json().id;
  await served('2025-03-05', 240, '社区敬老服务');
  await served('2025-06-01', 150, '儿童阅读陪伴');
  await served('2026-01-10', 90, '环境整治');
});
afterAll(async () => {
  await w?.app.close();
  await w?.tdb.close();
});

const issue = (body: Record<string, unknown>) =>
  w.clerkA.request({
    method: 'POST',
    url: `/api/volunteers/${volunteerId}/certificates`,
    body: { issuerOrgId: w.tree.villageA, personInCharge: '张书记', handler: '李干事', contact: '0371-66668888', ...body },
  });

describe('service certificates', () => {
  it('certify the completed service of a period, with the fields the rules require and a star level', async () => {
    const res = await issue({ from: '2025-01-01', to: '2025-12-31' });
    expect(res.statusCode, res.body).toBe(200);
    const c = res.json() as Certificate;
    expect(c).toMatchObject({
      volunteerName: '王证明',
      idType: '居民身份证',
      hours: 6.5,
      starLevel: 0,
      issuer: '甲一社区',
      personInCharge: '张书记',
      handler: '李干事',
    });
    expect(c.lines.map((l) => [l.date, l.activity, l.hours])).toEqual([
      ['2025-03-05', '社区敬老服务', 4],
      ['2025-06-01', '儿童阅读陪伴', 2.5],
    ]);
    expect(c.certNo).toMatch(/^419900\d{4}\d{6}$/);
    expect(c.idNumberMasked).not.toContain(ID.slice(6, 14));
    expect(c.verifyUrl).toMatch(/\/verify\/[A-Za-z0-9_-]{16}$/);
  });

  it('print as a Word file with the full ID number, the hours, the issuer and the number; the QR page shows only what verifying needs', async () => {
    const [c] = (await w.clerkA.request({ method: 'GET', url: `/api/volunteers/${volunteerId}/certificates` })).json() as Certificate[];
    if (!c) throw new Error('no certificate');
    const docx = await w.clerkA.request({ method: 'GET', url: `/api/volunteer-certificates/${c.id}/docx` });
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    const { value: printed } = await mammoth.extractRawText({ buffer: docx.rawPayload });
    for (const phrase of ['志愿服务记录证明', ID, '累计服务时长6.5小时', '社区敬老服务', '出具单位：甲一社区', '负 责 人：张书记', c.certNo])
      expect(printed).toContain(phrase);
    const code = c.verifyUrl.split('/').at(-1) ?? '';
    const check = await w.app.inject({ method: 'GET', url: `/api/public/certificates/${code}` });
    expect(check.json()).toEqual({
      certNo: c.certNo,
      volunteerName: '王**',
      hours: 6.5,
      from: '2025-01-01',
      to: '2025-12-31',
      issuer: '甲一社区',
      issuedOn: c.issuedOn,
      status: 'valid',
    });
    expect(check.body).not.toContain(ID);
    expect((await w.app.inject({ method: 'GET', url: '/api/public/certificates/nosuchcode123' })).statusCode).toBe(404);
  });

  it('are open to the volunteer themselves, and to no neighbouring county', async () => {
    const me = await volunteerAccount(w, volunteerId, 'wang_zhengming');
    const mine = (await me.request({ method: 'GET', url: '/api/me/volunteer/certificates' })).json() as Certificate[];
    expect(mine).toHaveLength(1);
    expect((await me.request({ method: 'GET', url: `/api/volunteer-certificates/${mine[0]?.id}/docx` })).statusCode).toBe(200);
    expect((await w.adminB.request({ method: 'GET', url: `/api/volunteer-certificates/${mine[0]?.id}/docx` })).statusCode).toBe(404);
    expect(
      (
        await w.adminB.request({
          method: 'POST',
          url: `/api/volunteers/${volunteerId}/certificates`,
          body: { issuerOrgId: w.tree.countyB, personInCharge: 'x', handler: 'x', contact: '12345678' },
        })
      ).statusCode,
    ).toBe(404);
  });

  it('refuse a period with no service, a period ending in the future, and show a withdrawn one as withdrawn', async () => {
    expect((await issue({ from: '2024-01-01', to: '2024-12-31' })).json().error.code).toBe('VOLUNTEERS_CERT_NO_SERVICE');
    expect((await issue({ to: '2099-01-01' })).json().error.code).toBe('VOLUNTEERS_CERT_PERIOD');
    const all = (await issue({})).json() as Certificate;
    expect(all.hours).toBe(8);
    const revoked = await w.clerkA.request({ method: 'POST', url: `/api/volunteer-certificates/${all.id}/revoke`, body: { reason: '时段填写有误' } });
    expect(revoked.json().revokedAt).not.toBeNull();
    const code = all.verifyUrl.split('/').at(-1) ?? '';
    expect((await w.app.inject({ method: 'GET', url: `/api/public/certificates/${code}` })).json().status).toBe('revoked');
    expect(
      (await w.clerkA.request({ method: 'POST', url: `/api/volunteer-certificates/${all.id}/revoke`, body: { reason: '时段填写有误' } })).json().error.code,
    ).toBe('VOLUNTEERS_CERT_REVOKED');
  });

  it('rate stars at 100, 300, 600, 1000 and 1500 hours', () => {
    expect([0, 99.9, 100, 299, 300, 600, 999, 1000, 1500, 5000].map(starLevel)).toEqual([0, 0, 1, 1, 2, 3, 3, 4, 5, 5]);
  });
});
