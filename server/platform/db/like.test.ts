import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectPglite, connectPostgres, type DbHandle } from './connect';
import { containsPattern, prefixPattern } from './like';

let dbh: DbHandle;

beforeAll(async () => {
  dbh = process.env.DATABASE_URL ? connectPostgres(process.env.DATABASE_URL, 1) : await connectPglite('memory://');
});
afterAll(async () => {
  await dbh?.close();
});

async function matches(value: string, pattern: string): Promise<boolean> {
  const r = await sql<{ m: boolean }>`select ${value}::text like ${pattern}::text as m`.execute(dbh.db);
  return r.rows[0]?.m === true;
}

describe('LIKE patterns', () => {
  it('match metacharacters literally', async () => {
    expect(await matches('a_b', containsPattern('_'))).toBe(true);
    expect(await matches('ab', containsPattern('_'))).toBe(false);
    expect(await matches('50%off', containsPattern('0%o'))).toBe(true);
    expect(await matches('500off', containsPattern('0%o'))).toBe(false);
    expect(await matches('a\\b', containsPattern('\\'))).toBe(true);
    expect(await matches('ab', containsPattern('\\'))).toBe(false);
  });

  it('anchor a prefix at the start', async () => {
    expect(await matches('zhang_san', prefixPattern('zhang_'))).toBe(true);
    expect(await matches('zhangsan', prefixPattern('zhang_'))).toBe(false);
    expect(await matches('li_zhang_', prefixPattern('zhang_'))).toBe(false);
  });
});
