import type { Locale } from '../../../../contracts/common/locale';
import { AppError, fieldError } from '../../../platform/http/app-error';
import { residentActor, type ResidentOrigin } from '../../identity';
import { type InquiriesDeps, nowOf } from '../inquiries.deps';
import { fileCase } from '../cases/case.intake';
import { type CaseRow, caseBase } from '../cases/case.repository';
import { redactPersonal } from '../cases/redact';
import { activeCategory, listCategories, timeLimitOf } from '../setup/category.service';
import { API_CASES_PER_MINUTE, clientOfKey } from './api-client.service';
import { w3cDateTime } from './open311.format';

/** The text fields of a POST requests call, as form, multipart or JSON sent them. */
export type Open311Fields = Record<string, string | string[] | undefined>;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

/** GET services: the active categories as GeoReport services. */
export async function open311Services(deps: InquiriesDeps, locale: Locale) {
  return (await listCategories(deps.db, true)).map((c) => ({
    service_code: c.code,
    service_name: locale === 'en' ? c.nameEn : c.nameZh,
    description: c.description,
    metadata: c.attributes.length > 0,
    type: 'realtime',
    keywords: '',
    group: c.kind,
  }));
}

/** GET services/{code}: a service definition with its attributes. */
export async function open311Definition(deps: InquiriesDeps, code: string) {
  const c = await activeCategory(deps.db, { code }, 'service_code').catch(() => {
    throw new AppError('INQUIRIES_CATEGORY_NOT_FOUND');
  });
  return {
    service_code: c.code,
    attributes: [...c.attributes]
      .sort((a, b) => a.order - b.order)
      .map((a) => ({
        variable: true,
        code: a.code,
        datatype: a.datatype,
        required: a.required,
        datatype_description: '',
        order: a.order,
        description: a.description,
        values: a.values.map((v) => ({ key: v.key, name: v.name })),
      })),
  };
}

function attributesOf(fields: Open311Fields): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(fields)) {
    const m = /^attribute\[([a-z][a-z0-9_]{0,39})\](\[\])?$/.exec(name);
    if (!m?.[1] || value === undefined) continue;
    out[m[1]] = m[2] || Array.isArray(value) ? (Array.isArray(value) ? value : [value]) : value;
  }
  return out;
}

function coordinate(v: string | undefined, field: string, max: number): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || Math.abs(n) > max) throw fieldError(field, 'INQUIRIES_LOCATION_REQUIRED');
  return n;
}

/** POST requests: files a case for a keyed app; the key's area, or the village it names by code within it, is the case's place. */
export async function open311Create(
  deps: InquiriesDeps,
  origin: ResidentOrigin,
  fields: Open311Fields,
  photo: { bytes: Buffer; ext: string; mime: string } | null,
) {
  const key = one(fields.api_key);
  if (!key) throw new AppError('INQUIRIES_API_KEY_REQUIRED');
  const client = await clientOfKey(deps, key);
  if (!client) throw new AppError('INQUIRIES_API_KEY_INVALID');
  const serviceCode = one(fields.service_code);
  if (!serviceCode) throw new AppError('INQUIRIES_CATEGORY_NOT_FOUND');
  const category = await activeCategory(deps.db, { code: serviceCode }, 'service_code');
  const lat = coordinate(one(fields.lat), 'lat', 90);
  const lng = coordinate(one(fields.long), 'long', 180);
  const address = (one(fields.address_string) ?? '').slice(0, 200);
  if (address === '' && (lat === undefined || lng === undefined)) throw new AppError('INQUIRIES_LOCATION_REQUIRED');
  let orgId = client.orgId;
  const addressId = one(fields.address_id);
  if (addressId) {
    const named = await deps.db
      .selectFrom('orgs as o')
      .innerJoin('orgClosure as c', (j) => j.onRef('c.descendantId', '=', 'o.id').on('c.ancestorId', '=', client.orgId).on('c.validTo', 'is', null))
      .select('o.id')
      .where('o.code', '=', addressId)
      .executeTakeFirst();
    if (!named) throw fieldError('address_id', 'INQUIRIES_AREA_NOT_FOUND');
    orgId = named.id;
  }
  const mediaUrl = one(fields.media_url);
  if (mediaUrl !== undefined && (!/^https?:\/\/\S+$/.test(mediaUrl) || mediaUrl.length > 2000)) throw fieldError('media_url', 'COMMON_VALIDATION');
  const description = (one(fields.description) ?? category.nameZh).slice(0, 2000);
  const name = [one(fields.last_name), one(fields.first_name)].filter(Boolean).join('').slice(0, 30);
  const phone = one(fields.phone);
  const validPhone = phone !== undefined && /^1[3-9]\d{9}$/.test(phone);
  const now = nowOf(deps);
  // Stored once every field has passed, so a refused request leaves no file behind.
  const stored = photo ? await deps.storage.put(photo.bytes, photo.ext) : null;
  const media = stored && photo ? { key: stored.key, mime: photo.mime } : null;
  return deps.db.transaction().execute(async (tx) => {
    const recent = await tx
      .selectFrom('inquiries')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('apiClientId', '=', client.id)
      .where('receivedAt', '>', new Date(now.getTime() - 60_000))
      .executeTakeFirstOrThrow();
    if (Number(recent.n) >= API_CASES_PER_MINUTE) throw new AppError('INQUIRIES_API_RATE');
    const receipt = await fileCase(
      deps,
      tx,
      { ...residentActor(origin), username: `open311:${client.name}` },
      {
        channel: 'open311',
        categoryId: category.id,
        orgId,
        title: description.replace(/\s+/g, ' ').slice(0, 30).padEnd(2, '。'),
        description: description.length >= 5 ? description : `${category.nameZh}：${description}`,
        address,
        lat,
        lng,
        attributes: attributesOf(fields),
        publish: true,
        anonymous: !(name && validPhone),
        name: name && validPhone ? name : undefined,
        phone: name && validPhone ? phone : undefined,
        apiClientId: client.id,
        mediaUrl: mediaUrl ?? null,
        media,
      },
      now,
      category,
    );
    await tx.updateTable('inquiryApiClients').set({ lastUsedAt: now }).where('id', '=', client.id).execute();
    const limit = await timeLimitOf(tx, category.kind);
    return [
      {
        service_request_id: receipt.caseNo,
        token: receipt.token,
        service_notice: `已受理，承办单位将在派单后 ${limit.replyDays} 个工作日内答复`,
        account_id: null,
      },
    ];
  });
}

/** What GET requests may filter by. */
export interface Open311Query {
  service_request_id?: string;
  service_code?: string;
  start_date?: string;
  end_date?: string;
  status?: string;
  api_key?: string;
}

function toRequest(r: CaseRow & { updatedAt: Date | string | null; orgCode: string | null }, owner: boolean) {
  const text = (s: string) => (owner ? s : redactPersonal(s, r.name));
  return {
    service_request_id: r.caseNo,
    status: r.status === 'closed' || r.status === 'rejected' ? 'closed' : 'open',
    status_notes: r.status === 'rejected' ? (r.rejectReason ?? '') : r.status === 'closed' ? text(r.reply ?? '') : '',
    service_name: r.categoryZh,
    service_code: r.categoryCode,
    description: text(r.description),
    agency_responsible: r.handlerName ?? '',
    service_notice: '',
    requested_datetime: w3cDateTime(r.receivedAt),
    updated_datetime: w3cDateTime(r.updatedAt ?? r.receivedAt),
    expected_datetime: r.dueOn ? `${r.dueOn}T09:00:00Z` : '',
    address: r.address,
    address_id: r.orgCode ?? '',
    zipcode: '',
    lat: r.lat ?? '',
    long: r.lng ?? '',
    media_url: r.mediaUrl ?? '',
  };
}

const DAY_MS = 86_400_000;

/**
 * GET requests and requests/{id}: answered cases residents let be published, to anyone; with a valid api_key, also every
 * case that key filed, in any state. By default the last 90 days, at most 1000.
 */
export async function open311Requests(deps: InquiriesDeps, q: Open311Query, single?: string) {
  const client = q.api_key ? await clientOfKey(deps, q.api_key) : undefined;
  if (q.api_key && !client) throw new AppError('INQUIRIES_API_KEY_INVALID');
  let query = caseBase(deps.db)
    .leftJoin('orgs as ao', 'ao.id', 'i.orgId')
    .select([
      'ao.code as orgCode',
      (eb) =>
        eb
          .selectFrom('inquiryEvents as e')
          .select((x) => x.fn.max('e.at').as('m'))
          .whereRef('e.inquiryId', '=', 'i.id')
          .as('updatedAt'),
    ])
    .where((eb) => {
      const published = eb.and([eb('i.status', '=', 'closed'), eb('i.publish', '=', true)]);
      return client ? eb.or([published, eb('i.apiClientId', '=', client.id)]) : published;
    });
  if (single !== undefined) query = query.where('i.caseNo', '=', single.toUpperCase());
  else {
    const ids = q.service_request_id
      ?.split(',')
      .map((s) => s.trim().toUpperCase())
      .filter(Boolean);
    if (ids && ids.length > 0) query = query.where('i.caseNo', 'in', ids.slice(0, 100));
    else {
      const end = q.end_date ? new Date(q.end_date) : nowOf(deps);
      const start = q.start_date ? new Date(q.start_date) : new Date(end.getTime() - 90 * DAY_MS);
      if (Number.isNaN(end.getTime()) || Number.isNaN(start.getTime())) throw fieldError('start_date', 'COMMON_VALIDATION');
      query = query.where('i.receivedAt', '>=', start).where('i.receivedAt', '<=', end);
    }
    if (q.service_code) query = query.where('c.code', '=', q.service_code);
    if (q.status === 'open') query = query.where('i.status', 'not in', ['closed', 'rejected']);
    else if (q.status === 'closed') query = query.where('i.status', 'in', ['closed', 'rejected']);
    else if (q.status !== undefined) throw fieldError('status', 'COMMON_VALIDATION');
  }
  const rows = await query.orderBy('i.receivedAt', 'desc').limit(1000).execute();
  if (single !== undefined && rows.length === 0) throw new AppError('INQUIRIES_NOT_FOUND');
  return rows.map((r) => toRequest(r, client !== undefined && r.apiClientId === client.id));
}

/** GET tokens/{token}: the case a POST's token became. */
export async function open311Token(deps: InquiriesDeps, token: string) {
  const row = await deps.db.selectFrom('inquiries').select(['caseNo', 'token']).where('token', '=', token).executeTakeFirst();
  if (!row) throw new AppError('INQUIRIES_NOT_FOUND');
  return [{ service_request_id: row.caseNo, token: row.token }];
}
