import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParamsSchema, VolunteerImportResultSchema } from '../../../../contracts/volunteers';
import { DEFAULT_WORKBOOK_LIMITS } from '../../../platform/files/xlsx-safety';
import { contextOf } from '../../../platform/http/context';
import { readUpload } from '../../../platform/http/upload';
import { sendWorkbook } from '../../../platform/http/xlsx-reply';
import { importVolunteers, MAX_VOLUNTEER_IMPORT_ROWS, volunteerTemplate } from '../registration/volunteer.import';
import type { VolunteersDeps } from '../volunteers.deps';

const tags = ['volunteers: xlsx'];
const write = { permission: 'volunteer.write' } as const;

/** A team's people registered in bulk: the sheet with the communities one may register for, and its all-or-nothing import. */
export function teamImportRoutes(deps: VolunteersDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/volunteer-teams/:id/import-template',
      {
        config: { access: write, probe: (t) => ({ params: { id: String(t.teamA) } }) },
        schema: { tags, summary: 'The sheet for registering a team’s people, with the communities I may register for', params: IdParamsSchema },
      },
      async (req, reply) => sendWorkbook(reply, await volunteerTemplate(deps, contextOf(req), req.params.id)),
    );

    app.post(
      '/volunteer-teams/:id/imports',
      {
        config: {
          access: write,
          probe: (t) => ({
            params: { id: String(t.teamA) },
            multipart: { fields: {}, file: { filename: 'probe.xlsx', content: Buffer.from(String(t.volunteerWorkbookA ?? ''), 'base64') } },
          }),
        },
        schema: {
          tags,
          summary: `Register a team's people from its sheet (at most ${MAX_VOLUNTEER_IMPORT_ROWS} rows) as approved members: all rows or none`,
          consumes: ['multipart/form-data'],
          params: IdParamsSchema,
          response: { 200: VolunteerImportResultSchema },
        },
      },
      async (req) => {
        const upload = await readUpload(req, {
          maxBytes: DEFAULT_WORKBOOK_LIMITS.maxFileBytes,
          tooLarge: 'ACTIVITIES_IMPORT_TOO_LARGE',
          params: { maxRows: MAX_VOLUNTEER_IMPORT_ROWS, maxMb: 20 },
        });
        return importVolunteers(deps, contextOf(req), req.params.id, upload.bytes);
      },
    );
  };
}
