import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ActivityListQuerySchema } from '../../../contracts/activities/activity.schemas';
import { ImportIdParamsSchema, ImportJobSchema, ImportOptionsSchema, TemplateParamsSchema } from '../../../contracts/activities/import.schemas';
import { DEFAULT_WORKBOOK_LIMITS } from '../../platform/files/xlsx-safety';
import { AppError } from '../../platform/http/app-error';
import { contextOf } from '../../platform/http/context';
import { sendWorkbook } from '../../platform/http/xlsx-reply';
import { readUpload } from '../../platform/http/upload';
import { openOrgsInScope } from '../identity';
import type { ActivitiesDeps } from './activities.deps';
import { exportActivities } from './activity.export';
import { templateWorkbook } from './activity.template';
import { findActivityType } from './activity-type.repository';
import { getImportJob, MAX_IMPORT_ROWS, startImport } from './import.job';

const tags = ['activities: xlsx'];
const ExportQuerySchema = ActivityListQuerySchema.omit({ page: true, pageSize: true });

/** Excel in and out: a template per type, imports as polled jobs (all rows or none), and exports of any filtered list. */
export function importRoutes(deps: ActivitiesDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/activity-types/:code/template',
      {
        config: { access: { permission: 'activity.write' }, probe: () => ({ params: { code: 'lecture' } }) },
        schema: { tags, summary: 'The import template of a type, with drop-downs listing the orgs I may record for', params: TemplateParamsSchema },
      },
      async (req, reply) => {
        const ctx = contextOf(req);
        const type = await findActivityType(deps.db, req.params.code);
        if (!type?.active) throw new AppError('ACTIVITIES_TYPE_NOT_FOUND', { code: req.params.code });
        const orgs = await openOrgsInScope(deps.db, ctx.actor, 'entry');
        return sendWorkbook(reply, {
          content: await templateWorkbook(type, orgs),
          filename: `template-${type.code}.xlsx`,
          localizedFilename: `${type.nameZh}导入模板.xlsx`,
        });
      },
    );

    app.post(
      '/activities/imports',
      {
        config: {
          access: { permission: 'activity.write' },
          probe: (t) => ({
            multipart: {
              fields: { typeCode: 'lecture', submit: 'true' },
              file: { filename: 'probe.xlsx', content: Buffer.from(String(t.importWorkbookA ?? ''), 'base64') },
            },
          }),
        },
        schema: {
          tags,
          summary: `Import one type's records from its template (at most ${MAX_IMPORT_ROWS} rows); answers 202 with a job to poll. Multipart: typeCode, submit, then file`,
          consumes: ['multipart/form-data'],
          response: { 202: ImportJobSchema },
        },
      },
      async (req, reply) => {
        const upload = await readUpload(req, {
          maxBytes: DEFAULT_WORKBOOK_LIMITS.maxFileBytes,
          tooLarge: 'ACTIVITIES_IMPORT_TOO_LARGE',
          params: { maxRows: MAX_IMPORT_ROWS, maxMb: 20 },
        });
        const options = ImportOptionsSchema.safeParse(upload.fields);
        if (!options.success) throw new AppError('COMMON_VALIDATION', {}, [{ path: 'body.typeCode', code: 'COMMON_VALIDATION' }]);
        const job = await startImport(deps, contextOf(req), upload, options.data.typeCode, options.data.submit === 'true');
        return reply.status(202).send(job);
      },
    );

    app.get(
      '/activities/imports/:id',
      {
        config: { access: { permission: 'activity.write' }, probe: (t) => ({ params: { id: String(t.importA) } }) },
        schema: { tags, summary: 'Progress and outcome of one of my imports', params: ImportIdParamsSchema, response: { 200: ImportJobSchema } },
      },
      async (req) => getImportJob(deps, contextOf(req), req.params.id),
    );

    app.get(
      '/activities/export',
      {
        config: { access: { permission: 'activity.read' }, probe: (t) => ({ query: { orgId: Number(t.countyA) } }) },
        schema: {
          tags,
          summary: 'The filtered list as xlsx (at most 50,000 rows); cells that could run as formulas are escaped',
          querystring: ExportQuerySchema,
        },
      },
      async (req, reply) => {
        const file = await exportActivities(deps, contextOf(req), req.query);
        return sendWorkbook(reply, file);
      },
    );
  };
}
