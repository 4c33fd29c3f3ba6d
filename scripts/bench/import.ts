import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import type { ImportJob } from '../../contracts/activities/import.schemas';
import { sheetColumns } from '../../server/modules/activities/xlsx-columns';
import { findActivityType } from '../../server/modules/activities/activity-type.repository';
import type { DbHandle } from '../../server/platform/db/connect';
import { createTestUser, signIn } from '../../server/test/harness';
import { multipartBody } from '../../server/test/multipart';

/** Rows per second of the xlsx import (upload to committed, through HTTP) beside COPY of the same rows. */
export interface ImportFigures {
  rows: number;
  xlsxSeconds: number;
  xlsxRowsPerSec: number;
  copySeconds: number;
  copyRowsPerSec: number;
}

interface Row {
  title: string;
  start: string;
  end: string;
  topic: string;
  online: boolean;
  audience: number;
}

function rowsFor(n: number): Row[] {
  return Array.from({ length: n }, (_, i) => {
    const day = 1 + (i % 28);
    const month = 1 + (Math.floor(i / 28) % 12);
    const d = `2023-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return {
      title: `基准宣讲${i}`,
      start: `${d} 09:00`,
      end: `${d} 11:00`,
      topic: '二十大精神',
      online: i % 5 === 0,
      audience: 20 + (i % 200),
    };
  });
}

/** Imports `n` lecture rows for one township through the real HTTP route, then COPYs the same rows, and times both. */
export async function benchImport(dbh: DbHandle, app: FastifyInstance, n: number): Promise<ImportFigures> {
  const township = await dbh.db
    .selectFrom('orgs')
    .select(['id', 'name', 'code'])
    .where('level', '=', 'township')
    .where('kind', '=', 'region')
    .orderBy('id')
    .executeTakeFirstOrThrow();
  await createTestUser(dbh.db, { username: 'bench_clerk', orgId: township.id, roles: ['township_clerk'], view: [township.id] });
  const client = await signIn(app, 'bench_clerk');
  const type = await findActivityType(dbh.db, 'lecture');
  if (!type) throw new Error('lecture type missing');
  const rows = rowsFor(n);
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('理论宣讲');
  const columns = sheetColumns(type);
  sheet.addRow(columns.map((c) => c.header));
  const org = `${township.name}（${township.code}）`;
  for (const r of rows) {
    const base = [org, r.title, r.start, r.end];
    const fields: Record<string, string | number> = { topic: r.topic, mode: r.online ? '线上' : '线下', audience: r.audience };
    sheet.addRow(columns.map((c) => (c.kind === 'base' ? base[c.index] : fields[c.field.key]) ?? null));
  }
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());

  const t0 = process.hrtime.bigint();
  const form = multipartBody({ typeCode: 'lecture', submit: 'false' }, { filename: 'bench.xlsx', content: bytes });
  const res = await client.request({ method: 'POST', url: '/api/activities/imports', body: form.payload, headers: form.headers });
  let job = res.json() as ImportJob;
  while (job.status !== 'done' && job.status !== 'failed') {
    await new Promise((r) => setTimeout(r, 25));
    job = (await client.request({ method: 'GET', url: `/api/activities/imports/${job.id}` })).json() as ImportJob;
  }
  const xlsxSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (job.status !== 'done' || job.importedRows !== n) throw new Error(`benchmark import failed: ${job.failure} ${JSON.stringify(job.errors.slice(0, 3))}`);

  const user = await dbh.db.selectFrom('users').select('id').where('username', '=', 'bench_clerk').executeTakeFirstOrThrow();
  const text = rows
    .map((r) => {
      const fields = JSON.stringify({ topic: r.topic, mode: r.online ? 'online' : 'offline', audience: r.audience });
      return [`lecture`, township.id, `${r.title}副本`, `${r.start}:00+08`, `${r.end}:00+08`, fields, 'draft', 1, user.id].join('\t');
    })
    .join('\n');
  const t1 = process.hrtime.bigint();
  await dbh.copyRows('activities', ['type_code', 'org_id', 'title', 'starts_at', 'ends_at', 'fields', 'status', 'version', 'created_by'], `${text}\n`);
  const copySeconds = Number(process.hrtime.bigint() - t1) / 1e9;
  return { rows: n, xlsxSeconds, xlsxRowsPerSec: Math.round(n / xlsxSeconds), copySeconds, copyRowsPerSec: Math.round(n / copySeconds) };
}
