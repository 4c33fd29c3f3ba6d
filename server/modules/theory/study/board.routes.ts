import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { StudyBoardQuerySchema, StudyBoardSchema } from '../../../../contracts/theory/board.schemas';
import { contextOf } from '../../../platform/http/context';
import { studyBoard } from './board.service';
import type { TheoryDeps } from '../theory.deps';

/** The yearly study board: each group's sessions against its minimum and its pace, lagging groups first. */
export function boardRoutes(deps: TheoryDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/theory/board',
      {
        config: { access: { permission: 'theory.read' }, probe: (t) => ({ query: { year: 2023, orgId: Number(t.countyA) } }) },
        schema: {
          tags: ['theory'],
          summary: 'The study board of a year for the groups in my view: sessions against minimum and pace, lagging first',
          querystring: StudyBoardQuerySchema,
          response: { 200: StudyBoardSchema },
        },
      },
      async (req) => studyBoard(deps, contextOf(req), req.query),
    );
  };
}
