import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IssuedApiClient } from '../../../../contracts/inquiries/api-client.schemas';
import type { InquiryCategory } from '../../../../contracts/inquiries/category.schemas';
import { idOf, type InquiryWorld, inquiryWorld, ok, step } from './inquiry.test-fixture';

let w: InquiryWorld;
let key: string;
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]);

const form = (fields: Record<string, string>) => ({
  payload: new URLSearchParams(fields).toString(),
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
});

function multipart(fields: Record<string, string>, file: { name: string; content: Buffer; mime: string }) {
  const boundary = '----xwopen311';
  const parts: Buffer[] = Object.entries(fields).map(([k, v]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  parts.push(
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="media"; filename="${file.name}"\r\nContent-Type: ${file.mime}\r\n\r\n`),
    file.content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const post = (fmt: 'json' | 'xml', body: { payload: string | Buffer; headers: Record<string, string> }) =>
  w.app.inject({ method: 'POST', url: `/api/open311/v2/requests.${fmt}`, ...body });

beforeAll(async () => {
  w = await inquiryWorld('o3');
  // A category with a required list question, as a service definition carries it.
  await ok<InquiryCategory>(w.city, 'POST', '/api/inquiries/categories', {
    code: 'reading_room',
    nameZh: '农家书屋',
    nameEn: 'Reading rooms',
    kind: 'help',
    attributes: [
      {
        code: 'problem',
        datatype: 'singlevaluelist',
        required: true,
        description: '问题类型',
        order: 1,
        values: [
          { key: 'closed', name: '不开门' },
          { key: 'books', name: '图书陈旧' },
        ],
      },
    ],
  });
  key = (await ok<IssuedApiClient>(w.adminA, 'POST', '/api/inquiries/api-clients', { name: '掌上甲区', orgId: w.tree.countyA })).apiKey;
  await ok(w.adminA, 'POST', '/api/inquiries/routing-rules', { areaOrgId: w.tree.countyA, categoryId: null, handlerOrgId: w.tree.cityAgency });
});
afterAll(async () => {
  await w.app?.close();
  await w.tdb?.close();
});

describe('Open311 GeoReport v2', () => {
  it('lists services and a service definition in JSON and XML', async () => {
    const services = (await w.app.inject({ method: 'GET', url: '/api/open311/v2/services.json' })).json() as { service_code: string; metadata: boolean }[];
    expect(services.find((s) => s.service_code === 'reading_room')).toMatchObject({ metadata: true, type: 'realtime' });
    const xml = await w.app.inject({ method: 'GET', url: '/api/open311/v2/services.xml' });
    expect(xml.headers['content-type']).toContain('text/xml');
    expect(xml.body).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?><services><service><service_code>/);
    const def = (await w.app.inject({ method: 'GET', url: '/api/open311/v2/services/reading_room.json' })).json() as {
      attributes: { code: string; values: { key: string }[] }[];
    };
    expect(def.attributes[0]).toMatchObject({ variable: true, code: 'problem', datatype: 'singlevaluelist', required: true, order: 1 });
    const defXml = await w.app.inject({ method: 'GET', url: '/api/open311/v2/services/reading_room.xml' });
    expect(defXml.body).toContain('<service_definition><service_code>reading_room</service_code><attributes><attribute><variable>true</variable>');
    expect(defXml.body).toContain('<values><value><key>closed</key><name>不开门</name></value>');
    const missing = await w.app.inject({ method: 'GET', url: '/api/open311/v2/services/nothing.json' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual([{ code: 404, description: expect.any(String) }]);
  });

  it('files a request with a key, answers its id and token, and follows it by both', async () => {
    const res = await post(
      'json',
      form({
        api_key: key,
        service_code: 'reading_room',
        lat: '35.31',
        long: '114.12',
        address_id: '419902001001',
        description: '书屋周末不开门，孩子没处看书',
        'attribute[problem]': 'closed',
        first_name: '三',
        last_name: '张',
        phone: '13912345678',
      }),
    );
    expect(res.statusCode, res.body).toBe(200);
    const [answer] = res.json() as { service_request_id: string; token: string; service_notice: string }[];
    expect(answer?.service_request_id).toMatch(/^WZ\d{12}$/);
    const token = await w.app.inject({ method: 'GET', url: `/api/open311/v2/tokens/${answer?.token}.json` });
    expect(token.json()).toEqual([{ service_request_id: answer?.service_request_id, token: answer?.token }]);
    const id = await idOf(w, answer?.service_request_id ?? '');
    const detail = await ok<{ org: { id: number }; channel: string; apiClient: string; attributes: Record<string, string>; phoneMasked: string }>(
      w.adminA,
      'GET',
      `/api/inquiries/${id}`,
    );
    expect(detail).toMatchObject({
      org: { id: w.tree.villageA },
      channel: 'open311',
      apiClient: '掌上甲区',
      attributes: { problem: 'closed' },
      phoneMasked: '139****5678',
    });
    // The public sees nothing of a case not yet answered; the app that filed it sees it open.
    const publicOne = await w.app.inject({ method: 'GET', url: `/api/open311/v2/requests/${answer?.service_request_id}.json` });
    expect(publicOne.statusCode).toBe(404);
    const own = (
      await w.app.inject({ method: 'GET', url: `/api/open311/v2/requests/${answer?.service_request_id}.json?api_key=${encodeURIComponent(key)}` })
    ).json() as { status: string }[];
    expect(own[0]?.status).toBe('open');
    await step(w.adminA, id, 'dispatch', {});
    await step(w.bureau, id, 'sign');
    await step(w.bureau, id, 'reply', { reply: '书屋已安排周末开放，管理员电话13912345678' });
    await step(w.adminA, id, 'close');
    const closed = (
      await w.app.inject({ method: 'GET', url: `/api/open311/v2/requests.json?service_request_id=${answer?.service_request_id}` })
    ).json() as Record<string, string>[];
    expect(closed[0]).toMatchObject({ status: 'closed', service_code: 'reading_room', agency_responsible: '测试市委宣传部' });
    expect(closed[0]?.status_notes).toContain('139****5678');
    const xml = await w.app.inject({ method: 'GET', url: `/api/open311/v2/requests.xml?status=closed&service_code=reading_room` });
    expect(xml.body).toContain(`<service_requests><request><service_request_id>${answer?.service_request_id}</service_request_id><status>closed</status>`);
  });

  it('answers bad requests with the spec’s errors and files nothing', async () => {
    const count = async () =>
      Number(
        (
          await w.tdb.db
            .selectFrom('inquiries')
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    const base = { api_key: key, service_code: 'reading_room', address_string: '甲一路', description: '书屋不开门', 'attribute[problem]': 'closed' };
    const cases: [Record<string, string>, number][] = [
      [{ ...base, service_code: 'nothing' }, 400],
      [{ ...base, address_string: '' }, 400],
      [{ ...base, api_key: 'xw_wrong' }, 403],
      [{ ...base, api_key: '' }, 400],
      [{ ...base, 'attribute[problem]': 'flooded' }, 400],
    ];
    for (const [fields, status] of cases) {
      const res = await post('json', form(fields));
      expect(res.statusCode, JSON.stringify(fields)).toBe(status);
      const [err] = res.json() as { code: number; description: string }[];
      expect(err?.code).toBe(status);
      expect(err?.description.length).toBeGreaterThan(0);
    }
    const xml = await post('xml', form({ ...base, address_string: '' }));
    expect(xml.body).toMatch(/<errors><error><code>400<\/code><description>.+<\/description><\/error><\/errors>/);
    const big = await post('json', multipart(base, { name: 'p.png', content: Buffer.concat([PNG, Buffer.alloc(6 * 1024 * 1024)]), mime: 'image/png' }));
    expect(big.statusCode).toBe(413);
    const pdf = await post('json', multipart(base, { name: 'p.pdf', content: Buffer.from('%PDF-1.4\n%%EOF\n'), mime: 'application/pdf' }));
    expect(pdf.statusCode).toBe(400);
    expect(await count()).toBe(before);
    const photo = await post('json', multipart(base, { name: 'p.png', content: PNG, mime: 'image/png' }));
    expect(photo.statusCode, photo.body).toBe(200);
    expect(await count()).toBe(before + 1);
  });

  it('stops a revoked key', async () => {
    const issued = await ok<IssuedApiClient>(w.adminA, 'POST', '/api/inquiries/api-clients', { name: '临时应用', orgId: w.tree.countyA });
    await ok(w.adminA, 'POST', `/api/inquiries/api-clients/${issued.id}/revoke`);
    const res = await post('json', form({ api_key: issued.apiKey, service_code: 'reading_room', address_string: '甲一路', 'attribute[problem]': 'books' }));
    expect(res.statusCode).toBe(403);
    // A neighbouring county cannot revoke county A's key.
    const other = await w.adminB.request({ method: 'POST', url: `/api/inquiries/api-clients/${issued.id}/revoke` });
    expect(other.statusCode).toBe(404);
  });
});
