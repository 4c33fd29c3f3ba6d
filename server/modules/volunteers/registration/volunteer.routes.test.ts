import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Volunteer } from '../../../../contracts/volunteers/volunteer.schemas';
import { localDate } from '../../../platform/time';
import { openWorld, residentId, tableCounts, type VolunteersWorld } from '../volunteers.test-fixture';

let w: VolunteersWorld;

beforeAll(async () => {
  w = await openWorld();
});
afterAll(async () => {
  await w?.app.close();
  await w?.tdb.close();
});

const person = (overrides: Record<string, unknown> = {}) => ({
  name: '张三',
  idType: 'resident_id',
  idNumber: residentId('19900101', 11),
  phone: '13812345678',
  skills: ['理论宣讲', '医疗'],
  homeOrgId: w.tree.villageA,
  consent: true,
  consentVersion: '2026-1',
  ...overrides,
});

const register = (body: unknown, client = w.clerkA) => client.request({ method: 'POST', url: '/api/volunteers', body });

/** Today's date in Shanghai shifted by whole years, as YYYYMMDD, for ages around the guardian threshold. */
function birthYearsAgo(years: number, dayOffset = 0): string {
  const d = new Date(`${localDate(new Date(), 'Asia/Shanghai')}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() - years);
  d.setUTCDate(d.getUTCDate() + dayOffset);
  return d.toISOString().slice(0, 10).replaceAll('-', '');
}

describe('registering volunteers', () => {
  it('registers with birth date and sex from the ID number, masked on the way out and encrypted at rest', async () => {
    const res = await register(person());
    expect(res.statusCode, res.body).toBe(200);
    const v = res.json() as Volunteer;
    const id = residentId('19900101', 11);
    expect(v).toMatchObject({
      name: '张三',
      sex: 'male',
      idType: 'resident_id',
      idNumberMasked: `4199**********${id.slice(-4)}`,
      phoneMasked: '138****5678',
      skills: ['理论宣讲', '医疗'],
      homeOrg: { id: w.tree.villageA, name: '甲一社区' },
      status: 'active',
      guardian: null,
      hasAccount: false,
    });
    expect(v.volunteerNo).toMatch(/^419900\d{8}$/);
    expect(v.age).toBeGreaterThanOrEqual(36);
    expect(res.body).not.toContain(id);
    expect(res.body).not.toContain('13812345678');
    const stored = await w.tdb.db.selectFrom('volunteers').selectAll().where('id', '=', v.id).executeTakeFirstOrThrow();
    expect(stored.birthDate).toBe('1990-01-01');
    for (const sealed of [stored.idNumberEnc, stored.phoneEnc]) {
      expect(sealed.toString('latin1')).not.toContain(id);
      expect(sealed.toString('latin1')).not.toContain('13812345678');
    }
    const audit = await w.tdb.db
      .selectFrom('auditLog')
      .select(['action', 'summary'])
      .where('targetType', '=', 'volunteer')
      .where('targetId', '=', String(v.id))
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['volunteer.create']);
    expect(JSON.stringify(audit)).not.toContain(id);
  });

  it('refuses each bad registration with its own message and writes nothing', async () => {
    const before = await tableCounts(w.tdb.db);
    const auditBefore = await w.tdb.db
      .selectFrom('auditLog')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    const good = residentId('19850505', 21);
    const wrongCheck = `${good.slice(0, 17)}${good.endsWith('0') ? '1' : '0'}`;
    const cases: [string, Record<string, unknown>, string, string, string][] = [
      ['wrong check digit', { idNumber: wrongCheck }, 'VOLUNTEERS_ID_CHECKSUM', 'body.idNumber', '身份证号码校验位不正确，请核对后重新输入'],
      ['17 characters', { idNumber: good.slice(0, 17) }, 'VOLUNTEERS_ID_FORMAT', 'body.idNumber', '证件号码格式不正确（居民身份证号码为 18 位，末位可为 X）'],
      ['future birth date', { idNumber: residentId('20991231', 1) }, 'VOLUNTEERS_ID_BIRTH_DATE', 'body.idNumber', '身份证号码中的出生日期无效'],
      [
        'birth date asked again',
        { idNumber: good, birthDate: '1985-05-05' },
        'VOLUNTEERS_BIRTH_SEX_DERIVED',
        'body.birthDate',
        '居民身份证的出生日期和性别由号码得出，无需另行填写',
      ],
      [
        'passport without birth date',
        { idType: 'passport', idNumber: 'E12345678' },
        'VOLUNTEERS_BIRTH_SEX_REQUIRED',
        'body.birthDate',
        '该证件类型需填写出生日期和性别',
      ],
      [
        'passport born tomorrow',
        { idType: 'passport', idNumber: 'E12345678', sex: 'female', birthDate: '2099-01-01' },
        'VOLUNTEERS_BIRTH_DATE_FUTURE',
        'body.birthDate',
        '出生日期不能晚于今天',
      ],
      ['no consent', { idNumber: good, consent: false }, 'VOLUNTEERS_CONSENT_REQUIRED', 'body.consent', '须经本人同意《志愿者个人信息处理规则》方可注册'],
      [
        'under 14 without guardian',
        { idNumber: residentId(birthYearsAgo(14, 1), 31) },
        'VOLUNTEERS_GUARDIAN_REQUIRED',
        'body.guardian',
        '未满 14 周岁的志愿者须填写监护人姓名、联系电话并取得监护人同意',
      ],
      [
        'under 14, guardian did not consent',
        { idNumber: residentId('20200101', 32), guardian: { name: '张父', phone: '13700000000', consent: false } },
        'VOLUNTEERS_GUARDIAN_REQUIRED',
        'body.guardian',
        '未满 14 周岁的志愿者须填写监护人姓名、联系电话并取得监护人同意',
      ],
      [
        'home is a township',
        { idNumber: good, homeOrgId: w.tree.townshipA },
        'VOLUNTEERS_HOME_NOT_VILLAGE',
        'body.homeOrgId',
        '所属社区须为村（社区）一级单位',
      ],
    ];
    for (const [what, overrides, code, path, message] of cases) {
      const res = await register(person(overrides));
      expect(res.statusCode, what).toBe(400);
      const error = res.json().error;
      expect(error.code, what).toBe(code);
      expect(error.fields, what).toEqual([{ path, message }]);
    }
    const english = await w.clerkA.request({
      method: 'POST',
      url: '/api/volunteers',
      body: person({ idNumber: wrongCheck }),
      headers: { 'accept-language': 'en' },
    });
    expect(english.json().error.fields[0].message).toBe('The resident ID number’s check digit is wrong; please check it');
    expect(await tableCounts(w.tdb.db)).toEqual(before);
    const auditAfter = await w.tdb.db
      .selectFrom('auditLog')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(auditAfter.n).toBe(auditBefore.n);
  });

  it('registers a child turning 14 tomorrow with a guardian’s consent, and one turning 14 today without', async () => {
    const child = await register(person({ idNumber: residentId(birthYearsAgo(14, 1), 41), guardian: { name: '李母', phone: '13700001111', consent: true } }));
    expect(child.statusCode, child.body).toBe(200);
    expect(child.json()).toMatchObject({ age: 13, guardian: { name: '李母', phoneMasked: '137****1111' } });
    const fourteen = await register(person({ idNumber: residentId(birthYearsAgo(14), 42) }));
    expect(fourteen.statusCode, fourteen.body).toBe(200);
    expect(fourteen.json()).toMatchObject({ age: 14, guardian: null });
  });

  it('registers other documents with the birth date and sex entered', async () => {
    const res = await register(person({ idType: 'hk_macao_pass', idNumber: 'h12345678', sex: 'female', birthDate: '1995-03-04', phone: '13912340000' }));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ idType: 'hk_macao_pass', sex: 'female', idNumberMasked: 'H123*5678' });
  });

  it('refuses a second registration of one ID, however written, pointing to the existing account and nothing more', async () => {
    const id = residentId('19800808', 51);
    const first = (await register(person({ idNumber: id, name: '王五', phone: '13655556666' }))).json() as Volunteer;
    const before = await tableCounts(w.tdb.db);
    for (const [client, idNumber] of [
      [w.clerkA, id.toLowerCase()],
      [w.adminB, ` ${id} `],
    ] as const) {
      const res = await register(
        person({ idNumber, name: '王五五', phone: '13500000000', homeOrgId: client === w.adminB ? w.tree.villageB : w.tree.villageA2 }),
        client,
      );
      expect(res.statusCode).toBe(409);
      const error = res.json().error;
      expect(error.code).toBe('VOLUNTEERS_DUPLICATE_ID');
      expect(error.message).toBe(
        `该证件号码已注册为志愿者（志愿者编号 ${first.volunteerNo}，登记手机 136****6666），请用该账号登录或联系其所在社区找回，无需重复注册`,
      );
      for (const secret of ['王五', '甲一社区', '13655556666', id]) expect(res.body).not.toContain(secret);
    }
    expect(await tableCounts(w.tdb.db)).toEqual(before);
  });

  it('lets only one of two simultaneous registrations of one ID through', async () => {
    const id = residentId('19770707', 61);
    const answers = await Promise.all([register(person({ idNumber: id })), register(person({ idNumber: id, homeOrgId: w.tree.villageA2 }))]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    const rows = await w.tdb.db
      .selectFrom('volunteers')
      .select('id')
      .where('name', '=', '张三')
      .where('homeOrgId', 'in', [w.tree.villageA, w.tree.villageA2])
      .execute();
    expect(rows.length).toBeGreaterThan(0);
    const conflict = answers.find((a) => a.statusCode === 409);
    expect(conflict?.json().error.code).toBe('VOLUNTEERS_DUPLICATE_ID');
  });

  it('keeps county A’s volunteers from county B', async () => {
    const before = await tableCounts(w.tdb.db);
    const someone = (await register(person({ idNumber: residentId('19660606', 71) }))).json() as Volunteer;
    const after = await tableCounts(w.tdb.db);
    expect(await register(person({ idNumber: residentId('19660606', 72) }), w.adminB)).toMatchObject({ statusCode: 404 });
    expect(await tableCounts(w.tdb.db)).toEqual(after);
    expect(after.volunteers).toBe((before.volunteers ?? 0) + 1);
    for (const client of [w.adminB, w.reviewerB]) {
      expect((await client.request({ method: 'GET', url: `/api/volunteers/${someone.id}` })).statusCode).toBe(404);
      const list = await client.request({ method: 'GET', url: '/api/volunteers' });
      expect(list.json().total).toBe(0);
      expect((await client.request({ method: 'GET', url: '/api/volunteers', query: { orgId: w.tree.villageA } })).statusCode).toBe(404);
    }
  });
});

describe('finding and revealing', () => {
  let target: Volunteer;
  const id = residentId('19880808', 81);

  beforeAll(async () => {
    target = (await register(person({ idNumber: id, name: '赵六', phone: '13988887777', skills: ['法律援助'] }))).json() as Volunteer;
  });

  it('lists masked volunteers, found by exact ID number or phone through their hashes, by skill and by name', async () => {
    const byId = await w.clerkA.request({ method: 'GET', url: '/api/volunteers', query: { idNumber: id.toLowerCase() } });
    expect(byId.json()).toMatchObject({ total: 1, items: [{ id: target.id, idNumberMasked: target.idNumberMasked, phoneMasked: '139****7777' }] });
    expect(byId.body).not.toContain(id);
    const byPhone = await w.clerkA.request({ method: 'GET', url: '/api/volunteers', query: { phone: '13988887777' } });
    expect(byPhone.json().items.map((v: Volunteer) => v.id)).toEqual([target.id]);
    const bySkill = await w.clerkA.request({ method: 'GET', url: '/api/volunteers', query: { skill: '法律援助' } });
    expect(bySkill.json().items.map((v: Volunteer) => v.id)).toEqual([target.id]);
    const byName = await w.clerkA.request({ method: 'GET', url: '/api/volunteers', query: { q: '赵', orgId: w.tree.villageA } });
    expect(byName.json().items.map((v: Volunteer) => v.id)).toEqual([target.id]);
    const byNo = await w.clerkA.request({ method: 'GET', url: '/api/volunteers', query: { q: target.volunteerNo } });
    expect(byNo.json().items.map((v: Volunteer) => v.id)).toEqual([target.id]);
  });

  it('reveals a value to a holder of the permission with a reason, and keeps the reason but not the value in the audit log', async () => {
    const res = await w.adminA.request({ method: 'POST', url: `/api/volunteers/${target.id}/reveal`, body: { field: 'idNumber', reason: '出具志愿服务证明' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ field: 'idNumber', value: id });
    const phone = await w.adminA.request({ method: 'POST', url: `/api/volunteers/${target.id}/reveal`, body: { field: 'phone', reason: '联系志愿者本人' } });
    expect(phone.json().value).toBe('13988887777');
    const audit = await w.tdb.db
      .selectFrom('auditLog')
      .select(['action', 'username', 'summary'])
      .where('action', '=', 'volunteer.reveal')
      .where('targetId', '=', String(target.id))
      .orderBy('id')
      .execute();
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({ username: 'admin_a' });
    expect(JSON.stringify(audit[0]?.summary)).toContain('出具志愿服务证明');
    expect(JSON.stringify(audit)).not.toContain(id);
    expect(JSON.stringify(audit)).not.toContain('13988887777');
  });

  it('refuses a reveal without the permission, without a reason, or outside the view, and logs none of them', async () => {
    const count = () =>
      w.tdb.db
        .selectFrom('auditLog')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('action', '=', 'volunteer.reveal')
        .executeTakeFirstOrThrow();
    const before = await count();
    const url = `/api/volunteers/${target.id}/reveal`;
    expect((await w.clerkA.request({ method: 'POST', url, body: { field: 'idNumber', reason: '出具志愿服务证明' } })).statusCode).toBe(403);
    const noReason = await w.adminA.request({ method: 'POST', url, body: { field: 'idNumber', reason: ' ' } });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields[0].path).toBe('body.reason');
    const outside = await w.adminB.request({ method: 'POST', url, body: { field: 'idNumber', reason: '出具志愿服务证明' } });
    expect(outside.statusCode).toBe(404);
    expect(outside.body).not.toContain(id);
    const noGuardian = await w.adminA.request({ method: 'POST', url, body: { field: 'guardianPhone', reason: '联系监护人' } });
    expect(noGuardian.statusCode).toBe(404);
    expect(await count()).toEqual(before);
  });
});
