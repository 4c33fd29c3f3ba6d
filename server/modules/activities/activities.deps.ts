import type { Kysely } from 'kysely';
import type { ReferenceKind, ReferenceSnapshot } from '../../../contracts/activities/field-declaration';
import type { Db } from '../../platform/db/database';
import type { Config } from '../../platform/config';
import type { Database } from '../../platform/db/database';
import type { JobQueue } from '../../platform/jobs/job-queue';
import type { FileStorage } from '../../platform/storage/storage';

/** A registry a reference field points into, provided by the module that owns it. */
export interface ReferenceResolver {
  /** What the registry is called in messages, e.g. 中心组. */
  label: { 'zh-CN': string; en: string };
  /** The active records the orgs' own records may point at, with the org each belongs to; a record cites only its own org's. */
  choices(db: Db, orgIds: readonly number[]): Promise<(ReferenceSnapshot & { orgId: number })[]>;
}

/** What the activities services need from the platform. */
export interface ActivitiesDeps {
  db: Kysely<Database>;
  config: Config;
  storage: FileStorage;
  jobs: JobQueue;
  /** The registries reference fields point into; a field whose registry has no resolver is refused. */
  references?: Partial<Record<ReferenceKind, ReferenceResolver>>;
  /** Where background work reports errors no request is waiting for. */
  log?: (err: unknown, context: string) => void;
}
