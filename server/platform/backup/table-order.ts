import { sql } from 'kysely';
import type { Db } from '../db/database';

/** The schema's own bookkeeping, written by migrations at the target and never copied. */
const MIGRATION_TABLES = new Set(['kysely_migration', 'kysely_migration_lock']);

/** A table to carry: its name and the columns a row is written with (generated columns are left to the database). */
export interface CarriedTable {
  name: string;
  columns: string[];
}

/**
 * The tables of the public schema in an order where every table comes after the tables its foreign keys point at, so
 * rows load without deferring checks; a self-reference is checked at the end of each statement and needs no order.
 */
export async function tablesInLoadOrder(db: Db): Promise<CarriedTable[]> {
  const tables = await sql<{ name: string }>`
    select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition order by c.relname`.execute(db);
  const deps = await sql<{ child: string; parent: string }>`
    select cc.relname as child, pc.relname as parent from pg_constraint k
    join pg_class cc on cc.oid = k.conrelid join pg_class pc on pc.oid = k.confrelid
    join pg_namespace n on n.oid = cc.relnamespace
    where k.contype = 'f' and n.nspname = 'public' and cc.relname <> pc.relname`.execute(db);
  const columns = await sql<{ table: string; column: string }>`
    select table_name as table, column_name as column from information_schema.columns
    where table_schema = 'public' and is_generated = 'NEVER' order by table_name, ordinal_position`.execute(db);
  const names = tables.rows.map((t) => t.name).filter((n) => !MIGRATION_TABLES.has(n));
  const parents = new Map(names.map((n) => [n, new Set<string>()]));
  for (const d of deps.rows) parents.get(d.child)?.add(d.parent);
  const ordered: string[] = [];
  const placed = new Set<string>();
  while (ordered.length < names.length) {
    const ready = names.filter((n) => !placed.has(n) && [...(parents.get(n) ?? [])].every((p) => placed.has(p) || !parents.has(p)));
    if (ready.length === 0) throw new Error(`foreign keys form a cycle among ${names.filter((n) => !placed.has(n)).join(', ')}`);
    for (const n of ready) {
      ordered.push(n);
      placed.add(n);
    }
  }
  const byTable = new Map<string, string[]>();
  for (const c of columns.rows) byTable.set(c.table, [...(byTable.get(c.table) ?? []), c.column]);
  return ordered.map((name) => ({ name, columns: byTable.get(name) ?? [] }));
}
