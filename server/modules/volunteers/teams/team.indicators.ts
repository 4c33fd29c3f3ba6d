import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database';
import type { IndicatorRegistry, RegistryCount } from '../../stats';

const KINDS = [
  ['volunteers.professional_teams', 'professional', '专业志愿服务队'],
  ['volunteers.corps', 'corps', '志愿服务总队'],
  ['volunteers.ten_plus_n_teams', 'ten_plus_n', '“10+N”志愿服务队'],
  ['volunteers.practice_teams', 'practice', '文明实践志愿服务队'],
] as const;

/** Teams of a kind in an org's subtree that had been founded and not yet dissolved on a day. */
export async function countTeams(db: Db, orgId: number, kind: string, at: string): Promise<number> {
  const { rows } = await sql<{ n: string }>`
    select count(*) as n from volunteer_teams t
    join org_closure c on c.descendant_id = t.org_id and c.valid_to is null
    where c.ancestor_id = ${orgId} and t.kind = ${kind} and t.founded_on <= ${at}::date
      and (t.dissolved_on is null or t.dissolved_on > ${at}::date)`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

/** Registers the team counts the report's figures are built on, each linked to the team list it counts. */
export function registerTeamIndicators(registry: IndicatorRegistry): void {
  for (const [name, kind, label] of KINDS) {
    registry.registerProvider(name, {
      count: async (db, orgId, at): Promise<RegistryCount> => {
        const n = await countTeams(db, orgId, kind, at);
        return { value: n, recordCount: n, links: [{ label, path: `/volunteer-teams?orgId=${orgId}&kind=${kind}` }] };
      },
    });
  }
}
