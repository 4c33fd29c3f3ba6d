import type { Kysely, Transaction } from 'kysely';

/**
 * The whole schema as Kysely sees it. Each module adds its own tables to this interface
 * in its `<entity>.tables.ts` through declaration merging, so a table has one owner.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by module declaration merging
export interface Database {}

/** A handle that is either the pool or an open transaction; repositories accept both. */
export type Db = Kysely<Database> | Transaction<Database>;
