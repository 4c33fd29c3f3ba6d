import { sql } from 'kysely';
import type { Db } from './database';

/**
 * How many rows of each table reference a missing row, over every foreign key of the public schema: one set-based
 * query per key, the check a bulk load runs once instead of per row. An empty map means every reference holds.
 */
export async function orphanReferences(db: Db, tables: string[]): Promise<Map<string, number>> {
  const keys = await sql<{ name: string; child: string; parent: string; childCols: string[]; parentCols: string[] }>`
    select con.conname::text as name, c.relname::text as child, p.relname::text as parent,
      array(select a.attname::text from unnest(con.conkey) with ordinality k(n, o) join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.n order by k.o) as "childCols",
      array(select a.attname::text from unnest(con.confkey) with ordinality k(n, o) join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.n order by k.o) as "parentCols"
    from pg_constraint con
    join pg_class c on c.oid = con.conrelid
    join pg_class p on p.oid = con.confrelid
    join pg_namespace ns on ns.oid = c.relnamespace
    where con.contype = 'f' and ns.nspname = 'public' and c.relname = any(${tables})`.execute(db);
  const out = new Map<string, number>();
  for (const k of keys.rows) {
    const on = sql.join(
      k.childCols.map((col, i) => sql`p.${sql.ref(k.parentCols[i] ?? col)} = c.${sql.ref(col)}`),
      sql` and `,
    );
    const notNull = sql.join(
      k.childCols.map((col) => sql`c.${sql.ref(col)} is not null`),
      sql` and `,
    );
    const res = await sql<{ n: number }>`
      select count(*)::int as n from ${sql.table(k.child)} c
      where ${notNull} and not exists (select 1 from ${sql.table(k.parent)} p where ${on})`.execute(db);
    const n = res.rows[0]?.n ?? 0;
    if (n > 0) out.set(`${k.child}.${k.name}`, n);
  }
  return out;
}
