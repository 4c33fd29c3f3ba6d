import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  BoundaryWriteSchema,
  RevealAnswerSchema,
  RevealSchema,
  VenueIdParamsSchema,
  VenueKindSchema,
  VenueKindWriteSchema,
  VenuePhotoSchema,
  VenueSchema,
  VenueUpdateSchema,
} from '../../../contracts/venues';
import { contextOf } from '../../platform/http/context';
import { readUpload } from '../../platform/http/upload';
import { replaceBoundary } from './boundary.service';
import { addPhoto, listPhotos, MAX_PHOTO_BYTES, readPhoto, removePhoto } from './venue.photos';
import { revealManagerPhone, updateVenue } from './venue.update';
import { saveVenueKind } from './venue-kind.service';
import type { VenuesDeps } from './venues.deps';

const tags = ['venues'];
const PhotoParamsSchema = z.object({
  id: z.coerce.number().int().positive().max(2_147_483_647),
  photoId: z.coerce.number().int().positive().max(2_147_483_647),
});
/** A 1x1 PNG: real photo bytes for the authorization matrix's upload probe. */
const PROBE_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const probeKind = { code: 'probe_kind', nameZh: '探测', nameEn: 'Probe', orgLevel: null, fields: [] };

/** Changing venues after they are recorded: corrections, the manager's phone on request, photos, kinds and the city outline. */
export function venueAdminRoutes(deps: VenuesDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.patch(
      '/venues/:id',
      {
        config: { access: { permission: 'venue.write' }, probe: (t) => ({ params: { id: String(t.venueA) }, body: { version: 1, name: '探测改名' } }) },
        schema: {
          tags,
          summary: 'Correct a venue in my entry scope (not its org or kind)',
          params: VenueIdParamsSchema,
          body: VenueUpdateSchema,
          response: { 200: VenueSchema },
        },
      },
      async (req) => updateVenue(deps, contextOf(req), req.params.id, req.body),
    );

    app.post(
      '/venues/:id/reveal-phone',
      {
        config: { access: { permission: 'venue.reveal' }, probe: (t) => ({ params: { id: String(t.venueA) }, body: { reason: '核实阵地负责人' } }) },
        schema: {
          tags,
          summary: 'The manager’s full phone, with a reason that goes into the audit log',
          params: VenueIdParamsSchema,
          body: RevealSchema,
          response: { 200: RevealAnswerSchema },
        },
      },
      async (req) => revealManagerPhone(deps, contextOf(req), req.params.id, req.body.reason),
    );

    app.get(
      '/venues/:id/photos',
      {
        config: { access: { permission: 'venue.read' }, probe: (t) => ({ params: { id: String(t.venueA) } }) },
        schema: { tags, summary: 'Photos of a venue in my view', params: VenueIdParamsSchema, response: { 200: z.array(VenuePhotoSchema) } },
      },
      async (req) => listPhotos(deps, contextOf(req), req.params.id),
    );

    app.post(
      '/venues/:id/photos',
      {
        config: {
          access: { permission: 'venue.write' },
          probe: (t) => ({ params: { id: String(t.venueA) }, multipart: { fields: {}, file: { filename: '探测.png', content: PROBE_PNG } } }),
        },
        schema: {
          tags,
          summary: 'Add a JPG or PNG photo (at most 5 MB) to a venue in my entry scope; multipart with one `file`',
          consumes: ['multipart/form-data'],
          params: VenueIdParamsSchema,
          response: { 201: VenuePhotoSchema },
        },
      },
      async (req, reply) => {
        const upload = await readUpload(req, { maxBytes: MAX_PHOTO_BYTES, tooLarge: 'VENUES_PHOTO_TOO_LARGE', params: { maxMb: 5 } });
        return reply.status(201).send(await addPhoto(deps, contextOf(req), req.params.id, upload));
      },
    );

    app.get(
      '/venues/:id/photos/:photoId',
      {
        config: { access: { permission: 'venue.read' }, probe: (t) => ({ params: { id: String(t.venueA), photoId: String(t.photoA) } }) },
        schema: { tags, summary: 'A photo of a venue in my view', params: PhotoParamsSchema },
      },
      async (req, reply) => {
        const file = await readPhoto(deps, contextOf(req), req.params.id, req.params.photoId);
        return reply
          .header('content-type', file.mime)
          .header('content-disposition', `inline; filename="photo-${req.params.photoId}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'private, max-age=3600')
          .send(file.bytes);
      },
    );

    app.delete(
      '/venues/:id/photos/:photoId',
      {
        config: { access: { permission: 'venue.write' }, probe: (t) => ({ params: { id: String(t.venueA), photoId: String(t.photoA) } }) },
        schema: { tags, summary: 'Remove a photo of a venue in my entry scope', params: PhotoParamsSchema },
      },
      async (req, reply) => {
        await removePhoto(deps, contextOf(req), req.params.id, req.params.photoId);
        return reply.status(204).send();
      },
    );

    app.post(
      '/venue-kinds',
      {
        config: { access: { permission: 'venue_kind.admin' }, probe: () => ({ body: probeKind }) },
        schema: { tags, summary: 'Add a venue kind with its own fields', body: VenueKindWriteSchema, response: { 200: VenueKindSchema } },
      },
      async (req) => saveVenueKind(deps, contextOf(req), req.body, 'create'),
    );

    app.put(
      '/venue-kinds/:code',
      {
        config: {
          access: { permission: 'venue_kind.admin' },
          probe: () => ({ params: { code: 'practice_station' }, body: { ...probeKind, code: 'practice_station' } }),
        },
        schema: {
          tags,
          summary: 'Change a venue kind’s names, coverage level, fields or whether it is offered; the code stays',
          params: z.object({ code: z.string().max(40) }),
          body: VenueKindWriteSchema,
          response: { 200: VenueKindSchema },
        },
      },
      async (req) => saveVenueKind(deps, contextOf(req), { ...req.body, code: req.params.code }, 'update'),
    );

    app.put(
      '/venues/boundary',
      {
        bodyLimit: 20 * 1024 * 1024,
        config: {
          access: { permission: 'boundary.admin' },
          probe: (t) => ({
            body: {
              orgId: Number(t.countyA),
              confirm: true,
              geojson: {
                type: 'Polygon',
                coordinates: [
                  [
                    [0, 0],
                    [1, 0],
                    [1, 1],
                    [0, 0],
                  ],
                ],
              },
            },
          }),
        },
        schema: { tags, summary: 'Load the city’s own outline (GeoJSON); venues it would leave outside are listed first', body: BoundaryWriteSchema },
      },
      async (req, reply) => {
        await replaceBoundary(deps, contextOf(req), req.body);
        return reply.status(204).send();
      },
    );
  };
}
