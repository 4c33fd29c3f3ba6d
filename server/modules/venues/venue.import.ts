import { sql } from 'kysely';
import type { ImportRowError } from '../../../contracts/activities/import.schemas';
import { fieldValuesSchema } from '../../../contracts/activities/field-values';
import type { Locale } from '../../../contracts/common/locale';
import type { VenueImportResult } from '../../../contracts/venues';
import type { Db } from '../../platform/db/database';
import { readTemplateRows } from '../../platform/files/import-sheet';
import { dateOf, fieldValueOf, plainOf, type RawCell } from '../../platform/files/sheet-cells';
import { orgResolver } from '../../platform/files/sheet-orgs';
import { columnLetter } from '../../platform/files/sheet-words';
import type { RequestContext } from '../../platform/http/actor';
import { AppError } from '../../platform/http/app-error';
import { issueMessage } from '../../platform/http/validation-messages';
import { localDate } from '../../platform/time';
import { auditActorOf, openOrgsInScope, recordAudit } from '../identity';
import { insideBoundary, type LngLat, metresBetween, polygonsOf } from './geo';
import { findCityBoundary, findVenueKinds } from './venue.repository';
import { EXAMPLE_PREFIX, STATUS_WORDS, VENUE_BASE_COLUMNS, venueHeaders } from './venue.sheet';
import type { VenuesDeps } from './venues.deps';
import { DUPLICATE_METRES } from './venue.service';

/** The most rows one venue import takes: a whole county's network of stations fits with room to spare. */
export const MAX_VENUE_IMPORT_ROWS = 20_000;
/** Errors kept in an answer; the count says how many there were in all. */
export const KEPT_ERRORS = 500;
const PHONE = /^1[3-9]\d{9}$|^0\d{2,3}-?\d{7,8}$/;

const M = {
  required: { 'zh-CN': '必填项未填写', en: 'Required, but empty' },
  org: { 'zh-CN': '不是您可录入的单位，请从下拉列表中选择', en: 'Not an org you may record for; pick one from the list' },
  orgAmbiguous: { 'zh-CN': '有多个单位名为“{v}”，请从下拉列表中选择带代码的名称', en: 'Several orgs are named “{v}”; pick the entry with its code' },
  tooLong: { 'zh-CN': '不能超过 {v} 个字', en: 'At most {v} characters' },
  notNumber: { 'zh-CN': '“{v}”不是数字', en: '“{v}” is not a number' },
  outside: { 'zh-CN': '坐标不在本市范围内', en: 'The coordinates lie outside the city' },
  capacity: { 'zh-CN': '容纳人数必须是大于 0 的整数', en: 'Capacity must be a whole number above zero' },
  phone: { 'zh-CN': '“{v}”不是有效的手机号或座机号', en: '“{v}” is not a valid mobile or landline number' },
  status: { 'zh-CN': '状态只能填“运行中”或“筹建中”（关闭阵地请在页面上操作）', en: 'Status is 运行中 (open) or 筹建中 (planned); close a venue on its page' },
  duplicate: {
    'zh-CN': '{v} 米内已有同类型、同名称的阵地“{name}”，如确非同一处，请勾选“疑似重复的也导入”后重新上传',
    en: 'A venue of this kind named “{name}” lies within {v} m; if it is another place, tick “import likely duplicates too” and upload again',
  },
  duplicateInFile: { 'zh-CN': '与第 {v} 行同类型、同名称且相距不足 20 米', en: 'Same kind and name as row {v}, less than 20 m away' },
} as const;

function say(key: keyof typeof M, locale: Locale, v: string | number = '', name = ''): string {
  return M[key][locale].replace('{v}', String(v)).replace('{name}', name);
}

/** One checked row, ready to insert. */
interface VenueRowIn {
  row: number;
  orgId: number;
  name: string;
  address: string;
  lng: number;
  lat: number;
  openingHours: string | null;
  capacity: number | null;
  managerName: string | null;
  managerPhone: string | null;
  status: 'open' | 'planned';
  openedOn: string | null;
  fields: Record<string, unknown>;
}

/** The polygons of each org's city, looked up once per city rather than once per row. */
async function boundariesOf(db: Db, orgIds: number[]): Promise<Map<number, LngLat[][][] | null>> {
  const out = new Map<number, LngLat[][][] | null>();
  if (orgIds.length === 0) return out;
  const roots = await sql<{ orgId: number; rootId: number }>`
    select c.descendant_id as "orgId", c.ancestor_id as "rootId"
    from org_closure c join orgs o on o.id = c.ancestor_id
    where c.valid_to is null and o.parent_id is null and c.descendant_id = any(${orgIds}::int[])`.execute(db);
  const byRoot = new Map<number, LngLat[][][] | null>();
  for (const r of roots.rows) {
    if (!byRoot.has(r.rootId)) {
      const text = await findCityBoundary(db, r.rootId);
      byRoot.set(r.rootId, text ? polygonsOf(JSON.parse(text)) : null);
    }
    out.set(r.orgId, byRoot.get(r.rootId) ?? null);
  }
  return out;
}

function isSkipped(cells: RawCell[]): boolean {
  const present = cells.filter((c) => c !== null && c !== undefined && !(typeof c === 'string' && c.trim() === ''));
  if (present.length === 0) return true;
  return typeof cells[1] === 'string' && cells[1].trim().startsWith(EXAMPLE_PREFIX);
}

/**
 * Imports one kind's venues from its template: every row is checked (org in entry scope, inside the city, capacity, phone,
 * status, the kind's fields, likely duplicates against the register and the file), then all go in in one transaction, or none.
 */
export async function importVenues(
  deps: VenuesDeps,
  ctx: RequestContext,
  bytes: Buffer,
  kindCode: string,
  confirmDuplicates: boolean,
): Promise<VenueImportResult> {
  const kind = (await findVenueKinds(deps.db)).find((k) => k.code === kindCode && k.active);
  if (!kind) throw new AppError('VENUES_KIND_NOT_FOUND', { code: kindCode });
  const rows = await readTemplateRows(bytes, MAX_VENUE_IMPORT_ROWS, venueHeaders(kind));
  const data = rows
    .slice(1)
    .map((cells, i) => ({ n: i + 2, cells }))
    .filter((r) => !isSkipped(r.cells));
  if (data.length === 0) throw new AppError('ACTIVITIES_IMPORT_EMPTY');

  const locale = ctx.locale;
  const headers = venueHeaders(kind);
  const resolveOrg = orgResolver(await openOrgsInScope(deps.db, ctx.actor, 'entry'));
  const schema = fieldValuesSchema(kind.fields);
  const today = localDate(new Date(), deps.config.timezone);
  const errors: ImportRowError[] = [];
  let errorCount = 0;
  const good: VenueRowIn[] = [];
  for (const { n, cells } of data) {
    const rowErrors: ImportRowError[] = [];
    const fail = (i: number, message: string) => rowErrors.push({ row: n, column: columnLetter(i + 1), header: headers[i] ?? null, message });
    const plain = headers.map((_, i) => {
      const p = plainOf(cells[i], locale);
      if (!p.ok) fail(i, p.message);
      return p.ok ? p.value : null;
    });
    const text = (i: number, max: number): string | null => {
      const v = plain[i];
      if (v === null || v === undefined) {
        if (VENUE_BASE_COLUMNS[i]?.required) fail(i, say('required', locale));
        return null;
      }
      const s = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
      if (s.length > max) fail(i, say('tooLong', locale, max));
      return s;
    };
    const num = (i: number): number | null => {
      const v = plain[i];
      if (v === null || v === undefined) {
        if (VENUE_BASE_COLUMNS[i]?.required) fail(i, say('required', locale));
        return null;
      }
      const x = typeof v === 'number' ? v : Number(String(v).replace(/,/g, ''));
      if (!Number.isFinite(x)) fail(i, say('notNumber', locale, String(v)));
      return Number.isFinite(x) ? x : null;
    };
    let orgId = 0;
    const orgText = text(0, 200);
    if (orgText !== null) {
      const org = resolveOrg(orgText);
      if (org === 'ambiguous') fail(0, say('orgAmbiguous', locale, orgText));
      else if (!org) fail(0, say('org', locale));
      else orgId = org.id;
    }
    const name = text(1, 100);
    const address = text(2, 200);
    const lng = num(3);
    const lat = num(4);
    if (lng !== null && (lng < -180 || lng > 180)) fail(3, say('outside', locale));
    if (lat !== null && (lat < -90 || lat > 90)) fail(4, say('outside', locale));
    const openingHours = text(5, 100);
    const capacity = num(6);
    if (capacity !== null && (!Number.isInteger(capacity) || capacity <= 0)) fail(6, say('capacity', locale));
    const managerName = text(7, 40);
    const phoneText = text(8, 20);
    const managerPhone = phoneText === null ? null : phoneText.replace(/\s/g, '');
    if (managerPhone !== null && !PHONE.test(managerPhone)) fail(8, say('phone', locale, phoneText ?? ''));
    const statusText = text(9, 10);
    const status = statusText === null || statusText === STATUS_WORDS.open ? 'open' : statusText === STATUS_WORDS.planned ? 'planned' : null;
    if (status === null) fail(9, say('status', locale));
    let openedOn: string | null = null;
    if (plain[10] !== null && plain[10] !== undefined) {
      const d = dateOf(plain[10], locale);
      if (d.ok) openedOn = d.value;
      else fail(10, d.message);
    }
    const values: Record<string, unknown> = {};
    kind.fields.forEach((f, k) => {
      const i = VENUE_BASE_COLUMNS.length + k;
      const v = fieldValueOf(f, plain[i] ?? null, locale);
      if (!v.ok) fail(i, v.message);
      else if (v.value !== null) values[f.key] = v.value;
      else if (f.required) fail(i, say('required', locale));
    });
    const checked = schema.safeParse(values);
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const k = kind.fields.findIndex((f) => f.key === String(issue.path[0] ?? ''));
        const col = VENUE_BASE_COLUMNS.length + Math.max(0, k);
        if (rowErrors.some((e) => e.column === columnLetter(col + 1))) continue;
        const { code, path, message, ...params } = issue;
        fail(col, issueMessage({ keyword: code, instancePath: `/${path.map(String).join('/')}`, message, params }, locale));
      }
    }
    if (rowErrors.length > 0 || name === null || address === null || lng === null || lat === null || status === null) {
      errorCount += rowErrors.length;
      errors.push(...rowErrors.slice(0, Math.max(0, KEPT_ERRORS - errors.length)));
      continue;
    }
    good.push({
      row: n,
      orgId,
      name,
      address,
      lng,
      lat,
      openingHours,
      capacity,
      managerName,
      managerPhone,
      status,
      openedOn: openedOn ?? (status === 'open' ? today : null),
      fields: checked.success ? (checked.data as Record<string, unknown>) : values,
    });
  }

  // Checks across rows: the city's outline, and likely duplicates against the register and earlier rows of the file.
  const boundaries = await boundariesOf(deps.db, [...new Set(good.map((r) => r.orgId))]);
  const existing = await deps.db
    .selectFrom('venues')
    .select(['name', 'lng', 'lat'])
    .where('kindCode', '=', kind.code)
    .where('status', '<>', 'closed')
    .execute();
  const byName = new Map<string, { lng: number; lat: number; row?: number }[]>();
  for (const v of existing) byName.set(v.name, [...(byName.get(v.name) ?? []), v]);
  const accepted: VenueRowIn[] = [];
  for (const r of good) {
    const rowErrors: ImportRowError[] = [];
    const polygons = boundaries.get(r.orgId);
    if (polygons && !insideBoundary([r.lng, r.lat], polygons))
      rowErrors.push({ row: r.row, column: 'D', header: headers[3] ?? null, message: say('outside', locale) });
    const near = (byName.get(r.name) ?? []).find((v) => metresBetween([v.lng, v.lat], [r.lng, r.lat]) <= DUPLICATE_METRES);
    if (near && (near.row !== undefined || !confirmDuplicates)) {
      const message = near.row !== undefined ? say('duplicateInFile', locale, near.row) : say('duplicate', locale, DUPLICATE_METRES, r.name);
      rowErrors.push({ row: r.row, column: 'B', header: headers[1] ?? null, message });
    }
    byName.set(r.name, [...(byName.get(r.name) ?? []), { lng: r.lng, lat: r.lat, row: r.row }]);
    if (rowErrors.length > 0) {
      errorCount += rowErrors.length;
      errors.push(...rowErrors.slice(0, Math.max(0, KEPT_ERRORS - errors.length)));
    } else accepted.push(r);
  }
  if (errorCount > 0) {
    errors.sort((a, b) => a.row - b.row);
    return { status: 'failed', totalRows: data.length, importedRows: 0, skippedRows: 0, errors, errorCount };
  }
  await insertVenues(deps, ctx, kind.code, accepted);
  return { status: 'done', totalRows: data.length, importedRows: accepted.length, skippedRows: 0, errors: [], errorCount: 0 };
}

/** Writes the checked rows in one transaction as array-parameter statements, phones encrypted, with one audit entry. */
async function insertVenues(deps: VenuesDeps, ctx: RequestContext, kindCode: string, rows: VenueRowIn[]): Promise<void> {
  const hex = (b: Buffer | null) => (b ? b.toString('hex') : null);
  await deps.db.transaction().execute(async (tx) => {
    const inserted = await sql<{ id: number }>`
      insert into venues (kind_code, org_id, name, address, lng, lat, opening_hours, capacity, manager_name, manager_phone_enc,
        manager_phone_hash, status, opened_on, fields, created_by)
      select ${kindCode}, u.org_id, u.name, u.address, u.lng, u.lat, u.hours, u.capacity, u.manager, decode(u.phone_enc, 'hex'),
        decode(u.phone_hash, 'hex'), u.status, u.opened_on::date, u.fields::jsonb, ${ctx.actor.userId}
      from unnest(${rows.map((r) => r.orgId)}::int[], ${rows.map((r) => r.name)}::text[], ${rows.map((r) => r.address)}::text[],
        ${rows.map((r) => r.lng)}::float8[], ${rows.map((r) => r.lat)}::float8[], ${rows.map((r) => r.openingHours)}::text[],
        ${rows.map((r) => r.capacity)}::int[], ${rows.map((r) => r.managerName)}::text[],
        ${rows.map((r) => hex(r.managerPhone ? deps.cipher.encrypt(r.managerPhone) : null))}::text[],
        ${rows.map((r) => hex(r.managerPhone ? deps.cipher.lookupHash(r.managerPhone) : null))}::text[],
        ${rows.map((r) => r.status)}::text[], ${rows.map((r) => r.openedOn)}::text[], ${rows.map((r) => JSON.stringify(r.fields))}::text[])
        as u (org_id, name, address, lng, lat, hours, capacity, manager, phone_enc, phone_hash, status, opened_on, fields)
      returning id`.execute(tx);
    const ids = inserted.rows.map((r) => r.id);
    await recordAudit(tx, auditActorOf(ctx), {
      action: 'venue.import',
      targetType: 'venue',
      ...(ids[0] ? { targetId: ids[0] } : {}),
      summary: { kindCode, rows: rows.length, firstId: ids[0] ?? null, lastId: ids.at(-1) ?? null },
    });
  });
}
