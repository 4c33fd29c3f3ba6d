import type { Measure } from '../../../contracts/stats/measure.schemas';
import type { Db } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import './stats.tables';

/** Every measure, ordered by code. */
export async function findMeasures(db: Db): Promise<Measure[]> {
  return db.selectFrom('statMeasures').selectAll().orderBy('code').execute();
}

/** The measures named by `codes`, in that order; STATS_UNKNOWN_MEASURE names the first unknown code. */
export async function getMeasures(db: Db, codes: readonly string[]): Promise<Measure[]> {
  const rows = await db
    .selectFrom('statMeasures')
    .selectAll()
    .where('code', 'in', [...codes])
    .execute();
  const byCode = new Map(rows.map((r) => [r.code, r]));
  return codes.map((code) => {
    const measure = byCode.get(code);
    if (!measure) throw new AppError('STATS_UNKNOWN_MEASURE', { measure: code });
    return measure;
  });
}
