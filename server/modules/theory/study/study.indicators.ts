import type { StudyGroupLevel } from '../../../../contracts/theory/study-group.schemas';
import type { Db } from '../../../platform/db/database';
import { flowTotals, type IndicatorRegistry, type RegistryCount, type RegistryProvider } from '../../stats';
import '../theory.tables';

/** The years a span covers whole; a span inside one year is judged as that part-year. */
export function yearsOf(span: { from: string; to: string }): { from: string; to: string }[] {
  const first = Number(span.from.slice(0, 4));
  const last = Number(span.to.slice(0, 4));
  const whole: { from: string; to: string }[] = [];
  for (let y = first; y <= last; y++) {
    const from = `${y}-01-01`;
    const to = `${y}-12-31`;
    if (from >= span.from && to <= span.to) whole.push({ from, to });
  }
  return whole.length > 0 ? whole : [span];
}

/** The yearly minimum in force for groups of a level in an org's subtree: the highest of their own, else the level's. */
async function minimumOf(db: Db, orgId: number, level: StudyGroupLevel): Promise<number> {
  const own = await db
    .selectFrom('studyGroups as g')
    .innerJoin('studyGroupLevelMinimums as lm', 'lm.level', 'g.level')
    .select((eb) => eb.fn.max(eb.fn.coalesce('g.minimumOverride', 'lm.minimum')).as('minimum'))
    .where('g.level', '=', level)
    .where('g.active', '=', true)
    .where('g.orgId', 'in', db.selectFrom('orgClosure').select('descendantId').where('ancestorId', '=', orgId).where('validTo', 'is', null))
    .executeTakeFirst();
  if (own?.minimum !== null && own?.minimum !== undefined) return Number(own.minimum);
  const byLevel = await db.selectFrom('studyGroupLevelMinimums').select('minimum').where('level', '=', level).executeTakeFirst();
  return byLevel?.minimum ?? 0;
}

/**
 * "每年…N次以上": the fewest sessions any year of the span held, stated only when every year reached the minimum;
 * otherwise marked minimum_not_met so the report leaves the claim out instead of printing a false "以上".
 */
function yearlyFloor(level: StudyGroupLevel, measure: string): RegistryProvider {
  return {
    async count(db, orgId, _at, span): Promise<RegistryCount> {
      const totals = await flowTotals(db, orgId, measure, yearsOf(span));
      const drills = [{ orgId, measure, from: span.from, to: span.to }];
      const recordCount = totals.reduce((n, t) => n + t.count, 0);
      const floor = Math.min(...totals.map((t) => t.value));
      if (recordCount === 0) return { value: 0, recordCount, drills };
      const minimum = await minimumOf(db, orgId, level);
      return floor >= minimum ? { value: floor, recordCount, drills } : { value: floor, recordCount, drills, missing: 'minimum_not_met' };
    },
  };
}

/** Registers the study figures that are judged per year: the city committee's sessions and the department's own. */
export function registerStudyIndicators(registry: IndicatorRegistry): void {
  registry.registerProvider('theory.city_group_yearly', yearlyFloor('city_committee', 'city_group_sessions'));
  registry.registerProvider('theory.department_yearly', yearlyFloor('publicity_department', 'department_study_sessions'));
}
