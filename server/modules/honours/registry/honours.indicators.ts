import type { TitleKind, TitleLevel } from '../../../../contracts/honours/title.schemas';
import type { Db } from '../../../platform/db/database';
import { INDICATORS, type IndicatorRegistry, type RegistryCount } from '../../stats';
import { subtreeIds } from '../honours.shared';
import { servingOn } from './ambassador.service';
import { heldOn } from './role-model.service';

// Works and creation projects are honours too; the catalogue files them under culture, the register keeps them.
const CULTURE_PROVIDERS = new Set(['culture.wuge_yi_works', 'culture.key_projects']);
const servedByRegister = (provider: string) => provider.startsWith('honours.') || CULTURE_PROVIDERS.has(provider);

/** The catalogue's indicators a category of the honours register may provide, by code, with their provider names. */
export const REGISTER_INDICATORS: ReadonlyMap<string, string> = new Map(
  INDICATORS.flatMap((d) => (d.formula.op === 'registry' && servedByRegister(d.formula.provider) ? [[d.code, d.formula.provider] as const] : [])),
);

/** The catalogue's role-model counts: which titles each counts, by kind and level; nominee awards count with their level. */
const ROLE_MODEL_COUNTS: [provider: string, kind: TitleKind, levels: TitleLevel[]][] = [
  ['nominations.national_moral_models', 'moral_model', ['national']],
  ['nominations.provincial_city_moral_models', 'moral_model', ['provincial', 'city']],
  ['nominations.china_good_people', 'good_person', ['national']],
  ['nominations.provincial_good_people', 'good_person', ['provincial']],
  ['nominations.city_good_people', 'good_person', ['city']],
];

function roleModelCount(kind: TitleKind, levels: TitleLevel[]) {
  return async (db: Db, orgId: number, at: string): Promise<RegistryCount> => {
    const row = await heldOn(db, orgId, at, { kind, levels })
      .clearSelect()
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    const n = Number(row.n);
    const path = `/honours/role-models?orgId=${orgId}&kind=${kind}&${levels.map((l) => `level=${l}`).join('&')}&at=${at}`;
    return { value: n, recordCount: n, links: [{ label: '先进典型名录', path }] };
  };
}

/**
 * A category's figure for an org's subtree: the honours given within the period ('period') or held at its end ('held'),
 * as their number, their best rank, or their names as the report writes them.
 */
function categoryCount(indicatorCode: string) {
  return async (db: Db, orgId: number, at: string, span: { from: string; to: string }): Promise<RegistryCount> => {
    const category = await db
      .selectFrom('honourCategories')
      .select(['code', 'counting', 'timeWindow', 'labelFrom', 'nameZh'])
      .where('indicatorCode', '=', indicatorCode)
      .where('active', '=', true)
      .executeTakeFirst();
    if (!category) return { value: 0, recordCount: 0 };
    let q = db
      .selectFrom('honours')
      .select(['id', 'name', 'subjectName', 'citation', 'rank'])
      .where('categoryCode', '=', category.code)
      .where('orgId', 'in', subtreeIds({ db }, orgId))
      .where('awardedOn', '<=', at)
      .where((eb) => eb.or([eb('revokedOn', 'is', null), eb('revokedOn', '>', at)]));
    if (category.timeWindow === 'period') q = q.where('awardedOn', '>=', span.from);
    const rows = await q.orderBy('awardedOn').orderBy('id').execute();
    const from = category.timeWindow === 'period' ? `&from=${span.from}` : '';
    const links = [{ label: category.nameZh, path: `/honours/register?orgId=${orgId}&category=${category.code}${from}&to=${at}` }];
    const labels = rows.map((r) => (category.labelFrom === 'subject' ? r.subjectName : category.labelFrom === 'citation' ? (r.citation ?? r.name) : r.name));
    if (category.counting === 'rank') {
      const ranks = rows.flatMap((r) => (r.rank === null ? [] : [r.rank]));
      return { value: ranks.length === 0 ? 0 : Math.min(...ranks), recordCount: ranks.length, links };
    }
    // Citations are clauses of one sentence, joined as the writer would; names are listed by the report.
    const words = category.labelFrom === 'citation' ? (labels.length > 0 ? [labels.join('，')] : []) : [...new Set(labels)];
    return { value: rows.length, recordCount: rows.length, labels: words, links };
  };
}

async function readingAmbassadors(db: Db, orgId: number, at: string): Promise<RegistryCount> {
  const rows = await servingOn(db, orgId, at).execute();
  return {
    value: rows.length,
    recordCount: rows.length,
    labels: rows.map((r) => r.name),
    links: [{ label: '阅读推广形象大使', path: `/honours/register?tab=ambassadors&orgId=${orgId}` }],
  };
}

/** Registers the role-model and honours counts the report's figures are built on. */
export function registerHonourIndicators(registry: IndicatorRegistry): void {
  for (const [provider, kind, levels] of ROLE_MODEL_COUNTS) registry.registerProvider(provider, { count: roleModelCount(kind, levels) });
  for (const [code, provider] of REGISTER_INDICATORS) registry.registerProvider(provider, { count: categoryCount(code) });
  registry.registerProvider('culture.reading_ambassadors', { count: readingAmbassadors });
}
