import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { InboxPageSchema, InboxQuerySchema, NoticeParamsSchema } from '../../../contracts/inbox/notice.schemas';
import type { Db } from '../../platform/db/database';
import { contextOf } from '../../platform/http/context';
import { listInbox, markInboxRead, markNoticeRead } from './inbox.service';

const tags = ['inbox'];
const signedIn = { signedIn: true } as const;

/** The caller's own inbox: the notices addressed to their org or to them, and marking them read. */
export function inboxRoutes(db: Db): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/inbox',
      {
        config: { access: signedIn, probe: () => ({}) },
        schema: { tags, summary: 'My notices, newest first, with the unread count', querystring: InboxQuerySchema, response: { 200: InboxPageSchema } },
      },
      async (req) => listInbox(db, contextOf(req), req.query),
    );

    app.post(
      '/inbox/:id/read',
      {
        config: { access: signedIn, probe: (t) => ({ params: { id: String(t.noticeA) } }) },
        schema: { tags, summary: 'Mark one of my notices read', params: NoticeParamsSchema, response: { 204: z.null() } },
      },
      async (req, reply) => {
        await markNoticeRead(db, contextOf(req), req.params.id);
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/inbox/read-all',
      {
        config: { access: signedIn, probe: () => ({}) },
        schema: { tags, summary: 'Mark all my notices read', response: { 200: z.object({ marked: z.number().int() }) } },
      },
      async (req) => markInboxRead(db, contextOf(req)),
    );
  };
}
