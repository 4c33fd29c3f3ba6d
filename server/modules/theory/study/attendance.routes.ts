import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AttendanceWriteSchema, SessionAttendanceSchema, SessionParamsSchema } from '../../../../contracts/theory/attendance.schemas';
import { contextOf } from '../../../platform/http/context';
import { getAttendance, saveAttendance } from './attendance.service';
import type { TheoryDeps } from '../theory.deps';

const tags = ['theory'];

/** A study session's attendance: its group's members, present or away with a reason, and who spoke. */
export function attendanceRoutes(deps: TheoryDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/theory/sessions/:activityId/attendance',
      {
        config: { access: { permission: 'theory.read' }, probe: (t) => ({ params: { activityId: String(t.activityA) } }) },
        schema: { tags, summary: 'The attendance of a study session in my view', params: SessionParamsSchema, response: { 200: SessionAttendanceSchema } },
      },
      async (req) => getAttendance(deps, contextOf(req), req.params.activityId),
    );

    app.put(
      '/theory/sessions/:activityId/attendance',
      {
        config: {
          access: { permission: 'theory.write' },
          probe: (t) => ({ params: { activityId: String(t.activityA) }, body: { version: 1, entries: [] } }),
        },
        schema: {
          tags,
          summary: 'Record who of the group attended a draft or returned session, who was away and why, and who spoke',
          params: SessionParamsSchema,
          body: AttendanceWriteSchema,
          response: { 200: SessionAttendanceSchema },
        },
      },
      async (req) => saveAttendance(deps, contextOf(req), req.params.activityId, req.body),
    );
  };
}
