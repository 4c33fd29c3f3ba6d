import { sql } from 'kysely';
import type { ImportRowError } from '../../../contracts/activities/import.schemas';
import type { Locale } from '../../../contracts/common/locale';
import type { VenueImportResult } from '../../../contracts/venues';
import type { Db } from '../../platform/db/database';
import { readTemplateRows } from '../../platform/files/import-sheet';
import { plainOf, type RawCell } from '../../platform/files/sheet-cells';
import { columnLetter } from '../../platform/files/sheet-words';
import type { Actor, RequestContext } from '../../platform/http/actor';
import { AppError } from '../../platform/http/app-error';
import { localDate, localDateTime } from '../../platform/time';
import { assertOrgInScope, auditActorOf, orgInScope, recordAudit, type ScopeKind } from '../identity';
import { KEPT_ERRORS, MAX_VENUE_IMPORT_ROWS } from './venue.import';
import { applyMonths, type MonthValues } from './venue.months';
import { findVenueKinds } from './venue.repository';
import { MONTH_COLUMNS, type MonthSheetRow, monthWorkbook } from './venue.sheet';
import type { VenuesDeps } from './venues.deps';

const MAX_FIGURE = 10_000_000;
/** The most rows a monthly export writes (twelve per venue); a city's stations at 3,600 fit. */
const MAX_EXPORT_ROWS = 100_000;
const M = {
  venue: {
    'zh-CN': '编号 {v} 不是您可填报的阵地（不存在、不在您的录入范围或已关闭）',
    en: 'No. {v} is not a venue you report for (unknown, out of scope or closed)',
  },
  name: { 'zh-CN': '编号 {v} 的阵地名称是“{name}”，与本行不符，请核对是否错行', en: 'Venue no. {v} is “{name}”, not this row’s name; check for a shifted row' },
  month: { 'zh-CN': '“{v}”不是月份，请按 2023-05 的格式填写', en: '“{v}” is not a month; write it as 2023-05' },
  future: { 'zh-CN': '{v} 尚未开始，不能填报', en: '{v} has not begun yet' },
  figure: { 'zh-CN': '“{v}”不是 0 到 10000000 之间的整数', en: '“{v}” is not a whole number from 0 to 10,000,000' },
  twice: { 'zh-CN': '同一阵地同一月份已在第 {v} 行出现', en: 'The same venue and month already appear in row {v}' },
  required: { 'zh-CN': '必填项未填写', en: 'Required, but empty' },
} as const;

function say(key: keyof typeof M, locale: Locale, v: string | number = '', name = ''): string {
  return M[key][locale].replace('{v}', String(v)).replace('{name}', name);
}

/** A month cell as YYYY-MM: text such as 2023-05 or 2023年5月, or a date cell. */
function monthOf(v: string | number | boolean | Date | null): string | null {
  if (v instanceof Date) return `${v.getUTCFullYear()}-${String(v.getUTCMonth() + 1).padStart(2, '0')}`;
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?(?:[-/.]\d{1,2}日?)?$/.exec(String(v ?? '').trim());
  const month = m ? Number(m[2]) : 0;
  return m && month >= 1 && month <= 12 ? `${m[1]}-${String(month).padStart(2, '0')}` : null;
}

/** The venues of a kind in the actor's scope, with their org's name; closed ones only when reading. */
function scopedVenues(db: Db, actor: Actor, scope: ScopeKind, kindCode: string, orgId?: number) {
  let q = db
    .selectFrom('venues')
    .innerJoin('orgs', 'orgs.id', 'venues.orgId')
    .select(['venues.id', 'venues.name', 'venues.orgId', 'orgs.name as orgName'])
    .where('venues.kindCode', '=', kindCode)
    .where((eb) => orgInScope(eb, eb.ref('venues.orgId'), actor, scope));
  if (scope === 'entry') q = q.where('venues.status', '<>', 'closed');
  if (orgId !== undefined) {
    q = q.where('venues.orgId', 'in', db.selectFrom('orgClosure').select('descendantId').where('ancestorId', '=', orgId).where('validTo', 'is', null));
  }
  return q.orderBy('orgs.code').orderBy('venues.id').execute();
}

/** Reported months of some venues between two months, keyed "venueId|YYYY-MM". */
async function reportedMonths(db: Db, ids: number[], from: string, to: string): Promise<Map<string, MonthValues>> {
  if (ids.length === 0) return new Map();
  const rows = await sql<{ venueId: number; month: string } & MonthValues>`
    select venue_id as "venueId", to_char(month, 'YYYY-MM') as month, visitors, loans, holdings
    from venue_months where venue_id = any(${ids}::int[]) and month between ${`${from}-01`}::date and ${`${to}-01`}::date`.execute(db);
  return new Map(rows.rows.map((r) => [`${r.venueId}|${r.month}`, { visitors: r.visitors, loans: r.loans, holdings: r.holdings }]));
}

async function kindOrThrow(db: Db, code: string) {
  const kind = (await findVenueKinds(db)).find((k) => k.code === code);
  if (!kind) throw new AppError('VENUES_KIND_NOT_FOUND', { code });
  return kind;
}

/** The monthly sheet for one month: every venue of the kind the caller reports for, with what is already entered. */
export async function monthTemplate(deps: VenuesDeps, ctx: RequestContext, kindCode: string, month: string) {
  const kind = await kindOrThrow(deps.db, kindCode);
  const venues = await scopedVenues(deps.db, ctx.actor, 'entry', kind.code);
  const known = await reportedMonths(
    deps.db,
    venues.map((v) => v.id),
    month,
    month,
  );
  const rows: MonthSheetRow[] = venues.map((v) => {
    const k = known.get(`${v.id}|${month}`);
    return {
      venueId: v.id,
      venueName: v.name,
      orgName: v.orgName,
      month,
      visitors: k?.visitors ?? null,
      loans: k?.loans ?? null,
      holdings: k?.holdings ?? null,
    };
  });
  return {
    content: await monthWorkbook(rows, `${month} 月报`),
    filename: `venue-months-${kind.code}-${month}.xlsx`,
    localizedFilename: `${kind.nameZh}月报-${month}.xlsx`,
  };
}

/** A year of monthly figures of one kind's venues in an org subtree; a month not reported stays blank, never 0. */
export async function exportMonths(deps: VenuesDeps, ctx: RequestContext, q: { orgId?: number | undefined; kindCode: string; year: number }) {
  if (q.orgId !== undefined) await assertOrgInScope(deps.db, ctx.actor, 'view', q.orgId);
  const kind = await kindOrThrow(deps.db, q.kindCode);
  const venues = await scopedVenues(deps.db, ctx.actor, 'view', kind.code, q.orgId);
  if (venues.length * 12 > MAX_EXPORT_ROWS) throw new AppError('ACTIVITIES_EXPORT_TOO_MANY', { total: venues.length * 12, max: MAX_EXPORT_ROWS });
  const known = await reportedMonths(
    deps.db,
    venues.map((v) => v.id),
    `${q.year}-01`,
    `${q.year}-12`,
  );
  const rows: MonthSheetRow[] = venues.flatMap((v) =>
    Array.from({ length: 12 }, (_, i) => {
      const month = `${q.year}-${String(i + 1).padStart(2, '0')}`;
      const k = known.get(`${v.id}|${month}`);
      return {
        venueId: v.id,
        venueName: v.name,
        orgName: v.orgName,
        month,
        visitors: k?.visitors ?? null,
        loans: k?.loans ?? null,
        holdings: k?.holdings ?? null,
      };
    }),
  );
  await recordAudit(deps.db, auditActorOf(ctx), { action: 'venue.export', targetType: 'venue', summary: { ...q, months: true, rows: rows.length } });
  const stamp = localDateTime(new Date(), deps.config.timezone).slice(0, 10);
  return {
    content: await monthWorkbook(rows, `${q.year}年`),
    filename: `venue-months-${kind.code}-${q.year}-${stamp}.xlsx`,
    localizedFilename: `${kind.nameZh}${q.year}年月度数据-${stamp}.xlsx`,
  };
}

interface MonthRowIn {
  row: number;
  venueId: number;
  orgId: number;
  month: string;
  values: MonthValues;
}

/**
 * Imports monthly figures: each row names a venue the caller reports for by its number, a month that has begun, and figures that
 * are whole numbers from 0; blank rows are skipped as not reported. Every row goes in in one transaction, replacing those months'
 * earlier figures and facts, or none does.
 */
export async function importMonths(deps: VenuesDeps, ctx: RequestContext, bytes: Buffer): Promise<VenueImportResult> {
  const headers = MONTH_COLUMNS.map((c) => c.header);
  const rows = await readTemplateRows(bytes, MAX_VENUE_IMPORT_ROWS, headers);
  const locale = ctx.locale;
  const today = localDate(new Date(), deps.config.timezone);
  const data = rows.slice(1).map((cells, i) => ({ n: i + 2, cells: cells as RawCell[] }));
  const ids = [...new Set(data.map((r) => Number(r.cells[0])).filter((x) => Number.isInteger(x) && x > 0 && x < 2_147_483_647))];
  const allowed = new Map<number, { name: string; orgId: number }>();
  if (ids.length > 0) {
    const rows = await deps.db
      .selectFrom('venues')
      .select(['id', 'name', 'orgId'])
      .where('id', 'in', ids)
      .where('status', '<>', 'closed')
      .where((eb) => orgInScope(eb, eb.ref('venues.orgId'), ctx.actor, 'entry'))
      .execute();
    for (const r of rows) allowed.set(r.id, { name: r.name, orgId: r.orgId });
  }
  const errors: ImportRowError[] = [];
  let errorCount = 0;
  let skipped = 0;
  let total = 0;
  const seen = new Map<string, number>();
  const good: MonthRowIn[] = [];
  for (const { n, cells } of data) {
    const plain = headers.map((_, i) => plainOf(cells[i], locale));
    if (plain.every((p) => p.ok && p.value === null)) continue;
    total++;
    const rowErrors: ImportRowError[] = [];
    const fail = (i: number, message: string) => rowErrors.push({ row: n, column: columnLetter(i + 1), header: headers[i] ?? null, message });
    plain.forEach((p, i) => {
      if (!p.ok) fail(i, p.message);
    });
    const value = (i: number) => {
      const p = plain[i];
      return p?.ok ? p.value : null;
    };
    const figures = [4, 5, 6].map((i) => {
      const v = value(i);
      if (v === null) return null;
      const x = typeof v === 'number' ? v : Number(String(v).replace(/,/g, ''));
      if (!Number.isInteger(x) || x < 0 || x > MAX_FIGURE) {
        fail(i, say('figure', locale, String(v)));
        return null;
      }
      return x;
    });
    if (figures.every((f) => f === null) && rowErrors.length === 0) {
      skipped++;
      continue;
    }
    const idText = value(0);
    const venueId = Number(idText);
    const venue = allowed.get(venueId);
    if (idText === null) fail(0, say('required', locale));
    else if (!venue) fail(0, say('venue', locale, String(idText)));
    else if (value(1) !== null && String(value(1)) !== venue.name) fail(1, say('name', locale, venueId, venue.name));
    const monthText = value(3);
    const month = monthText === null ? null : monthOf(monthText);
    if (monthText === null) fail(3, say('required', locale));
    else if (month === null) fail(3, say('month', locale, String(monthText)));
    else if (`${month}-01` > today) fail(3, say('future', locale, month));
    if (venue && month) {
      const key = `${venueId}|${month}`;
      const first = seen.get(key);
      if (first !== undefined) fail(0, say('twice', locale, first));
      else seen.set(key, n);
    }
    if (rowErrors.length > 0 || !venue || !month) {
      errorCount += rowErrors.length;
      errors.push(...rowErrors.slice(0, Math.max(0, KEPT_ERRORS - errors.length)));
      continue;
    }
    const [visitors, loans, holdings] = figures as [number | null, number | null, number | null];
    good.push({ row: n, venueId, orgId: venue.orgId, month, values: { visitors, loans, holdings } });
  }
  if (total === 0 || (good.length === 0 && errorCount === 0)) throw new AppError('ACTIVITIES_IMPORT_EMPTY');
  if (errorCount > 0) return { status: 'failed', totalRows: total, importedRows: 0, skippedRows: skipped, errors, errorCount };
  await deps.db.transaction().execute(async (tx) => {
    await applyMonths(
      tx,
      ctx.actor.userId,
      good.map((r) => ({ venue: { id: r.venueId, orgId: r.orgId }, month: r.month, values: r.values })),
    );
    await recordAudit(tx, auditActorOf(ctx), {
      action: 'venue.month_import',
      targetType: 'venue',
      summary: { rows: good.length, venues: new Set(good.map((r) => r.venueId)).size, months: [...new Set(good.map((r) => r.month))].sort().slice(0, 24) },
    });
  });
  return { status: 'done', totalRows: total, importedRows: good.length, skippedRows: skipped, errors: [], errorCount: 0 };
}
