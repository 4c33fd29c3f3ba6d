import { sql } from 'kysely';
import type { z } from 'zod';
import type { IntegritySignalSchema } from '../../../contracts/activities/activity.schemas';
import type { Locale } from '../../../contracts/common/locale';
import type { RequestContext } from '../../platform/http/actor';
import { orgInScope } from '../identity';
import { venueCapacities } from '../venues';
import type { ActivitiesDeps } from './activities.deps';
import type { ActivityView } from './activity.repository';

/** A reason to look twice at a record. */
export type IntegritySignal = z.infer<typeof IntegritySignalSchema>;

/** Fewer approved records than this say nothing about an org's usual range. */
const MIN_HISTORY = 8;
/** A value this many times the org's 90th percentile, and at least OUTLIER_GAP above it, is unusual. */
const OUTLIER_FACTOR = 3;
const OUTLIER_GAP = 100;

const TEXT = {
  duplicate_title: {
    'zh-CN': '同一单位同一天已有同类型、同标题的记录（编号 {ids}），可能重复填报',
    en: 'The same org has a record of this type with this title on the same day (no. {ids}); possibly entered twice',
  },
  duplicate_evidence: {
    'zh-CN': '佐证材料“{file}”与另外 {count} 条记录的材料是同一文件',
    en: 'The evidence “{file}” is the same file as on {count} other record(s)',
  },
  audience_over_capacity: {
    'zh-CN': '{field} {value} 超过阵地“{venue}”的容纳人数 {capacity}',
    en: '{field} of {value} exceeds the capacity of “{venue}” ({capacity})',
  },
  audience_outlier: {
    'zh-CN': '{field} {value} 远高于本单位同类活动的常见范围（九成活动不超过 {p90}）',
    en: '{field} of {value} is far above this org’s usual range for the type (90% of its records are at most {p90})',
  },
} as const;

function say(kind: keyof typeof TEXT, locale: Locale, params: Record<string, string | number>): string {
  return TEXT[kind][locale].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}

function push(map: Map<number, IntegritySignal[]>, id: number, s: IntegritySignal): void {
  map.set(id, [...(map.get(id) ?? []), s]);
}

async function duplicateTitles(deps: ActivitiesDeps, ctx: RequestContext, rows: ActivityView[], out: Map<number, IntegritySignal[]>) {
  const tz = deps.config.timezone;
  const found = await sql<{ id: number; otherId: number }>`
    select a.id, b.id as "otherId"
    from activities a
    join activities b on b.org_id = a.org_id and b.type_code = a.type_code and b.title = a.title and b.id <> a.id
      and (b.starts_at at time zone ${tz})::date = (a.starts_at at time zone ${tz})::date
    where a.id in (${sql.join(rows.map((r) => r.id))})
    order by a.id, b.id`.execute(deps.db);
  const byId = new Map<number, number[]>();
  for (const r of found.rows) byId.set(r.id, [...(byId.get(r.id) ?? []), r.otherId]);
  for (const [id, others] of byId) {
    push(out, id, { kind: 'duplicate_title', message: say('duplicate_title', ctx.locale, { ids: others.join('、') }), relatedIds: others });
  }
}

async function duplicateEvidence(deps: ActivitiesDeps, ctx: RequestContext, rows: ActivityView[], out: Map<number, IntegritySignal[]>) {
  const found = await deps.db
    .selectFrom('activityAttachments as mine')
    .innerJoin('activityAttachments as other', (j) => j.onRef('other.sha256', '=', 'mine.sha256').onRef('other.activityId', '<>', 'mine.activityId'))
    .innerJoin('activities', 'activities.id', 'other.activityId')
    .select(['mine.activityId as id', 'mine.filename', 'other.activityId as otherId'])
    // Whether the other record is in the caller's view decides only whether its id is shown, not whether the signal is.
    .select((eb) => sql<boolean>`${orgInScope(eb, eb.ref('activities.orgId'), ctx.actor, 'view')}`.as('visible'))
    .where(
      'mine.activityId',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('mine.activityId')
    .orderBy('other.activityId')
    .execute();
  const byFile = new Map<string, { id: number; filename: string; others: Set<number>; visible: Set<number> }>();
  for (const r of found) {
    const key = `${r.id}:${r.filename}`;
    const entry = byFile.get(key) ?? { id: r.id, filename: r.filename, others: new Set<number>(), visible: new Set<number>() };
    entry.others.add(r.otherId);
    if (r.visible) entry.visible.add(r.otherId);
    byFile.set(key, entry);
  }
  for (const e of byFile.values()) {
    push(out, e.id, {
      kind: 'duplicate_evidence',
      message: say('duplicate_evidence', ctx.locale, { file: e.filename, count: e.others.size }),
      relatedIds: [...e.visible],
    });
  }
}

/** The numeric fields of a record that feed measures: the counts a padded report would inflate. */
function countedFields(row: ActivityView): string[] {
  return [...new Set(row.typeRules.flatMap((r) => ('field' in r.value ? [r.value.field] : [])))].filter((k) => typeof row.fields[k] === 'number');
}

async function outliers(
  deps: ActivitiesDeps,
  ctx: RequestContext,
  rows: ActivityView[],
  out: Map<number, IntegritySignal[]>,
  labels: Map<string, Map<string, string>>,
) {
  const wanted = rows.flatMap((r) => countedFields(r).map((key) => ({ r, key })));
  if (wanted.length === 0) return;
  const groups = [...new Set(wanted.map(({ r, key }) => `${r.orgId}|${r.typeCode}|${key}`))].map((g) => g.split('|') as [string, string, string]);
  const stats = await sql<{ orgId: number; typeCode: string; key: string; p90: number; n: number }>`
    select g.org_id as "orgId", g.type_code as "typeCode", g.key, percentile_cont(0.9) within group (order by (a.fields ->> g.key)::numeric) as p90, count(*)::int as n
    from (values ${sql.join(groups.map(([o, t, k]) => sql`(${Number(o)}::int, ${t}::text, ${k}::text)`))}) as g (org_id, type_code, key)
    join activities a on a.org_id = g.org_id and a.type_code = g.type_code and a.status = 'approved' and jsonb_typeof(a.fields -> g.key) = 'number'
    group by g.org_id, g.type_code, g.key`.execute(deps.db);
  const byGroup = new Map(stats.rows.map((s) => [`${s.orgId}|${s.typeCode}|${s.key}`, s]));
  for (const { r, key } of wanted) {
    const s = byGroup.get(`${r.orgId}|${r.typeCode}|${key}`);
    const value = r.fields[key] as number;
    if (!s || s.n < MIN_HISTORY) continue;
    const p90 = Math.round(Number(s.p90));
    if (value > OUTLIER_FACTOR * p90 && value - p90 >= OUTLIER_GAP) {
      const field = labels.get(r.typeCode)?.get(key) ?? key;
      push(out, r.id, { kind: 'audience_outlier', message: say('audience_outlier', ctx.locale, { field, value, p90 }), relatedIds: [] });
    }
  }
}

/** A count beyond this share of the venue's capacity is more people than the place holds at once, even with some coming and going. */
const CAPACITY_FACTOR = 1.5;

async function overCapacity(
  deps: ActivitiesDeps,
  ctx: RequestContext,
  rows: ActivityView[],
  out: Map<number, IntegritySignal[]>,
  labels: Map<string, Map<string, string>>,
) {
  const withVenue = rows.filter((r) => r.venueId !== null);
  const venues = new Map((await venueCapacities(deps.db, [...new Set(withVenue.map((r) => r.venueId as number))])).map((v) => [v.id, v]));
  for (const r of withVenue) {
    const venue = venues.get(r.venueId as number);
    if (!venue?.capacity) continue;
    for (const key of countedFields(r)) {
      const value = r.fields[key] as number;
      if (value > venue.capacity * CAPACITY_FACTOR) {
        const field = labels.get(r.typeCode)?.get(key) ?? key;
        push(out, r.id, {
          kind: 'audience_over_capacity',
          message: say('audience_over_capacity', ctx.locale, { field, value, venue: venue.name, capacity: venue.capacity }),
          relatedIds: [],
        });
      }
    }
  }
}

async function fieldLabels(deps: ActivitiesDeps, locale: Locale, codes: string[]): Promise<Map<string, Map<string, string>>> {
  const rows = await deps.db
    .selectFrom('activityTypes')
    .select(['code', sql<string>`fields::text`.as('fieldsJson')])
    .where('code', 'in', codes)
    .execute();
  return new Map(
    rows.map((r) => {
      const fields = JSON.parse(r.fieldsJson) as { key: string; labelZh: string; labelEn: string }[];
      return [r.code, new Map(fields.map((f) => [f.key, locale === 'en' ? f.labelEn : f.labelZh]))];
    }),
  );
}

/**
 * The integrity signals of some records, for reviewers: the same title twice on one day, the same evidence file
 * on other records, counts far above the org's usual range, and more people than the venue holds. Signals inform; they never block a step.
 */
export async function signalsFor(deps: ActivitiesDeps, ctx: RequestContext, rows: ActivityView[]): Promise<Map<number, IntegritySignal[]>> {
  const out = new Map<number, IntegritySignal[]>();
  if (rows.length === 0) return out;
  const labels = await fieldLabels(deps, ctx.locale, [...new Set(rows.map((r) => r.typeCode))]);
  for (let i = 0; i < rows.length; i += 1000) {
    const chunk = rows.slice(i, i + 1000);
    await duplicateTitles(deps, ctx, chunk, out);
    await duplicateEvidence(deps, ctx, chunk, out);
    await outliers(deps, ctx, chunk, out, labels);
    await overCapacity(deps, ctx, chunk, out, labels);
  }
  return out;
}
