import { sql } from 'kysely';
import { type FieldValues, measuresOf, type ReferenceSnapshots } from '../../contracts/activities/field-declaration';
import { demoPairings } from './honours';
import { seedDemoStudyGroups } from './study-groups';
import { type DemoFirstAgendaItem, seedDemoFirstAgenda } from './first-agenda';
import { seedDemoLectures } from './lectures';
import { findActivityTypes } from '../../server/modules/activities/activity-type.repository';
import { rebuildRollups } from '../../server/modules/stats';
import type { DbHandle } from '../../server/platform/db/connect';
import { orphanReferences } from '../../server/platform/db/references';
import { localDate } from '../../server/platform/time';
import { DEMO_YEARS, type DemoActivity, demoYear } from './activity-plan';
import { demoAdmin, openDemoOrgs } from './demo-base';

/** What the demo ledger load wrote, for the start-up banner and the tests. */
export interface DemoLedgerSummary {
  activities: number;
  facts: number;
  rollups: number;
  millis: number;
}

const COPY_BATCH = 50_000;

/** A value in COPY text format: \N for null, and the characters COPY treats specially escaped. */
function copyValue(v: string | number | boolean | null): string {
  if (v === null) return '\\N';
  return String(v).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

async function copyAll(dbh: DbHandle, table: string, columns: string[], rows: (string | number | boolean | null)[][]): Promise<void> {
  for (let i = 0; i < rows.length; i += COPY_BATCH) {
    const text = rows
      .slice(i, i + COPY_BATCH)
      .map((r) => `${r.map(copyValue).join('\t')}\n`)
      .join('');
    await dbh.copyRows(table, columns, text, { deferChecks: true });
  }
}

/**
 * Which study session studied which first-agenda item: each group's first session on or after an item's issue not yet
 * given to an earlier item, so groups meeting often study on time and the others late or not at all.
 */
function tagFirstAgenda(records: readonly DemoActivity[], items: readonly DemoFirstAgendaItem[], timezone: string): Map<number, DemoFirstAgendaItem> {
  const byGroup = new Map<string, { index: number; day: string }[]>();
  records.forEach((r, index) => {
    if (!r.studyGroupLevel) return;
    const key = `${r.orgId}:${r.studyGroupLevel}`;
    byGroup.set(key, [...(byGroup.get(key) ?? []), { index, day: localDate(new Date(r.startsAt), timezone) }]);
  });
  const tagged = new Map<number, DemoFirstAgendaItem>();
  const ordered = [...items].sort((a, b) => a.issuedOn.localeCompare(b.issuedOn));
  for (const sessions of byGroup.values()) {
    sessions.sort((a, b) => a.day.localeCompare(b.day) || a.index - b.index);
    let next = 0;
    for (const item of ordered) {
      while (next < sessions.length && (sessions[next]?.day ?? '') < item.issuedOn) next += 1;
      const session = sessions[next];
      if (!session) break;
      tagged.set(session.index, item);
      next += 1;
    }
  }
  return tagged;
}

/**
 * Loads the demo city's 2022 and 2023 records, approved, with their facts and rollups, through COPY: about 180,000
 * records and half a million facts in seconds. Records are labelled is_demo and carry one history entry saying so.
 * Does nothing when any record exists. Runs before the server takes requests (PGlite's COPY bypasses the pool).
 */
export async function seedDemoLedger(dbh: DbHandle, timezone: string): Promise<DemoLedgerSummary | null> {
  const started = Date.now();
  const { db } = dbh;
  if (await db.selectFrom('activities').select('id').limit(1).executeTakeFirst()) return null;
  const admin = await demoAdmin(db);
  if (!admin) return null;
  const orgs = await openDemoOrgs(db);
  const types = new Map((await findActivityTypes(db)).map((t) => [t.code, t]));
  // Class events cite their school's pairing with a role model, loaded with the role models before the ledger.
  const pairingOf = new Map((await demoPairings(db)).map((p) => [p.schoolOrgId, p]));
  const records: DemoActivity[] = DEMO_YEARS.flatMap((y) => demoYear(orgs, y)).filter((r) => !r.pairedSchool || pairingOf.has(r.orgId));
  // Study sessions refer to their groups, so the groups come first (a no-op when they exist).
  await seedDemoStudyGroups(dbh);
  const groups = await db.selectFrom('studyGroups').select(['id', 'orgId', 'name', 'level']).where('active', '=', true).orderBy('id').execute();
  const groupOf = new Map(groups.map((gr) => [`${gr.orgId}:${gr.level}`, gr]));
  const studiedItem = tagFirstAgenda(records, await seedDemoFirstAgenda(dbh), timezone);
  // Lectures refer to their troupes and lecturers, so those come first too.
  const troupeOf = new Map((await seedDemoLectures(dbh)).map((t) => [`${t.orgId}:${t.kind}`, t]));

  const activities: (string | number | boolean | null)[][] = [];
  const history: (string | number | boolean | null)[][] = [];
  const facts: (string | number | boolean | null)[][] = [];
  records.forEach((r, i) => {
    const id = i + 1;
    const type = types.get(r.typeCode);
    if (!type) throw new Error(`demo type ${r.typeCode} missing`);
    // Reviewed two days after the event, as a county office would.
    const reviewed = new Date(new Date(r.endsAt).getTime() + 2 * 86_400_000).toISOString();
    const refs: ReferenceSnapshots = {};
    const values: FieldValues = { ...r.fields };
    if (r.studyGroupLevel) {
      const group = groupOf.get(`${r.orgId}:${r.studyGroupLevel}`);
      if (!group) throw new Error(`demo study group of org ${r.orgId} (${r.studyGroupLevel}) missing`);
      values.study_group = group.id;
      refs.study_group = { id: group.id, label: group.name, attributes: { level: group.level } };
    }
    const item = studiedItem.get(i);
    if (item) {
      values.first_agenda_item = item.id;
      refs.first_agenda_item = { id: item.id, label: item.title, attributes: { source: item.source } };
    }
    if (r.troupe) {
      const troupe = troupeOf.get(`${r.troupe.ownerOrgId}:${r.troupe.kind}`);
      if (!troupe) throw new Error(`demo troupe of org ${r.troupe.ownerOrgId} (${r.troupe.kind}) missing`);
      values.lecture_troupe = troupe.id;
      refs.lecture_troupe = { id: troupe.id, label: troupe.name, attributes: { kind: troupe.kind } };
      const lecturer = troupe.lecturers[i % Math.max(1, troupe.lecturers.length)];
      if (lecturer) {
        values.lecturer = lecturer.id;
        refs.lecturer = { id: lecturer.id, label: lecturer.name, attributes: { level: lecturer.level } };
      }
    }
    if (r.pairedSchool) {
      const pairing = pairingOf.get(r.orgId);
      if (!pairing) throw new Error(`demo pairing of school ${r.orgId} missing`);
      values.role_model_pairing = pairing.id;
      refs.role_model_pairing = { id: pairing.id, label: pairing.label, attributes: { level: pairing.level } };
    }
    const fields = JSON.stringify(values);
    activities.push([
      id,
      r.typeCode,
      r.orgId,
      r.title,
      r.startsAt,
      r.endsAt,
      fields,
      JSON.stringify(refs),
      'approved',
      1,
      admin.id,
      reviewed,
      reviewed,
      admin.id,
      true,
      reviewed,
      reviewed,
    ]);
    history.push([id, 1, reviewed, admin.id, admin.username, 'demo', JSON.stringify({ demo: true, status: 'approved' })]);
    const factDate = localDate(new Date(r.startsAt), timezone);
    for (const m of measuresOf(type.measures, values, refs)) facts.push(['activities', 'activity', String(id), r.orgId, factDate, m.measure, m.value]);
  });

  await copyAll(
    dbh,
    'activities',
    [
      'id',
      'type_code',
      'org_id',
      'title',
      'starts_at',
      'ends_at',
      'fields',
      'refs',
      'status',
      'version',
      'created_by',
      'submitted_at',
      'reviewed_at',
      'reviewed_by',
      'is_demo',
      'created_at',
      'updated_at',
    ],
    activities,
  );
  await sql`select setval(pg_get_serial_sequence('activities', 'id'), ${records.length})`.execute(db);
  await copyAll(dbh, 'activity_history', ['activity_id', 'version', 'at', 'user_id', 'username', 'action', 'changes'], history);
  await copyAll(dbh, 'stat_facts', ['source_module', 'source_type', 'source_id', 'org_id', 'fact_date', 'measure', 'value'], facts);
  const orphans = await orphanReferences(db, ['activities', 'activity_history', 'stat_facts']);
  if (orphans.size > 0) throw new Error(`the demo ledger references missing rows: ${[...orphans].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  await sql`analyze activities, stat_facts`.execute(db);
  const rollups = await rebuildRollups(db);
  await sql`analyze stat_rollups, activity_history`.execute(db);
  return { activities: records.length, facts: facts.length, rollups, millis: Date.now() - started };
}
