import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ActivitiesWorld, createActivitiesWorld } from './activities.test-fixture';

let w: ActivitiesWorld;

beforeAll(async () => {
  w = await createActivitiesWorld();
});
afterAll(async () => {
  await w?.app.close();
  await w?.tdb.close();
});

const podcast = {
  code: 'podcast',
  nameZh: '理论播客',
  nameEn: 'Theory podcast',
  category: 'lecture',
  fields: [
    { key: 'channel', labelZh: '平台', labelEn: 'Channel', type: 'select', required: true, options: [{ value: 'wechat', labelZh: '微信', labelEn: 'WeChat' }] },
    { key: 'plays', labelZh: '播放量', labelEn: 'Plays', type: 'integer', required: false },
  ],
  measures: [
    { measure: 'online_lectures', value: { const: 1 } },
    { measure: 'online_views', value: { field: 'plays' } },
  ],
};

describe('activity types', () => {
  it('lists the seeded types the seed report counts', async () => {
    const res = await w.clerkA.request({ method: 'GET', url: '/api/activity-types' });
    const codes = (res.json() as { code: string }[]).map((t) => t.code);
    for (const c of [
      'theory_study',
      'lecture',
      'cultural_event',
      'reading_event',
      'contest',
      'exhibition',
      'training',
      'civility_action',
      'publication',
      'role_model_venue_event',
      'volunteer_service',
    ]) {
      expect(codes).toContain(c);
    }
  });

  it('lets a type admin add and change a type, and nobody else', async () => {
    expect((await w.adminA.request({ method: 'POST', url: '/api/activity-types', body: podcast })).statusCode).toBe(403);
    const created = await w.sysadmin.request({ method: 'POST', url: '/api/activity-types', body: podcast });
    expect(created.statusCode, created.body).toBe(200);
    expect(created.json()).toMatchObject({ code: 'podcast', version: 1, active: true });
    const again = await w.sysadmin.request({ method: 'POST', url: '/api/activity-types', body: podcast });
    expect((again.json() as { error: { code: string } }).error.code).toBe('ACTIVITIES_TYPE_CODE_TAKEN');
    const renamed = await w.sysadmin.request({ method: 'PUT', url: '/api/activity-types/podcast', body: { ...podcast, nameZh: '理论音频' } });
    expect(renamed.json()).toMatchObject({ nameZh: '理论音频', version: 2 });
  });

  it('refuses an inconsistent declaration and names each place', async () => {
    const bad = {
      ...podcast,
      code: 'broken',
      fields: [...podcast.fields, { key: 'kind', labelZh: '类别', labelEn: 'Kind', type: 'select', required: false }],
      measures: [
        { measure: 'no_such_measure', value: { const: 1 } },
        { measure: 'online_views', value: { field: 'channel' } },
        { measure: 'lectures', value: { const: 1 }, when: { field: 'channel', equals: 'radio' } },
      ],
    };
    const res = await w.sysadmin.request({ method: 'POST', url: '/api/activity-types', body: bad, headers: { 'accept-language': 'en' } });
    expect(res.statusCode).toBe(400);
    const error = (res.json() as { error: { code: string; fields: { path: string; message: string }[] } }).error;
    expect(error.code).toBe('ACTIVITIES_TYPE_INVALID');
    expect(error.fields.map((f) => f.path)).toEqual([
      'body.fields.2.options',
      'body.measures.0.measure',
      'body.measures.1.value.field',
      'body.measures.2.when',
    ]);
    expect(error.fields[1]?.message).toContain('no_such_measure');
    const listed = await w.sysadmin.request({ method: 'GET', url: '/api/activity-types' });
    expect((listed.json() as { code: string }[]).some((t) => t.code === 'broken')).toBe(false);
  });
});
