import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import {
  DispatchInputSchema,
  ExtensionDecisionSchema,
  ExtensionInputSchema,
  ExtensionParamsSchema,
  FollowUpInputSchema,
  InquiryDetailSchema,
  InquiryListQuerySchema,
  InquiryPageSchema,
  InquiryReceiptSchema,
  NoteInputSchema,
  RecategoriseInputSchema,
  RejectInputSchema,
  ReplyInputSchema,
  RerouteInputSchema,
  StaffInquirySchema,
} from '../../../../contracts/inquiries/case.schemas';
import { InquiryIdParamsSchema } from '../../../../contracts/inquiries/category.schemas';
import type { Permission } from '../../../../contracts/identity/permissions';
import { contextOf } from '../../../platform/http/context';
import { sendWorkbook } from '../../../platform/http/xlsx-reply';
import type { RequestContext } from '../../../platform/http/actor';
import type { InquiriesDeps } from '../inquiries.deps';
import { submitStaffCase } from './case.intake';
import { exportCases } from './case.export';
import { getCase, listCases } from './case.queries';
import {
  closeCase,
  dispatchCase,
  followUpCase,
  recategoriseCase,
  redoCase,
  rejectCase,
  replyCase,
  rerouteCase,
  returnReply,
  signCase,
  superviseCase,
} from './case.workflow';
import { decideExtension, requestExtension } from './extension.service';

const tags = ['inquiries'];
const params = (t: Readonly<Record<string, number | string>>) => ({ id: String(t.inquiryA) });

/** The desk's side of the loop: listing, entering, dispatching, handling, closing, rating on the follow-up call and redo. */
export function caseRoutes(deps: InquiriesDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/inquiries',
      {
        config: { access: { permission: 'inquiry.read' }, probe: (t) => ({ query: { orgId: t.countyA ?? 0 } }) },
        schema: {
          tags,
          summary: 'Cases in view, newest first; a queue keeps what waits on the caller',
          querystring: InquiryListQuerySchema,
          response: { 200: InquiryPageSchema },
        },
      },
      async (req) => listCases(deps, contextOf(req), req.query),
    );
    app.get(
      '/inquiries/export',
      {
        config: { access: { permission: 'inquiry.read' }, probe: (t) => ({ query: { orgId: t.countyA ?? 0 } }) },
        schema: {
          tags,
          summary: 'The filtered cases, every page, as xlsx; residents’ names and phones are left out',
          querystring: InquiryListQuerySchema.omit({ page: true, pageSize: true }),
        },
      },
      async (req, reply) => sendWorkbook(reply, await exportCases(deps, contextOf(req), req.query)),
    );
    app.get(
      '/inquiries/:id',
      {
        config: { access: { permission: 'inquiry.read' }, probe: (t) => ({ params: params(t) }) },
        schema: {
          tags,
          summary: 'One case with its history, extensions and likely duplicates',
          params: InquiryIdParamsSchema,
          response: { 200: InquiryDetailSchema },
        },
      },
      async (req) => getCase(deps, contextOf(req), req.params.id),
    );
    app.post(
      '/inquiries',
      {
        config: {
          access: { permission: 'inquiry.handle' },
          probe: (t) => ({
            body: {
              channel: 'staff',
              categoryId: t.inquiryCategoryA,
              orgId: t.villageA,
              title: '探测事项',
              description: '探测事项的内容',
              address: '甲一路',
              anonymous: true,
            },
          }),
        },
        schema: { tags, summary: 'Enter a case taken on air or on the phone', body: StaffInquirySchema, response: { 200: InquiryReceiptSchema } },
      },
      async (req) => submitStaffCase(deps, contextOf(req), req.body),
    );
    // Every step answers the case as it now stands, so the desk redraws from one response.
    const stepRoute = <S extends z.ZodType>(
      path: string,
      permission: Permission,
      summary: string,
      body: S | undefined,
      probeBody: unknown,
      run: (ctx: RequestContext, id: number, body: z.infer<S>) => Promise<void>,
    ) =>
      app.post(
        `/inquiries/:id/${path}`,
        {
          config: { access: { permission }, probe: (t) => ({ params: params(t), ...(probeBody === undefined ? {} : { body: probeBody }) }) },
          schema: { tags, summary, params: InquiryIdParamsSchema, ...(body ? { body } : {}), response: { 200: InquiryDetailSchema } },
        },
        async (req) => {
          const ctx = contextOf(req);
          await run(ctx, req.params.id, req.body as z.infer<S>);
          return getCase(deps, ctx, req.params.id);
        },
      );
    stepRoute('dispatch', 'inquiry.dispatch', 'Take a case and send it to a unit', DispatchInputSchema, { note: '' }, (ctx, id, b) =>
      dispatchCase(deps, ctx, id, b),
    );
    stepRoute('reject', 'inquiry.dispatch', 'Refuse a case that is no case', RejectInputSchema, { reason: '探测理由' }, (ctx, id, b) =>
      rejectCase(deps, ctx, id, b.reason),
    );
    stepRoute('reroute', 'inquiry.dispatch', 'Send a case to another unit', RerouteInputSchema, { handlerOrgId: 1, reason: '探测理由' }, (ctx, id, b) =>
      rerouteCase(deps, ctx, id, b),
    );
    stepRoute(
      'recategorise',
      'inquiry.dispatch',
      'Put a case in another category',
      RecategoriseInputSchema,
      { categoryId: 1, reason: '探测理由' },
      (ctx, id, b) => recategoriseCase(deps, ctx, id, b),
    );
    stepRoute('sign', 'inquiry.handle', 'Sign for a case dispatched to the caller’s unit', undefined, undefined, (ctx, id) => signCase(deps, ctx, id));
    stepRoute('reply', 'inquiry.handle', 'Answer a case', ReplyInputSchema, { reply: '探测答复内容' }, (ctx, id, b) => replyCase(deps, ctx, id, b.reply));
    stepRoute('return', 'inquiry.dispatch', 'Send back an answer that does not answer', NoteInputSchema, { note: '探测意见' }, (ctx, id, b) =>
      returnReply(deps, ctx, id, b.note),
    );
    stepRoute('supervise', 'inquiry.dispatch', 'Urge the unit on a case (督办)', NoteInputSchema, { note: '探测督办' }, (ctx, id, b) =>
      superviseCase(deps, ctx, id, b.note),
    );
    stepRoute('close', 'inquiry.dispatch', 'Close an answered case', undefined, undefined, (ctx, id) => closeCase(deps, ctx, id));
    stepRoute('follow-up', 'inquiry.dispatch', 'Enter the follow-up call’s rating', FollowUpInputSchema, { rating: 'satisfied', comment: '' }, (ctx, id, b) =>
      followUpCase(deps, ctx, id, b),
    );
    stepRoute('redo', 'inquiry.dispatch', 'Send an unsatisfied case back for redo (重办)', NoteInputSchema, { note: '探测重办' }, (ctx, id, b) =>
      redoCase(deps, ctx, id, b.note),
    );
    stepRoute('extensions', 'inquiry.handle', 'Ask for more working days', ExtensionInputSchema, { days: 1, reason: '探测理由' }, (ctx, id, b) =>
      requestExtension(deps, ctx, id, b),
    );
    app.post(
      '/inquiries/:id/extensions/:extensionId/decision',
      {
        config: {
          access: { permission: 'inquiry.dispatch' },
          probe: (t) => ({ params: { id: String(t.inquiryA), extensionId: String(t.extensionA) }, body: { approve: true, note: '' } }),
        },
        schema: {
          tags,
          summary: 'Approve or refuse an extension',
          params: ExtensionParamsSchema,
          body: ExtensionDecisionSchema,
          response: { 200: InquiryDetailSchema },
        },
      },
      async (req) => {
        const ctx = contextOf(req);
        await decideExtension(deps, ctx, req.params.id, req.params.extensionId, req.body);
        return getCase(deps, ctx, req.params.id);
      },
    );
  };
}
