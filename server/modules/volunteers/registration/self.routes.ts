import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CommunityQuerySchema,
  CommunitySchema,
  MySignupSchema,
  MyTeamSchema,
  OwnDataSchema,
  ProjectSchema,
  SelfRegistrationAnswerSchema,
  SelfRegistrationSchema,
  VolunteerSchema,
} from '../../../../contracts/volunteers';
import { contextOf } from '../../../platform/http/context';
import { myOpenProjects, mySignups, myTeams } from './my-service';
import { exportOwnData, findCommunities, requestDeletion, selfRegister } from './self.service';
import { getOwnVolunteer } from './volunteer.service';
import type { VolunteersDeps } from '../volunteers.deps';

const tags = ['volunteers: self-service'];
const signedIn = { signedIn: true } as const;

/** What a volunteer does on their own phone: register, see and export their data, ask for its deletion. */
export function selfRoutes(deps: VolunteersDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/public/volunteer-registrations',
      {
        config: { access: { public: true }, rateLimit: { max: 10, timeWindow: '1 minute' } },
        schema: {
          tags: ['public'],
          summary: 'Register oneself as a volunteer with an account that signs in with the phone number; no sign-in needed',
          body: SelfRegistrationSchema,
          response: { 200: SelfRegistrationAnswerSchema },
        },
      },
      async (req) => selfRegister(deps, { ip: req.ip, requestId: req.id }, req.body),
    );

    app.get(
      '/public/communities',
      {
        config: { access: { public: true }, rateLimit: { max: 60, timeWindow: '1 minute' } },
        schema: {
          tags: ['public'],
          summary: 'Communities whose name contains the text, for the registration form',
          querystring: CommunityQuerySchema,
          response: { 200: z.array(CommunitySchema) },
        },
      },
      async (req) => findCommunities(deps, req.query.q),
    );

    app.get(
      '/me/volunteer',
      {
        config: { access: signedIn, probe: () => ({}) },
        schema: { tags, summary: 'My own volunteer record, masked as everywhere else', response: { 200: VolunteerSchema } },
      },
      async (req) => getOwnVolunteer(deps, contextOf(req)),
    );

    app.get(
      '/me/volunteer/projects',
      {
        config: { access: signedIn, probe: () => ({}) },
        schema: { tags, summary: 'Projects recruiting in my community and above, with their slots', response: { 200: z.array(ProjectSchema) } },
      },
      async (req) => myOpenProjects(deps, contextOf(req)),
    );

    app.get(
      '/me/volunteer/signups',
      {
        config: { access: signedIn, probe: () => ({}) },
        schema: { tags, summary: 'My sign-ups with my place on waiting lists and the minutes credited', response: { 200: z.array(MySignupSchema) } },
      },
      async (req) => mySignups(deps, contextOf(req)),
    );

    app.get(
      '/me/volunteer/teams',
      {
        config: { access: signedIn, probe: () => ({}) },
        schema: { tags, summary: 'The teams I belong to, and which I lead', response: { 200: z.array(MyTeamSchema) } },
      },
      async (req) => myTeams(deps, contextOf(req)),
    );

    app.get(
      '/me/volunteer/export',
      {
        config: { access: signedIn, probe: () => ({}) },
        schema: { tags, summary: 'Everything kept about me, in full, as a JSON file', response: { 200: OwnDataSchema } },
      },
      async (req, reply) => {
        const data = await exportOwnData(deps, contextOf(req));
        return reply
          .header('content-disposition', `attachment; filename="my-volunteer-data.json"; filename*=UTF-8''${encodeURIComponent('我的志愿者数据.json')}`)
          .header('cache-control', 'private, no-store')
          .send(data);
      },
    );

    app.post(
      '/me/volunteer/deletion-request',
      {
        config: { access: signedIn, probe: () => ({}) },
        schema: {
          tags,
          summary: 'Ask for my data to be deleted; staff handle it',
          response: { 200: z.object({ deletionRequestedAt: z.iso.datetime({ offset: true }) }) },
        },
      },
      async (req) => requestDeletion(deps, contextOf(req)),
    );
  };
}
