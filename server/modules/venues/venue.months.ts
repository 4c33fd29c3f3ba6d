import { sql, type Transaction } from 'kysely';
import type { VenueMonth } from '../../../contracts/venues/venue.schemas';
import type { Database } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/actor';
import { AppError } from '../../platform/http/app-error';
import { localDate } from '../../platform/time';
import { auditActorOf, recordAudit } from '../identity';
import { type FactInput, reverseFactsOn, reverseFactsOnMany, writeFacts } from '../stats';
import { findVenue, venueForChange } from './venue.repository';
import type { VenuesDeps } from './venues.deps';
import './venues.tables';

/** What a month's entry carries; an absent figure was not reported. */
export interface MonthInput {
  visitors?: number | null | undefined;
  loans?: number | null | undefined;
  holdings?: number | null | undefined;
  version?: number | undefined;
}

function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(last).padStart(2, '0')}`;
}

/** The twelve months of a venue's year, each reported or missing (never a zero standing in for "not reported"). */
export async function listMonths(deps: VenuesDeps, ctx: RequestContext, id: number, year: number): Promise<VenueMonth[]> {
  const venue = (await findVenue(deps.db, ctx.actor, 'view', id)) ?? (await findVenue(deps.db, ctx.actor, 'entry', id));
  if (!venue) throw new AppError('COMMON_NOT_FOUND');
  const rows = await deps.db
    .selectFrom('venueMonths')
    .select([sql<string>`to_char(month, 'YYYY-MM')`.as('month'), 'visitors', 'loans', 'holdings', 'version'])
    .where('venueId', '=', id)
    .where('month', '>=', `${year}-01-01`)
    .where('month', '<=', `${year}-12-01`)
    .execute();
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  return Array.from({ length: 12 }, (_, i) => {
    const month = `${year}-${String(i + 1).padStart(2, '0')}`;
    const r = byMonth.get(month);
    return r
      ? { month, visitors: r.visitors, loans: r.loans, holdings: r.holdings, reported: true, version: r.version }
      : { month, visitors: null, loans: null, holdings: null, reported: false, version: null };
  });
}

/** The figures of one month as stored; null where not reported. */
export interface MonthValues {
  visitors: number | null;
  loans: number | null;
  holdings: number | null;
}

/**
 * Writes one month of a venue inside the caller's transaction: the row is inserted or corrected (a correction must name the
 * version seen), and the month's facts (visitors and loans as flows, books
 * held as the stock level at the month's end) replace the earlier ones of that month.
 */
async function applyMonth(
  tx: Transaction<Database>,
  userId: number,
  venue: { id: number; orgId: number },
  month: string,
  values: MonthValues,
  version: number | undefined,
): Promise<void> {
  const current = await tx
    .selectFrom('venueMonths')
    .select(['version'])
    .where('venueId', '=', venue.id)
    .where('month', '=', `${month}-01`)
    .forUpdate()
    .executeTakeFirst();
  if (current && current.version !== version) throw new AppError('VENUES_VERSION_CONFLICT', { current: current.version });
  if (current) {
    await tx
      .updateTable('venueMonths')
      .set({ ...values, version: current.version + 1, enteredBy: userId, enteredAt: new Date() })
      .where('venueId', '=', venue.id)
      .where('month', '=', `${month}-01`)
      .execute();
  } else {
    await tx
      .insertInto('venueMonths')
      .values({ venueId: venue.id, month: `${month}-01`, ...values, enteredBy: userId })
      .execute();
  }
  await reverseFactsOn(tx, sourceOf(venue.id), monthEnd(month));
  await writeFacts(tx, factsOfMonth(venue, month, values));
}

const sourceOf = (venueId: number) => ({ sourceModule: 'venues', sourceType: 'venue', sourceId: String(venueId) });

/** The facts of one reported month: visitors and loans as flows, books held as the stock level at the month's end. */
function factsOfMonth(venue: { id: number; orgId: number }, month: string, values: MonthValues): FactInput[] {
  const base = { ...sourceOf(venue.id), orgId: venue.orgId, factDate: monthEnd(month) };
  const facts: FactInput[] = [];
  if (values.visitors) facts.push({ ...base, measure: 'venue_visitors', value: values.visitors });
  if (values.loans) facts.push({ ...base, measure: 'book_loans', value: values.loans });
  // A stock of zero is a real level (a bookcase emptied), so it is recorded; only "not reported" is left out.
  if (values.holdings !== null) facts.push({ ...base, measure: 'book_holdings', value: values.holdings });
  return facts;
}

/** One month of one venue in a bulk write. */
export interface MonthRow {
  venue: { id: number; orgId: number };
  month: string;
  values: MonthValues;
}

/**
 * Writes many months at once inside the caller's transaction, replacing what was there (an imported sheet is the
 * correction): one upsert, one reversal of the months' earlier facts and one write of the new ones, whatever the count.
 */
export async function applyMonths(tx: Transaction<Database>, userId: number, rows: readonly MonthRow[]): Promise<void> {
  if (rows.length === 0) return;
  await sql`
    insert into venue_months (venue_id, month, visitors, loans, holdings, entered_by)
    select u.venue_id, u.month::date, u.visitors, u.loans, u.holdings, ${userId}
    from unnest(${rows.map((r) => r.venue.id)}::int[], ${rows.map((r) => `${r.month}-01`)}::text[], ${rows.map((r) => r.values.visitors)}::int[],
      ${rows.map((r) => r.values.loans)}::int[], ${rows.map((r) => r.values.holdings)}::int[]) as u (venue_id, month, visitors, loans, holdings)
    on conflict (venue_id, month) do update set visitors = excluded.visitors, loans = excluded.loans, holdings = excluded.holdings,
      version = venue_months.version + 1, entered_by = excluded.entered_by, entered_at = now()`.execute(tx);
  await reverseFactsOnMany(
    tx,
    rows.map((r) => ({ ...sourceOf(r.venue.id), factDate: monthEnd(r.month) })),
  );
  const facts = rows.flatMap((r) => factsOfMonth(r.venue, r.month, r.values));
  for (let i = 0; i < facts.length; i += 5000) await writeFacts(tx, facts.slice(i, i + 5000));
}

/** Enters or corrects one month of a venue in the caller's entry scope; a month that has not begun is refused. */
export async function saveMonth(deps: VenuesDeps, ctx: RequestContext, id: number, month: string, input: MonthInput): Promise<VenueMonth> {
  const today = localDate(new Date(), deps.config.timezone);
  if (`${month}-01` > today) throw new AppError('VENUES_FUTURE_MONTH', { month });
  await deps.db.transaction().execute(async (tx) => {
    const venue = await venueForChange(tx, ctx.actor, id);
    const values = { visitors: input.visitors ?? null, loans: input.loans ?? null, holdings: input.holdings ?? null };
    await applyMonth(tx, ctx.actor.userId, { id, orgId: venue.orgId }, month, values, input.version);
    await recordAudit(tx, auditActorOf(ctx), { action: 'venue.month', targetType: 'venue', targetId: id, summary: { month, ...values } });
  });
  const year = Number(month.slice(0, 4));
  const months = await listMonths(deps, ctx, id, year);
  return months.find((m) => m.month === month) as VenueMonth;
}
