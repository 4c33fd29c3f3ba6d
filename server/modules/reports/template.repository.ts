import { sql } from 'kysely';
import type { Db } from '../../platform/db/database';
import './reports.tables';

/** A stored template version with its org's name. */
export interface StoredTemplate {
  orgId: number;
  orgName: string;
  version: number;
  body: string;
}

/** The latest version of the nearest org, from `orgId` itself up its current ancestors, that has a template of its own. */
export async function findNearestTemplate(db: Db, orgId: number): Promise<StoredTemplate | undefined> {
  const { rows } = await sql<StoredTemplate>`
    select v.org_id as "orgId", o.name as "orgName", v.version, v.body
    from org_closure as c
    join report_template_versions as v on v.org_id = c.ancestor_id
    join orgs as o on o.id = v.org_id
    where c.descendant_id = ${orgId} and c.valid_to is null
    order by c.depth asc, v.version desc
    limit 1`.execute(db);
  return rows[0];
}

/** The latest version number of an org's own template, 0 when it has none. */
export async function latestVersion(db: Db, orgId: number): Promise<number> {
  const row = await db
    .selectFrom('reportTemplateVersions')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('orgId', '=', orgId)
    .executeTakeFirst();
  return Number(row?.v ?? 0);
}

/** Every version of an org's own template, newest first, with who saved it. */
export async function findVersions(db: Db, orgId: number) {
  return db
    .selectFrom('reportTemplateVersions as v')
    .innerJoin('users as u', 'u.id', 'v.createdBy')
    .select(['v.version', 'v.note', 'v.restoredDefault', 'u.username as createdBy', 'v.createdAt', 'v.body as text'])
    .where('v.orgId', '=', orgId)
    .orderBy('v.version', 'desc')
    .limit(200)
    .execute();
}

/** Appends a version; the unique (org, version) key makes a concurrent save of the same version fail. */
export async function insertVersion(
  db: Db,
  v: { orgId: number; version: number; body: string; note: string; restoredDefault: boolean; createdBy: number },
): Promise<void> {
  await db.insertInto('reportTemplateVersions').values(v).execute();
}
