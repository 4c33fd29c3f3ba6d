import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test/harness';
import { multipartBody } from '../../test/multipart';
import { type ActivitiesWorld, createActivitiesWorld, lectureBody } from './activities.test-fixture';

let w: ActivitiesWorld;

beforeAll(async () => {
  w = await createActivitiesWorld();
});
afterAll(async () => {
  await w?.app.close();
  await w?.tdb.close();
});

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

interface Rec {
  id: number;
  version: number;
  status: string;
  attachments: { id: number; filename: string; sha256: string }[];
  signals: { kind: string; message: string; relatedIds: number[] }[];
  history: { action: string }[];
}

async function create(body: unknown, client: TestClient = w.clerkA): Promise<Rec> {
  const res = await client.request({ method: 'POST', url: '/api/activities', body });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Rec;
}

async function attach(id: number, content: Buffer, filename = '现场照片.png', client: TestClient = w.clerkA) {
  const form = multipartBody({}, { filename, content });
  return client.request({ method: 'POST', url: `/api/activities/${id}/attachments`, body: form.payload, headers: form.headers });
}

async function get(id: number, client: TestClient = w.clerkA): Promise<Rec> {
  return (await client.request({ method: 'GET', url: `/api/activities/${id}` })).json() as Rec;
}

async function approve(id: number): Promise<void> {
  let r = await get(id);
  const sub = await w.clerkA.request({ method: 'POST', url: `/api/activities/${id}/submit`, body: { version: r.version } });
  expect(sub.statusCode, sub.body).toBe(200);
  r = sub.json() as Rec;
  const ok = await w.reviewerA.request({ method: 'POST', url: `/api/activities/${id}/approve`, body: { version: r.version } });
  expect(ok.statusCode, ok.body).toBe(200);
}

describe('evidence', () => {
  it('stores a PNG judged by its bytes, serves it back, and removes it with a trace', async () => {
    const rec = await create(lectureBody(w.tree.villageA, { title: '带照片的宣讲' }));
    const up = await attach(rec.id, PNG);
    expect(up.statusCode, up.body).toBe(201);
    const att = up.json() as { id: number; mime: string; size: number };
    expect(att).toMatchObject({ mime: 'image/png', size: PNG.length });
    const dl = await w.reviewerA.request({ method: 'GET', url: `/api/activities/${rec.id}/attachments/${att.id}` });
    expect(dl.statusCode).toBe(200);
    expect(dl.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(dl.rawPayload, PNG)).toBe(0);
    const del = await w.clerkA.request({ method: 'DELETE', url: `/api/activities/${rec.id}/attachments/${att.id}` });
    expect(del.statusCode).toBe(204);
    const after = await get(rec.id);
    expect(after.attachments).toEqual([]);
    expect(after.history.map((h) => h.action)).toEqual(['create', 'attach', 'detach']);
  });

  it('refuses a disguised file, an oversized one, and a change to an approved record', async () => {
    const rec = await create(lectureBody(w.tree.villageA, { title: '拒绝附件' }));
    const exe = await attach(rec.id, Buffer.from('MZ\x90\x00 not an image'), 'photo.png');
    expect(exe.statusCode).toBe(400);
    expect(exe.json().error.code).toBe('ACTIVITIES_ATTACHMENT_TYPE');
    const huge = await attach(rec.id, Buffer.concat([PNG, Buffer.alloc(11 * 1024 * 1024)]));
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.message).toBe('附件不能超过 10 MB');
    await approve(rec.id);
    const late = await attach(rec.id, PNG);
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('ACTIVITIES_NOT_EDITABLE');
    const rows = await w.tdb.db.selectFrom('activityAttachments').select('id').where('activityId', '=', rec.id).execute();
    expect(rows).toEqual([]);
  });

  it('does not let a neighbouring county read a file', async () => {
    const rec = await create(lectureBody(w.tree.villageA, { title: '邻县不可读' }));
    const att = (await attach(rec.id, PNG)).json() as { id: number };
    const res = await w.reviewerB.request({ method: 'GET', url: `/api/activities/${rec.id}/attachments/${att.id}` });
    expect(res.statusCode).toBe(404);
  });
});

describe('integrity signals', () => {
  it('flags the same title on the same day for the same org and type, both ways, without blocking', async () => {
    const a = await create(lectureBody(w.tree.townshipA, { title: '重复的宣讲' }));
    const b = await create(lectureBody(w.tree.townshipA, { title: '重复的宣讲', startsAt: '2023-05-17T15:00:00+08:00', endsAt: '2023-05-17T16:00:00+08:00' }));
    const other = await create(
      lectureBody(w.tree.townshipA, { title: '重复的宣讲', startsAt: '2023-05-18T09:00:00+08:00', endsAt: '2023-05-18T10:00:00+08:00' }),
    );
    expect((await get(a.id)).signals).toEqual([{ kind: 'duplicate_title', message: expect.stringContaining(`编号 ${b.id}`), relatedIds: [b.id] }]);
    expect((await get(b.id)).signals.map((s) => s.relatedIds)).toEqual([[a.id]]);
    expect((await get(other.id)).signals).toEqual([]);
    await approve(b.id);
    const flagged = await w.reviewerA.request({ method: 'GET', url: '/api/activities', query: { flagged: 'true', q: '重复的宣讲' } });
    expect((flagged.json() as { items: { id: number }[] }).items.map((i) => i.id).sort()).toEqual([a.id, b.id].sort());
  });

  it('flags the same evidence file on two records, showing ids only within the caller’s view', async () => {
    const a = await create(lectureBody(w.tree.villageA, { title: '照片甲' }));
    const b = await create(lectureBody(w.tree.villageA, { title: '照片乙' }));
    const scan = Buffer.concat([PNG, Buffer.from('签到表')]);
    await attach(a.id, scan, '签到表.png');
    await attach(b.id, scan, '签到表副本.png');
    const seen = (await get(a.id, w.reviewerA)).signals.find((s) => s.kind === 'duplicate_evidence');
    expect(seen).toMatchObject({ relatedIds: [b.id] });
    expect(seen?.message).toContain('签到表.png');
  });

  it('flags an audience far above the org’s usual range, with the reason', async () => {
    for (let i = 0; i < 8; i++) {
      const r = await create(
        lectureBody(w.tree.villageA2, { title: `常规宣讲${i}`, fields: { topic: '题', mode: 'offline', audience: 90 + i } }),
      );
      await approve(r.id);
    }
    const big = await create(lectureBody(w.tree.villageA2, { title: '超大规模宣讲', fields: { topic: '题', mode: 'offline', audience: 5000 } }));
    const normal = await create(lectureBody(w.tree.villageA2, { title: '正常宣讲', fields: { topic: '题', mode: 'offline', audience: 150 } }));
    expect((await get(big.id)).signals).toEqual([
      { kind: 'audience_outlier', message: '受众人数 5000 远高于本单位同类活动的常见范围（九成活动不超过 96）', relatedIds: [] },
    ]);
    expect((await get(normal.id)).signals).toEqual([]);
  });
});

describe('activities at venues', () => {
  async function venue(orgId: number, capacity: number, name: string): Promise<number> {
    const res = await w.sysadmin.request({
      method: 'POST',
      url: '/api/venues',
      body: { kindCode: 'practice_station', orgId, name, address: '一路1号', lng: 114.1, lat: 35.3, capacity },
    });
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { id: number }).id;
  }

  it('takes place only at a venue in view, and flags an audience beyond the venue’s capacity', async () => {
    const own = await venue(w.tree.villageA, 60, '甲一社区实践站');
    const neighbour = await venue(w.tree.villageB, 60, '乙一村实践站');
    const refused = await w.clerkA.request({
      method: 'POST',
      url: '/api/activities',
      body: lectureBody(w.tree.villageA, { title: '邻县阵地', venueId: neighbour }),
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields[0]).toEqual({ path: 'body.venueId', message: '所选阵地不存在、已关闭或不在您的数据范围内' });
    const crowded = await create(
      lectureBody(w.tree.villageA, { title: '站内大型宣讲', venueId: own, fields: { topic: '题', mode: 'offline', audience: 400 } }),
    );
    expect((await get(crowded.id)).signals).toEqual([
      { kind: 'audience_over_capacity', message: '受众人数 400 超过阵地“甲一社区实践站”的容纳人数 60', relatedIds: [] },
    ]);
    const fits = await create(
      lectureBody(w.tree.villageA, { title: '站内宣讲', venueId: own, fields: { topic: '题', mode: 'offline', audience: 50 } }),
    );
    expect((await get(fits.id)).signals).toEqual([]);
  });
});
