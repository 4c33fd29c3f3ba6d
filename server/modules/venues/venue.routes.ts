import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  BoundaryAnswerSchema,
  CoverageAnswerSchema,
  FinderQuerySchema,
  PublicVenueSchema,
  VenueCloseSchema,
  VenueCreateSchema,
  VenueIdParamsSchema,
  VenueKindSchema,
  VenueListQuerySchema,
  VenueMonthParamsSchema,
  VenueMonthSchema,
  VenueMonthWriteSchema,
  VenuePageSchema,
  VenuePointSchema,
  VenuePointsQuerySchema,
  VenueSchema,
} from '../../../contracts/venues/venue.schemas';
import { contextOf } from '../../platform/http/context';
import { sendWorkbook } from '../../platform/http/xlsx-reply';
import { localDate } from '../../platform/time';
import { assertOrgInScope } from '../identity';
import { findPublicVenues } from './finder';
import { coverage } from './venue.counts';
import { exportVenues } from './venue.export';
import { listMonths, saveMonth } from './venue.months';
import { findCityBoundary, findVenueKinds, findVenuePoints } from './venue.repository';
import { closeVenue, createVenue, getVenue, listVenues } from './venue.service';
import type { VenuesDeps } from './venues.deps';

const tags = ['venues'];
const read = { permission: 'venue.read' } as const;
const write = { permission: 'venue.write' } as const;
const CoverageQuerySchema = z.object({
  orgId: z.coerce.number().int().positive(),
  kindCode: z.string().max(40),
  at: z.iso.date().optional(),
});

/** Venues: kinds, the scoped list, one venue, recording and closing, and coverage of "one per village" rules. */
export function venueRoutes(deps: VenuesDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/venue-kinds',
      {
        config: { access: read, probe: () => ({}) },
        schema: { tags, summary: 'Every venue kind with its fields', response: { 200: z.array(VenueKindSchema) } },
      },
      async () => findVenueKinds(deps.db),
    );

    app.get(
      '/venues',
      {
        config: { access: read, probe: (t) => ({ query: { orgId: Number(t.countyA) } }) },
        schema: { tags, summary: 'Venues in my view', querystring: VenueListQuerySchema, response: { 200: VenuePageSchema } },
      },
      async (req) => listVenues(deps, contextOf(req), req.query),
    );

    app.get(
      '/venues/coverage',
      {
        config: { access: read, probe: (t) => ({ query: { orgId: Number(t.countyA), kindCode: 'practice_station' } }) },
        schema: {
          tags,
          summary: 'Coverage of a kind over the children of an org: expected, covered, percent and the places lacking one',
          querystring: CoverageQuerySchema,
          response: { 200: CoverageAnswerSchema },
        },
      },
      async (req) => {
        const ctx = contextOf(req);
        await assertOrgInScope(deps.db, ctx.actor, 'view', req.query.orgId);
        return coverage(deps.db, req.query.orgId, req.query.kindCode, req.query.at ?? localDate(new Date(), deps.config.timezone));
      },
    );

    app.get(
      '/venues/export',
      {
        config: { access: read, probe: (t) => ({ query: { orgId: Number(t.countyA) } }) },
        schema: {
          tags,
          summary: 'The filtered list as xlsx; cells that could run as formulas are escaped, phones are left out',
          querystring: VenueListQuerySchema.omit({ page: true, pageSize: true }),
        },
      },
      async (req, reply) => {
        const file = await exportVenues(deps, contextOf(req), req.query);
        return sendWorkbook(reply, file);
      },
    );

    app.get(
      '/venues/points',
      {
        config: { access: read, probe: (t) => ({ query: { orgId: Number(t.countyA) } }) },
        schema: { tags, summary: 'Map points of the venues in my view', querystring: VenuePointsQuerySchema, response: { 200: z.array(VenuePointSchema) } },
      },
      async (req) => {
        const ctx = contextOf(req);
        if (req.query.orgId !== undefined) await assertOrgInScope(deps.db, ctx.actor, 'view', req.query.orgId);
        return findVenuePoints(deps.db, ctx.actor, req.query);
      },
    );

    app.get(
      '/venues/boundary',
      {
        config: { access: read, probe: (t) => ({ query: { orgId: Number(t.countyA) } }) },
        schema: {
          tags,
          summary: 'The outline of the city an org belongs to, as GeoJSON',
          querystring: z.object({ orgId: z.coerce.number().int().positive() }),
          response: { 200: BoundaryAnswerSchema },
        },
      },
      async (req) => {
        await assertOrgInScope(deps.db, contextOf(req).actor, 'view', req.query.orgId);
        const text = await findCityBoundary(deps.db, req.query.orgId);
        return { geojson: text ? (JSON.parse(text) as unknown) : null };
      },
    );

    app.get(
      '/public/venues',
      {
        config: { access: { public: true }, rateLimit: { max: 60, timeWindow: '1 minute' } },
        schema: {
          tags: ['public'],
          summary: 'Open venues near a point or in a county, with this week’s activities; no sign-in, nothing personal',
          querystring: FinderQuerySchema,
          response: { 200: z.array(PublicVenueSchema) },
        },
      },
      async (req) => findPublicVenues(deps.db, req.query, req.locale),
    );

    app.get(
      '/venues/:id',
      {
        config: { access: read, probe: (t) => ({ params: { id: String(t.venueA) } }) },
        schema: { tags, summary: 'One venue in my view', params: VenueIdParamsSchema, response: { 200: VenueSchema } },
      },
      async (req) => getVenue(deps, contextOf(req), req.params.id),
    );

    app.post(
      '/venues',
      {
        config: {
          access: write,
          probe: (t) => ({
            body: { kindCode: 'practice_station', orgId: Number(t.villageA), name: '探测站', address: '探测路1号', lng: 114.1, lat: 35.3 },
          }),
        },
        schema: { tags, summary: 'Record a venue for an org in my entry scope', body: VenueCreateSchema, response: { 200: VenueSchema } },
      },
      async (req) => createVenue(deps, contextOf(req), req.body),
    );

    app.get(
      '/venues/:id/months',
      {
        config: { access: read, probe: (t) => ({ params: { id: String(t.venueA) }, query: { year: 2023 } }) },
        schema: {
          tags,
          summary: 'The twelve months of a year: reported figures, or missing',
          params: VenueIdParamsSchema,
          querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
          response: { 200: z.array(VenueMonthSchema) },
        },
      },
      async (req) => listMonths(deps, contextOf(req), req.params.id, req.query.year),
    );

    app.put(
      '/venues/:id/months/:month',
      {
        config: { access: write, probe: (t) => ({ params: { id: String(t.venueA), month: '2023-05' }, body: { visitors: 10 } }) },
        schema: {
          tags,
          summary: 'Enter or correct a month of a venue; its facts replace that month’s earlier ones',
          params: VenueMonthParamsSchema,
          body: VenueMonthWriteSchema,
          response: { 200: VenueMonthSchema },
        },
      },
      async (req) => saveMonth(deps, contextOf(req), req.params.id, req.params.month, req.body),
    );

    app.post(
      '/venues/:id/close',
      {
        config: { access: write, probe: (t) => ({ params: { id: String(t.venueA) }, body: { version: 1, closedOn: '2026-01-01', confirm: true } }) },
        schema: {
          tags,
          summary: 'Close a venue; planned activities there are listed first',
          params: VenueIdParamsSchema,
          body: VenueCloseSchema,
          response: { 200: VenueSchema },
        },
      },
      async (req) => closeVenue(deps, contextOf(req), req.params.id, req.body),
    );
  };
}
