import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ActivitiesWorld, createActivitiesWorld, lectureBody } from './activities.test-fixture';

let w: ActivitiesWorld;

beforeAll(async () => {
  w = await createActivitiesWorld();
});
afterAll(async () => {
  await w?.app.close();
  await w?.tdb.close();
});

interface ErrorAnswer {
  error: { code: string; fields?: { path: string; message: string }[] };
}

describe('bad activity input', () => {
  it('names each bad field value in the caller’s language and stores nothing', async () => {
    const body = lectureBody(w.tree.townshipA, { fields: { mode: 'radio', audience: -5 } });
    const zh = await w.clerkA.request({ method: 'POST', url: '/api/activities', body });
    expect(zh.statusCode).toBe(400);
    const error = (zh.json() as ErrorAnswer).error;
    expect(error.code).toBe('COMMON_VALIDATION');
    const byPath = Object.fromEntries((error.fields ?? []).map((f) => [f.path, f.message]));
    expect(byPath).toMatchObject({ 'body.fields.topic': '必填', 'body.fields.audience': '不能小于 0' });
    expect(byPath['body.fields.mode']).toContain('offline');
    const en = await w.clerkA.request({ method: 'POST', url: '/api/activities', body, headers: { 'accept-language': 'en' } });
    expect((en.json() as ErrorAnswer).error.fields).toContainEqual({ path: 'body.fields.audience', message: 'Must be at least 0' });
    const extra = await w.clerkA.request({
      method: 'POST',
      url: '/api/activities',
      body: lectureBody(w.tree.townshipA, { fields: { ...lectureBody(0).fields, colour: 'red' } }),
    });
    expect((extra.json() as ErrorAnswer).error.fields?.[0]?.message).toContain('colour');
    expect(await w.tdb.db.selectFrom('activities').select('id').execute()).toEqual([]);
  });

  it('refuses an end before the start and an unknown type', async () => {
    const backwards = await w.clerkA.request({
      method: 'POST',
      url: '/api/activities',
      body: lectureBody(w.tree.townshipA, { endsAt: '2023-05-17T08:00:00+08:00' }),
    });
    expect((backwards.json() as ErrorAnswer).error).toMatchObject({ code: 'ACTIVITIES_TIME_ORDER', fields: [{ path: 'body.endsAt' }] });
    const unknown = await w.clerkA.request({ method: 'POST', url: '/api/activities', body: lectureBody(w.tree.townshipA, { typeCode: 'nonsense' }) });
    expect((unknown.json() as ErrorAnswer).error.code).toBe('ACTIVITIES_TYPE_NOT_FOUND');
  });

  it('refuses to submit an activity that has not started', async () => {
    const res = await w.clerkA.request({
      method: 'POST',
      url: '/api/activities',
      body: lectureBody(w.tree.townshipA, { startsAt: '2099-01-01T09:00:00+08:00', endsAt: '2099-01-01T10:00:00+08:00' }),
    });
    const draft = res.json() as { id: number; version: number };
    const submit = await w.clerkA.request({ method: 'POST', url: `/api/activities/${draft.id}/submit`, body: { version: draft.version } });
    expect((submit.json() as ErrorAnswer).error.code).toBe('ACTIVITIES_FUTURE');
  });
});
