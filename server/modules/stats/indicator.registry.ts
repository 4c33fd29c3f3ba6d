import type { Indicator } from '../../../contracts/stats/indicator.schemas';
import type { DrillDescriptor, RecordLink } from '../../../contracts/stats/query.schemas';
import type { Db } from '../../platform/db/database';
import { INDICATORS, type IndicatorDefinition } from './indicator.catalog';

/** What a registry provider answers for an org's subtree at the end of a day. */
export interface RegistryCount {
  value: number;
  /** Rows behind the value (reading rooms, teams, honours). */
  recordCount: number;
  drills?: DrillDescriptor[];
  /** Names listed with the count (honours, works), or the wording of a milestone. */
  labels?: string[];
  /** Pages listing the rows counted, for drill-through. */
  links?: RecordLink[];
  /** Set when the value may not be stated as the figure claims (a per-year minimum not met every year). */
  missing?: 'minimum_not_met';
}

/** A module's count of its registry rows (venues, volunteer teams, role models, honours) for an org's subtree on a day. */
export interface RegistryProvider {
  /** `span` is the evaluated window, for providers that judge a period (per-year minimums); `at` is its last day. */
  count(db: Db, orgId: number, at: string, span: { from: string; to: string }): Promise<RegistryCount>;
}

/**
 * The indicators of one running app: the catalog from code plus the registry providers that modules register when the
 * server is composed. An indicator whose provider is not registered is listed as unavailable, so figures built on it
 * are reported missing rather than guessed.
 */
export class IndicatorRegistry {
  readonly #providers = new Map<string, RegistryProvider>();
  readonly #definitions: ReadonlyMap<string, IndicatorDefinition>;

  constructor(definitions: readonly IndicatorDefinition[] = INDICATORS) {
    this.#definitions = new Map(definitions.map((d) => [d.code, d]));
  }

  /** Registers the provider of a registry count (e.g. 'venues.reading_rooms'); a name is registered once. */
  registerProvider(name: string, provider: RegistryProvider): void {
    if (this.#providers.has(name)) throw new Error(`Indicator provider ${name} is registered twice`);
    this.#providers.set(name, provider);
  }

  /** The provider registered under a name, if any. */
  provider(name: string): RegistryProvider | undefined {
    return this.#providers.get(name);
  }

  /** One indicator with its availability, or undefined. */
  get(code: string): Indicator | undefined {
    const d = this.#definitions.get(code);
    return d ? { ...d, available: d.formula.op !== 'registry' || this.#providers.has(d.formula.provider) } : undefined;
  }

  /** Every indicator with its availability, in catalog order. */
  list(): Indicator[] {
    return [...this.#definitions.keys()].map((code) => this.get(code)).filter((i): i is Indicator => i !== undefined);
  }
}
