import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  InquiryLookupParamsSchema,
  InquiryRatingInputSchema,
  InquiryReceiptSchema,
  PublicInquirySchema,
  PublicInquiryViewSchema,
} from '../../../../contracts/inquiries/case.schemas';
import { InquiryCategorySchema } from '../../../../contracts/inquiries/category.schemas';
import { PublicCasePageSchema, PublicCaseQuerySchema } from '../../../../contracts/inquiries/league.schemas';
import { PUBLIC_READS, RESIDENT_WRITES } from '../../../platform/http/public-limits';
import type { InquiriesDeps } from '../inquiries.deps';
import { listCategories } from '../setup/category.service';
import { submitPublicCase } from './case.intake';
import { publicCases, rateByResident } from './case.public';
import { lookupCase } from './case.queries';

const tags = ['public'];
const open = { public: true } as const;
// Case number and code together are guessed at most a few times a minute from one address.
const LOOKUPS = { max: 20, timeWindow: '1 minute' } as const;

/** The residents' side on the phone: categories, asking, following by number and code, rating, and the answered cases. */
export function casePublicRoutes(deps: InquiriesDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/public/inquiry-categories',
      {
        config: { access: open, rateLimit: PUBLIC_READS },
        schema: { tags, summary: 'The categories a resident may choose', response: { 200: z.array(InquiryCategorySchema) } },
      },
      async () => listCategories(deps.db, true),
    );
    app.post(
      '/public/inquiries',
      {
        config: { access: open, rateLimit: RESIDENT_WRITES },
        schema: {
          tags,
          summary: 'Ask, complain or suggest without an account; the answer is the case number and lookup code',
          body: PublicInquirySchema,
          response: { 200: InquiryReceiptSchema },
        },
      },
      async (req) => submitPublicCase(deps, { ip: req.ip, requestId: req.id }, req.body),
    );
    app.get(
      '/public/inquiries/:caseNo/:code',
      {
        config: { access: open, rateLimit: LOOKUPS },
        schema: { tags, summary: 'Follow a case by its number and lookup code', params: InquiryLookupParamsSchema, response: { 200: PublicInquiryViewSchema } },
      },
      async (req) => lookupCase(deps, req.params.caseNo, req.params.code),
    );
    app.post(
      '/public/inquiries/:caseNo/:code/rating',
      {
        config: { access: open, rateLimit: RESIDENT_WRITES },
        schema: {
          tags,
          summary: 'Rate a closed case, once a round',
          params: InquiryLookupParamsSchema,
          body: InquiryRatingInputSchema,
          response: { 200: PublicInquiryViewSchema },
        },
      },
      async (req) => rateByResident(deps, { ip: req.ip, requestId: req.id }, req.params.caseNo, req.params.code, req.body),
    );
    app.get(
      '/public/answered-inquiries',
      {
        config: { access: open, rateLimit: PUBLIC_READS },
        schema: { tags, summary: 'Answered cases, personal data removed', querystring: PublicCaseQuerySchema, response: { 200: PublicCasePageSchema } },
      },
      async (req) => publicCases(deps, req.query),
    );
  };
}
