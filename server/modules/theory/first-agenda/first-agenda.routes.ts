import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  FirstAgendaCreateSchema,
  FirstAgendaItemPageSchema,
  FirstAgendaListQuerySchema,
  FirstAgendaParamsSchema,
  FirstAgendaUpdateSchema,
  FollowUpBoardSchema,
  FollowUpQuerySchema,
} from '../../../../contracts/theory/first-agenda.schemas';
import { contextOf } from '../../../platform/http/context';
import { createFirstAgendaItem, followUpBoard, listFirstAgendaItems, updateFirstAgendaItem } from './first-agenda.service';
import type { TheoryDeps } from '../theory.deps';

const tags = ['theory'];

/** First-agenda items: published by an org for the groups beneath it, and each item's follow-up board. */
export function firstAgendaRoutes(deps: TheoryDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/theory/first-agenda',
      {
        config: { access: { permission: 'theory.read' }, probe: () => ({ query: { q: '甲区' } }) },
        schema: {
          tags,
          summary: 'First-agenda items published within my view or above it, newest first, with their follow-up among my groups',
          querystring: FirstAgendaListQuerySchema,
          response: { 200: FirstAgendaItemPageSchema },
        },
      },
      async (req) => listFirstAgendaItems(deps, contextOf(req), req.query),
    );

    app.get(
      '/theory/first-agenda/:id',
      {
        config: { access: { permission: 'theory.read' }, probe: (t) => ({ params: { id: String(t.firstAgendaA) } }) },
        schema: {
          tags,
          summary: 'One item’s follow-up board: per group in my view, studied on time, late or not yet, with working days overdue',
          params: FirstAgendaParamsSchema,
          querystring: FollowUpQuerySchema,
          response: { 200: FollowUpBoardSchema },
        },
      },
      async (req) => followUpBoard(deps, contextOf(req), req.params.id, req.query),
    );

    app.post(
      '/theory/first-agenda',
      {
        config: {
          access: { permission: 'theory.admin' },
          probe: (t) => ({
            body: { orgId: Number(t.countyA), title: '探测议题', source: 'speech', deliveredOn: '2099-01-01', issuedOn: '2099-01-02', deadlineWorkingDays: 5 },
          }),
        },
        schema: {
          tags,
          summary: 'Publish an item from an org in my entry scope; the deadline counts in working days and must lie ahead',
          body: FirstAgendaCreateSchema,
          response: { 200: FollowUpBoardSchema },
        },
      },
      async (req) => createFirstAgendaItem(deps, contextOf(req), req.body),
    );

    app.patch(
      '/theory/first-agenda/:id',
      {
        config: { access: { permission: 'theory.admin' }, probe: (t) => ({ params: { id: String(t.firstAgendaA) }, body: { version: 1, title: '探测改名' } }) },
        schema: {
          tags,
          summary: 'Change an item’s title, documents or deadline, or withdraw it with a reason',
          params: FirstAgendaParamsSchema,
          body: FirstAgendaUpdateSchema,
          response: { 200: FollowUpBoardSchema },
        },
      },
      async (req) => updateFirstAgendaItem(deps, contextOf(req), req.params.id, req.body),
    );
  };
}
