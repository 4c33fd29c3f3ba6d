import { type Kysely, sql } from 'kysely';

const STUDY_GROUP_FIELD = {
  key: 'study_group',
  labelZh: '中心组',
  labelEn: 'Study group',
  type: 'reference',
  ref: 'study_group',
  required: true,
  helpZh: '从本单位的理论学习中心组中选择',
  helpEn: 'One of this org’s theory study groups',
};

const byLevel = (measure: string, level: string) => ({
  measure,
  value: { const: 1 },
  when: { field: 'study_group', attribute: 'level', equals: level },
});

/**
 * A study session refers to its study group instead of naming a level: the record keeps the group's id and a snapshot of
 * its name and level, which the measure rules read. Records whose org has exactly one active group of the level they
 * named are moved over; any other keeps its old value and asks for the group on its next edit.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table activities add column refs jsonb not null default '{}'::jsonb`.execute(db);
  const type = await sql<{ fields: { key: string }[]; measures: { measure: string; when?: { field: string } }[] }>`
    select fields, measures from activity_types where code = 'theory_study'`.execute(db);
  const row = type.rows[0];
  if (!row) return;
  const fields = [STUDY_GROUP_FIELD, ...row.fields.filter((f) => f.key !== 'study_group_level')];
  const measures = [
    ...row.measures.filter((m) => m.when?.field !== 'study_group_level'),
    byLevel('city_group_sessions', 'city_committee'),
    byLevel('department_study_sessions', 'publicity_department'),
  ];
  await sql`
    update activity_types set fields = ${JSON.stringify(fields)}::jsonb, measures = ${JSON.stringify(measures)}::jsonb,
      version = version + 1, updated_at = now()
    where code = 'theory_study'`.execute(db);
  await sql`
    with level_of as (
      select a.id, a.org_id,
        case a.fields->>'study_group_level' when 'department' then 'agency' else a.fields->>'study_group_level' end as level
      from activities a where a.type_code = 'theory_study' and a.fields ? 'study_group_level'
    ), only_group as (
      select l.id, min(g.id) as group_id from level_of l
      join study_groups g on g.org_id = l.org_id and g.level = l.level and g.active
      group by l.id having count(*) = 1
    )
    update activities a
    set fields = (a.fields - 'study_group_level') || jsonb_build_object('study_group', g.id),
      refs = jsonb_build_object('study_group', jsonb_build_object('id', g.id, 'label', g.name, 'attributes', jsonb_build_object('level', g.level)))
    from only_group o join study_groups g on g.id = o.group_id
    where a.id = o.id`.execute(db);
}
