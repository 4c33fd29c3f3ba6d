import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  MonthExportQuerySchema,
  MonthTemplateQuerySchema,
  VenueImportOptionsSchema,
  VenueImportResultSchema,
} from '../../../contracts/venues/venue-import.schemas';
import { DEFAULT_WORKBOOK_LIMITS } from '../../platform/files/xlsx-safety';
import { AppError } from '../../platform/http/app-error';
import { contextOf } from '../../platform/http/context';
import { readUpload } from '../../platform/http/upload';
import { sendWorkbook } from '../../platform/http/xlsx-reply';
import { openOrgsInScope } from '../identity';
import { exportMonths, importMonths, monthTemplate } from './month.sheet';
import { importVenues, MAX_VENUE_IMPORT_ROWS } from './venue.import';
import { findVenueKinds } from './venue.repository';
import { venueTemplate } from './venue.sheet';
import type { VenuesDeps } from './venues.deps';

const tags = ['venues: xlsx'];
const write = { permission: 'venue.write' } as const;
const tooLarge = {
  maxBytes: DEFAULT_WORKBOOK_LIMITS.maxFileBytes,
  tooLarge: 'ACTIVITIES_IMPORT_TOO_LARGE',
  params: { maxRows: MAX_VENUE_IMPORT_ROWS, maxMb: 20 },
} as const;

// One import per user at a time: a second upload while the first is being checked would race it for the same rows.
const busy = new Set<number>();

async function oneAtATime<T>(userId: number, work: () => Promise<T>): Promise<T> {
  if (busy.has(userId)) throw new AppError('VENUES_IMPORT_BUSY');
  busy.add(userId);
  try {
    return await work();
  } finally {
    busy.delete(userId);
  }
}

/** Excel in and out for venues: a template per kind, venue imports, and monthly figures as template, import and export. */
export function venueXlsxRoutes(deps: VenuesDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/venue-kinds/:code/template',
      {
        config: { access: write, probe: () => ({ params: { code: 'practice_station' } }) },
        schema: {
          tags,
          summary: 'The import template of a venue kind, with drop-downs listing the orgs I may record for',
          params: z.object({ code: z.string().max(40) }),
        },
      },
      async (req, reply) => {
        const kind = (await findVenueKinds(deps.db)).find((k) => k.code === req.params.code && k.active);
        if (!kind) throw new AppError('VENUES_KIND_NOT_FOUND', { code: req.params.code });
        const orgs = await openOrgsInScope(deps.db, contextOf(req).actor, 'entry');
        return sendWorkbook(reply, {
          content: await venueTemplate(kind, orgs, MAX_VENUE_IMPORT_ROWS),
          filename: `venue-template-${kind.code}.xlsx`,
          localizedFilename: `${kind.nameZh}导入模板.xlsx`,
        });
      },
    );

    app.post(
      '/venues/imports',
      {
        config: {
          access: write,
          probe: (t) => ({
            multipart: {
              fields: { kindCode: 'practice_station', confirmDuplicates: 'true' },
              file: { filename: 'probe.xlsx', content: Buffer.from(String(t.venueWorkbookA ?? ''), 'base64') },
            },
          }),
        },
        schema: {
          tags,
          summary: `Import one kind's venues from its template (at most ${MAX_VENUE_IMPORT_ROWS} rows): all rows or none. Multipart: kindCode, confirmDuplicates, then file`,
          consumes: ['multipart/form-data'],
          response: { 200: VenueImportResultSchema },
        },
      },
      async (req) => {
        const ctx = contextOf(req);
        const upload = await readUpload(req, tooLarge);
        const options = VenueImportOptionsSchema.safeParse(upload.fields);
        if (!options.success) throw new AppError('COMMON_VALIDATION', {}, [{ path: 'body.kindCode', code: 'COMMON_VALIDATION' }]);
        return oneAtATime(ctx.actor.userId, () => importVenues(deps, ctx, upload.bytes, options.data.kindCode, options.data.confirmDuplicates === 'true'));
      },
    );

    app.get(
      '/venues/months/template',
      {
        config: { access: write, probe: () => ({ query: { kindCode: 'practice_station', month: '2023-05' } }) },
        schema: { tags, summary: 'A month’s sheet: the venues of a kind I report for, with what is already entered', querystring: MonthTemplateQuerySchema },
      },
      async (req, reply) => sendWorkbook(reply, await monthTemplate(deps, contextOf(req), req.query.kindCode, req.query.month)),
    );

    app.get(
      '/venues/months/export',
      {
        config: { access: { permission: 'venue.read' }, probe: (t) => ({ query: { orgId: Number(t.countyA), kindCode: 'practice_station', year: 2023 } }) },
        schema: { tags, summary: 'A year of monthly figures of one kind’s venues; unreported months stay blank', querystring: MonthExportQuerySchema },
      },
      async (req, reply) => sendWorkbook(reply, await exportMonths(deps, contextOf(req), req.query)),
    );

    app.post(
      '/venues/months/imports',
      {
        config: {
          access: write,
          probe: (t) => ({ multipart: { fields: {}, file: { filename: 'probe.xlsx', content: Buffer.from(String(t.monthWorkbookA ?? ''), 'base64') } } }),
        },
        schema: {
          tags,
          summary: 'Import monthly figures from the month sheet or an exported year: all rows or none; blank rows are skipped',
          consumes: ['multipart/form-data'],
          response: { 200: VenueImportResultSchema },
        },
      },
      async (req) => {
        const ctx = contextOf(req);
        const upload = await readUpload(req, tooLarge);
        return oneAtATime(ctx.actor.userId, () => importMonths(deps, ctx, upload.bytes));
      },
    );
  };
}
