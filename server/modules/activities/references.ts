import { sql } from 'kysely';
import type { FieldDeclaration, FieldValues, ReferenceKind, ReferenceSnapshot, ReferenceSnapshots } from '../../../contracts/activities/field-declaration';
import type { Locale } from '../../../contracts/common/locale';
import type { Db } from '../../platform/db/database';
import { fieldError } from '../../platform/http/app-error';
import type { ActivitiesDeps, ReferenceResolver } from './activities.deps';

function resolverOf(deps: ActivitiesDeps, kind: ReferenceKind | undefined): ReferenceResolver | undefined {
  return kind === undefined ? undefined : deps.references?.[kind];
}

/** The records an org's reference field of `kind` may point at; none when the registry is not provided. */
export async function referenceChoices(deps: ActivitiesDeps, db: Db, kind: ReferenceKind, orgId: number): Promise<ReferenceSnapshot[]> {
  const resolver = resolverOf(deps, kind);
  if (!resolver) return [];
  return (await resolver.choices(db, [orgId])).map(({ orgId: _org, ...choice }) => choice);
}

/**
 * Checks that every reference field of a record points at a record its org may cite, and returns the snapshots to keep;
 * a wrong id answers like a validation error on that field.
 */
export async function snapshotReferences(
  deps: ActivitiesDeps,
  db: Db,
  fields: FieldDeclaration[],
  values: FieldValues,
  orgId: number,
  locale: Locale,
): Promise<ReferenceSnapshots> {
  const snapshots: ReferenceSnapshots = {};
  for (const f of fields) {
    if (f.type !== 'reference') continue;
    const id = values[f.key];
    if (id === null || id === undefined) continue;
    const resolver = resolverOf(deps, f.ref);
    const choice = resolver ? (await resolver.choices(db, [orgId])).find((c) => c.id === id) : undefined;
    if (!choice) throw fieldError(`body.fields.${f.key}`, 'ACTIVITIES_REFERENCE_NOT_FOUND', { label: resolver?.label[locale] ?? f.labelZh });
    snapshots[f.key] = { id: choice.id, label: choice.label, attributes: choice.attributes };
  }
  return snapshots;
}

/** The choices of every reference field of a type for a set of orgs, keyed by field, org and name: what an import reads names against. */
export async function referenceNames(
  deps: ActivitiesDeps,
  db: Db,
  fields: FieldDeclaration[],
  orgIds: readonly number[],
): Promise<Map<string, Map<number, Map<string, ReferenceSnapshot>>>> {
  const out = new Map<string, Map<number, Map<string, ReferenceSnapshot>>>();
  for (const f of fields) {
    if (f.type !== 'reference') continue;
    const byOrg = new Map<number, Map<string, ReferenceSnapshot>>();
    const resolver = resolverOf(deps, f.ref);
    for (const { orgId, ...choice } of resolver ? await resolver.choices(db, orgIds) : []) {
      const names = byOrg.get(orgId) ?? new Map<string, ReferenceSnapshot>();
      names.set(choice.label, choice);
      byOrg.set(orgId, names);
    }
    out.set(f.key, byOrg);
  }
  return out;
}

/** How many records point at each referenced entry in a span of local days: approved ones, and ones not yet approved. */
export async function referenceCounts(
  db: Db,
  fieldKey: string,
  ids: readonly number[],
  span: { from: string; to: string; timezone: string },
): Promise<Map<number, { approved: number; pending: number }>> {
  if (ids.length === 0) return new Map();
  // Written as a literal so the planner can use the expression index on the reference; keys are checked to the key shape.
  if (!/^[a-z][a-z0-9_]{0,39}$/.test(fieldKey)) throw new Error(`not a field key: ${fieldKey}`);
  const key = sql.lit(fieldKey);
  const rows = await sql<{ id: number; approved: string; pending: string }>`
    select (refs -> ${key} ->> 'id')::int as id,
      count(*) filter (where status = 'approved') as approved,
      count(*) filter (where status <> 'approved') as pending
    from activities
    where refs -> ${key} is not null
      and (refs -> ${key} ->> 'id')::int = any(${[...ids]}::int[])
      and (starts_at at time zone ${span.timezone})::date between ${span.from}::date and ${span.to}::date
    group by 1`.execute(db);
  return new Map(rows.rows.map((r) => [r.id, { approved: Number(r.approved), pending: Number(r.pending) }]));
}
