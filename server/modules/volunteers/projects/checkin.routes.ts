import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CheckinAnswerSchema,
  CheckinCreateSchema,
  CorrectionCreateSchema,
  CorrectionDecisionSchema,
  CorrectionSchema,
  GeofenceSchema,
  GeofenceSetSchema,
  QrQuerySchema,
  QrTokenSchema,
  SlotAttendanceSchema,
  SlotCompleteSchema,
} from '../../../../contracts/volunteers/checkin.schemas';
import { SlotParamsSchema } from '../../../../contracts/volunteers/project.schemas';
import { IdParamsSchema } from '../../../../contracts/volunteers/volunteer.schemas';
import { contextOf } from '../../../platform/http/context';
import { checkIn, setGeofence, slotQr } from './checkin.service';
import { CheckinTokens } from './checkin.token';
import { decideCorrection, proposeCorrection } from './correction.service';
import { completeSlot, slotAttendance } from './hours.service';
import type { VolunteersDeps } from '../volunteers.deps';

const tags = ['volunteers'];
const read = { permission: 'volunteer.read' } as const;
const write = { permission: 'volunteer.write' } as const;
// Volunteers scan with an account that holds no staff role; the service finds the volunteer behind it.
const signedIn = { signedIn: true } as const;

const slotOfA = (t: Readonly<Record<string, number | string>>) => ({ id: String(t.projectA), slotId: String(t.slotA) });

/** Check-in and hours: the rotating QR code, scans, geofences, attendance, completing a slot, hour corrections. */
export function checkinRoutes(deps: VolunteersDeps): FastifyPluginAsyncZod {
  const tokens = new CheckinTokens(deps.config.hashKey);
  return async (app) => {
    app.get(
      '/volunteer-projects/:id/slots/:slotId/qr',
      {
        config: { access: write, probe: (t) => ({ params: slotOfA(t), query: { kind: 'in' } }) },
        schema: {
          tags,
          summary: 'The current check-in or check-out QR token of a slot, renewed every 30 seconds',
          params: SlotParamsSchema,
          querystring: QrQuerySchema,
          response: { 200: QrTokenSchema },
        },
      },
      async (req) => slotQr(deps, tokens, contextOf(req), req.params.id, req.params.slotId, req.query.kind),
    );

    app.post(
      '/volunteer-checkins',
      {
        config: { access: signedIn, probe: (t) => ({ body: { token: String(t.qrTokenA), lng: 114.1, lat: 35.3 } }) },
        schema: {
          tags,
          summary: 'Check in or out by scanning a slot’s QR code, as the signed-in volunteer',
          body: CheckinCreateSchema,
          response: { 200: CheckinAnswerSchema },
        },
      },
      async (req) => checkIn(deps, tokens, contextOf(req), req.body),
    );

    app.put(
      '/volunteer-projects/:id/geofence',
      {
        config: { access: write, probe: (t) => ({ params: { id: String(t.projectA) }, body: { radiusM: 200, lng: 114.1, lat: 35.3 } }) },
        schema: {
          tags,
          summary: 'Set or remove the check-in radius of a project or one of its slots',
          params: IdParamsSchema,
          body: GeofenceSetSchema,
          response: { 200: GeofenceSchema.nullable() },
        },
      },
      async (req) => setGeofence(deps, contextOf(req), req.params.id, req.body),
    );

    app.get(
      '/volunteer-projects/:id/slots/:slotId/attendance',
      {
        config: { access: read, probe: (t) => ({ params: slotOfA(t) }) },
        schema: {
          tags,
          summary: 'Who signed in and out of a slot, their hours once completed, and the corrections',
          params: SlotParamsSchema,
          response: { 200: SlotAttendanceSchema },
        },
      },
      async (req) => slotAttendance(deps, contextOf(req), req.params.id, req.params.slotId),
    );

    app.post(
      '/volunteer-projects/:id/slots/:slotId/complete',
      {
        config: { access: write, probe: (t) => ({ params: slotOfA(t), body: { peopleServed: 30 } }) },
        schema: {
          tags,
          summary: 'Complete a slot that has ended: hours, no-shows, points and the statistics, once',
          params: SlotParamsSchema,
          body: SlotCompleteSchema,
          response: { 200: SlotAttendanceSchema },
        },
      },
      async (req) => completeSlot(deps, contextOf(req), req.params.id, req.params.slotId, req.body.peopleServed),
    );

    app.post(
      '/volunteer-projects/:id/slots/:slotId/corrections',
      {
        config: {
          access: write,
          probe: (t) => ({
            params: { id: String(t.doneProjectA), slotId: String(t.doneSlotA) },
            body: {
              volunteerId: Number(t.volunteerA),
              signedInAt: '2026-01-10T09:00:00+08:00',
              signedOutAt: '2026-01-10T11:00:00+08:00',
              reason: '补录签到时间',
            },
          }),
        },
        schema: {
          tags,
          summary: 'Propose new sign-in and sign-out times for a volunteer of a completed slot, with the reason',
          params: SlotParamsSchema,
          body: CorrectionCreateSchema,
          response: { 200: CorrectionSchema },
        },
      },
      async (req) => proposeCorrection(deps, contextOf(req), req.params.id, req.params.slotId, req.body),
    );

    app.post(
      '/volunteer-hour-corrections/:id/decision',
      {
        config: { access: write, probe: (t) => ({ params: { id: String(t.correctionA) }, body: { decision: 'approve' } }) },
        schema: {
          tags,
          summary: 'Approve or reject an hour correction someone else proposed',
          params: IdParamsSchema,
          body: CorrectionDecisionSchema,
          response: { 200: CorrectionSchema },
        },
      },
      async (req) => decideCorrection(deps, contextOf(req), req.params.id, req.body),
    );
  };
}
