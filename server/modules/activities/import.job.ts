import { randomUUID } from 'node:crypto';
import { sql, type Updateable } from 'kysely';
import type { ActivityType } from '../../../contracts/activities/activity-type.schemas';
import { fieldValuesSchema } from '../../../contracts/activities/field-values';
import type { ImportJob, ImportRowError } from '../../../contracts/activities/import.schemas';
import { formatMessage } from '../../../contracts/common/locale';
import { ERRORS, type ErrorCode } from '../../../contracts/errors';
import { headerMismatch, readImportSheet } from '../../platform/files/import-sheet';
import type { RequestContext } from '../../platform/http/actor';
import { AppError } from '../../platform/http/app-error';
import type { Upload } from '../../platform/http/upload';
import { auditActorOf, openOrgsInScope, recordAudit } from '../identity';
import type { ActivitiesDeps } from './activities.deps';
import type { ActivityImportTable } from './activities.tables';
import type { ImportStatus } from '../../../contracts/activities/import.schemas';
import { findActivityType } from './activity-type.repository';
import type { RawCell } from '../../platform/files/sheet-cells';
import { orgResolver } from '../../platform/files/sheet-orgs';
import { type ImportedRow, isSkippedRow, readRow } from './import.rows';
import { referenceNames } from './references';
import { sheetColumns } from './xlsx-columns';

/** The most data rows one import takes; larger sets are split, so one mistake never holds back a month of work. */
export const MAX_IMPORT_ROWS = 20_000;
/** Errors kept on a job; the count says how many there were in all. */
const KEPT_ERRORS = 500;
const INSERT_BATCH = 5000;
const PROGRESS_EVERY = 1000;

interface Failure {
  code: ErrorCode;
  params: Record<string, unknown>;
}

class ImportRefused extends Error {
  constructor(readonly failure: Failure) {
    super(failure.code);
  }
}

async function setJob(deps: ActivitiesDeps, id: string, values: Updateable<ActivityImportTable>): Promise<void> {
  await deps.db.updateTable('activityImports').set(values).where('id', '=', id).execute();
}

/** The first worksheet's rows as raw cells, after refusing files that are not xlsx, too big, or too long. */
async function readSheet(bytes: Buffer): Promise<RawCell[][]> {
  const sheet = await readImportSheet(bytes, MAX_IMPORT_ROWS);
  if (sheet.ok) return sheet.rows;
  if (sheet.problem === 'not_xlsx') throw new ImportRefused({ code: 'ACTIVITIES_IMPORT_NOT_XLSX', params: {} });
  throw new ImportRefused({ code: 'ACTIVITIES_IMPORT_TOO_LARGE', params: { maxRows: MAX_IMPORT_ROWS, maxMb: 200 } });
}

function checkHeaders(type: ActivityType, header: RawCell[]): void {
  const mismatch = headerMismatch(
    sheetColumns(type).map((c) => c.header),
    header,
  );
  if (mismatch) throw new ImportRefused({ code: 'ACTIVITIES_IMPORT_HEADERS', params: mismatch });
}

/** Commit progress of running imports: written inside the commit's transaction it would stay invisible until the end. */
const commitProgress = new Map<string, number>();

/**
 * Writes every row in one transaction: ids are reserved from the sequence first, then records and their history go in
 * as a few array-parameter statements (one statement per 5,000 rows, not one per row), and the job is marked done
 * in the same transaction, so "done" and "committed" are one fact.
 */
async function insertRows(deps: ActivitiesDeps, ctx: RequestContext, jobId: string, type: ActivityType, rows: ImportedRow[], submit: boolean): Promise<void> {
  await deps.db.transaction().execute(async (tx) => {
    // The job row is the commit's lock: an attempt that follows one cut off after its commit finds it done.
    const job = await tx.selectFrom('activityImports').select('status').where('id', '=', jobId).forUpdate().executeTakeFirstOrThrow();
    if (job.status === 'done') return;
    const now = new Date().toISOString();
    const reserved = await sql<{ id: number }>`
      select nextval(pg_get_serial_sequence('activities', 'id'))::int as id from generate_series(1, ${rows.length})`.execute(tx);
    const ids = reserved.rows.map((r) => r.id);
    for (let i = 0; i < rows.length; i += INSERT_BATCH) {
      const batch = rows.slice(i, i + INSERT_BATCH);
      const batchIds = ids.slice(i, i + INSERT_BATCH);
      await sql`
        insert into activities (id, type_code, org_id, title, starts_at, ends_at, fields, refs, status, version, created_by, submitted_at)
        select u.id, ${type.code}, u.org_id, u.title, u.starts_at::timestamptz, u.ends_at::timestamptz, u.fields::jsonb, u.refs::jsonb,
          ${submit ? 'submitted' : 'draft'}, ${submit ? 2 : 1}, ${ctx.actor.userId}, ${submit ? now : null}::timestamptz
        from unnest(${batchIds}::int[], ${batch.map((r) => r.orgId)}::int[], ${batch.map((r) => r.title)}::text[],
          ${batch.map((r) => r.startsAt)}::text[], ${batch.map((r) => r.endsAt)}::text[], ${batch.map((r) => JSON.stringify(r.fields))}::text[],
          ${batch.map((r) => JSON.stringify(r.refs))}::text[])
          as u (id, org_id, title, starts_at, ends_at, fields, refs)`.execute(tx);
      const created = batch.map((r) => JSON.stringify({ importId: jobId, row: r.row }));
      await sql`
        insert into activity_history (activity_id, version, user_id, username, action, changes)
        select u.id, 1, ${ctx.actor.userId}, ${ctx.actor.username}, 'import', u.changes::jsonb
        from unnest(${batchIds}::int[], ${created}::text[]) as u (id, changes)`.execute(tx);
      if (submit) {
        const change = JSON.stringify({ status: { before: 'draft', after: 'submitted' } });
        await sql`
          insert into activity_history (activity_id, version, user_id, username, action, changes)
          select u.id, 2, ${ctx.actor.userId}, ${ctx.actor.username}, 'submit', ${change}::jsonb from unnest(${batchIds}::int[]) as u (id)`.execute(tx);
      }
      commitProgress.set(jobId, Math.min(rows.length, i + INSERT_BATCH));
    }
    const first = ids[0] ?? 0;
    const last = ids.at(-1) ?? 0;
    await recordAudit(tx, auditActorOf(ctx), {
      action: 'activity.import',
      targetType: 'activity',
      ...(first ? { targetId: first } : {}),
      summary: { importId: jobId, typeCode: type.code, rows: rows.length, firstId: first, lastId: last, submitted: submit },
    });
    await tx
      .updateTable('activityImports')
      .set({ status: 'done', processedRows: rows.length, importedRows: rows.length, finishedAt: new Date(), workbook: null })
      .where('id', '=', jobId)
      .execute();
  });
}

async function run(deps: ActivitiesDeps, ctx: RequestContext, jobId: string, type: ActivityType, bytes: Buffer, submit: boolean): Promise<void> {
  const sheet = await readSheet(bytes);
  checkHeaders(type, sheet[0] ?? []);
  const data = sheet
    .slice(1)
    .map((cells, i) => ({ n: i + 2, cells }))
    .filter((r) => !isSkippedRow(r.cells));
  if (data.length === 0) throw new ImportRefused({ code: 'ACTIVITIES_IMPORT_EMPTY', params: {} });
  await setJob(deps, jobId, { status: 'validating', totalRows: data.length });
  const orgs = await openOrgsInScope(deps.db, ctx.actor, 'entry');
  const context = {
    columns: sheetColumns(type),
    type,
    resolveOrg: orgResolver(orgs),
    references: await referenceNames(deps, deps.db, type.fields, orgs.map((o) => o.id)),
    timezone: deps.config.timezone,
    locale: ctx.locale,
    submit,
    now: Date.now(),
    schema: fieldValuesSchema(type.fields),
  };
  const good: ImportedRow[] = [];
  const errors: ImportRowError[] = [];
  let errorCount = 0;
  for (let i = 0; i < data.length; i++) {
    const { n, cells } = data[i] as { n: number; cells: RawCell[] };
    const read = readRow(n, cells, context);
    if (read.ok) good.push(read.row);
    else {
      errorCount += read.errors.length;
      errors.push(...read.errors.slice(0, Math.max(0, KEPT_ERRORS - errors.length)));
    }
    if ((i + 1) % PROGRESS_EVERY === 0) {
      await setJob(deps, jobId, { processedRows: i + 1 });
      // Validation is CPU work on the server's thread: yield so other requests (and this job's polls) are served.
      await new Promise((r) => setImmediate(r));
    }
  }
  if (errorCount > 0) {
    const failure: Failure = { code: 'ACTIVITIES_IMPORT_ROWS', params: { count: new Set(errors.map((e) => e.row)).size } };
    await setJob(deps, jobId, {
      status: 'failed',
      processedRows: data.length,
      errors: JSON.stringify(errors),
      errorCount,
      failure: JSON.stringify(failure),
      finishedAt: new Date(),
      workbook: null,
    });
    return;
  }
  await setJob(deps, jobId, { status: 'committing', processedRows: 0 });
  await insertRows(deps, ctx, jobId, type, good, submit);
}

/** The queue name of activity imports. */
export const IMPORT_JOB = 'activities.import';

interface ImportJobPayload {
  importId: string;
  /** The importer as they were when they uploaded: their entry scope then decides which orgs the rows may name. */
  ctx: RequestContext;
}

const LIVE: ImportStatus[] = ['reading', 'validating', 'committing'];

async function failImport(deps: ActivitiesDeps, id: string, failure: Failure): Promise<void> {
  await deps.db
    .updateTable('activityImports')
    .set({ status: 'failed', failure: JSON.stringify(failure), finishedAt: new Date(), workbook: null })
    .where('id', '=', id)
    .where('status', 'in', LIVE)
    .execute();
}

async function runQueued(deps: ActivitiesDeps, p: ImportJobPayload): Promise<void> {
  const row = await deps.db.selectFrom('activityImports').select(['status', 'typeCode', 'submit', 'workbook']).where('id', '=', p.importId).executeTakeFirst();
  if (!row || !LIVE.includes(row.status) || !row.workbook) return;
  const type = await findActivityType(deps.db, row.typeCode);
  try {
    if (!type?.active) throw new ImportRefused({ code: 'ACTIVITIES_TYPE_NOT_FOUND', params: { code: row.typeCode } });
    await run(deps, p.ctx, p.importId, type, Buffer.from(row.workbook), row.submit);
  } catch (err) {
    if (!(err instanceof ImportRefused)) {
      deps.log?.(err, p.importId);
      await setJob(deps, p.importId, { status: 'reading', processedRows: 0 });
      throw err;
    }
    await failImport(deps, p.importId, err.failure);
  } finally {
    commitProgress.delete(p.importId);
  }
}

/** Declares imports on the job queue: tried again after a crash (nothing of an attempt is committed unless all is), then failed with the reason. */
export function defineImportJob(deps: ActivitiesDeps): void {
  deps.jobs.define<ImportJobPayload>({
    name: IMPORT_JOB,
    retryLimit: 2,
    expireInSeconds: 1800,
    run: (p) => runQueued(deps, p),
    giveUp: (p, reason) =>
      failImport(
        deps,
        p.importId,
        reason.startsWith('interrupted')
          ? { code: 'ACTIVITIES_IMPORT_INTERRUPTED', params: {} }
          : { code: 'COMMON_INTERNAL', params: { requestId: p.importId.slice(0, 8) } },
      ),
  });
}

/** Queues an import of one type's workbook for the caller; the answer comes at once and the job is polled. */
export async function startImport(deps: ActivitiesDeps, ctx: RequestContext, upload: Upload, typeCode: string, submit: boolean): Promise<ImportJob> {
  const type = await findActivityType(deps.db, typeCode);
  if (!type?.active) throw new AppError('ACTIVITIES_TYPE_NOT_FOUND', { code: typeCode });
  const id = randomUUID();
  await deps.db.transaction().execute(async (tx) => {
    // One live import per user; the advisory lock keeps two uploads at once from both passing the check.
    await sql`select pg_advisory_xact_lock(hashtext('activities.import'), ${ctx.actor.userId})`.execute(tx);
    const busy = await tx.selectFrom('activityImports').select('id').where('createdBy', '=', ctx.actor.userId).where('status', 'in', LIVE).executeTakeFirst();
    if (busy) throw new AppError('ACTIVITIES_IMPORT_BUSY');
    await tx
      .insertInto('activityImports')
      .values({
        id,
        typeCode: type.code,
        filename: upload.filename,
        status: 'reading',
        errors: '[]',
        failure: null,
        submit,
        createdBy: ctx.actor.userId,
        finishedAt: null,
        workbook: upload.bytes,
      })
      .execute();
    const jobCtx: RequestContext = { ...ctx, actor: { ...ctx.actor, csrfToken: '', sessionId: 'import-job' } };
    await deps.jobs.enqueue(tx, IMPORT_JOB, { importId: id, ctx: jobCtx });
  });
  return getImportJob(deps, ctx, id);
}

/** One of the caller's own import jobs; another user's job is not found. */
export async function getImportJob(deps: ActivitiesDeps, ctx: RequestContext, id: string): Promise<ImportJob> {
  const row = await deps.db
    .selectFrom('activityImports')
    .select([
      'id',
      'typeCode',
      'filename',
      'status',
      'totalRows',
      'processedRows',
      'importedRows',
      'errorCount',
      'failure',
      'submit',
      'createdAt',
      'finishedAt',
    ])
    .select(sql<string>`errors::text`.as('errorsJson'))
    .where('id', '=', id)
    .where('createdBy', '=', ctx.actor.userId)
    .executeTakeFirst();
  if (!row) throw new AppError('COMMON_NOT_FOUND');
  const failure = row.failure ? (JSON.parse(row.failure) as Failure) : null;
  return {
    id: row.id,
    typeCode: row.typeCode,
    filename: row.filename,
    status: row.status,
    totalRows: row.totalRows,
    processedRows: row.status === 'committing' ? (commitProgress.get(row.id) ?? 0) : row.processedRows,
    importedRows: row.importedRows,
    errors: JSON.parse(row.errorsJson) as ImportRowError[],
    errorCount: row.errorCount,
    failure: failure ? formatMessage(ERRORS[failure.code].message[ctx.locale], failure.params) : null,
    submit: row.submit,
    createdAt: new Date(row.createdAt).toISOString(),
    finishedAt: row.finishedAt ? new Date(row.finishedAt).toISOString() : null,
  };
}
