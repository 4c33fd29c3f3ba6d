import { z } from 'zod';
import { CheckinAnswerSchema, type CheckinCreate } from '../../contracts/volunteers/checkin.schemas';
import {
  CommunitySchema,
  MySignupSchema,
  ProjectSchema,
  SelfRegistrationAnswerSchema,
  type SelfRegistration,
  SignupSchema,
  VolunteerSchema,
} from '../../contracts/volunteers';
import { PointsAccountSchema, RedemptionSchema, RewardSchema } from '../../contracts/volunteers/points.schemas';
import { apiDownload, apiRequest } from './client';

const slotPath = (projectId: number, slotId: number) => `/volunteer-projects/${projectId}/slots/${slotId}`;

/** What a volunteer does on the phone: register, sign up, check in, see points and redeem. */
export const volunteerAppApi = {
  register: (input: SelfRegistration) => apiRequest('/public/volunteer-registrations', SelfRegistrationAnswerSchema, { method: 'POST', body: input }),
  communities: (q: string) => apiRequest('/public/communities', z.array(CommunitySchema), { query: { q } }),
  /** My volunteer record; a 404 or 403 means the account is not a volunteer's. */
  me: () => apiRequest('/me/volunteer', VolunteerSchema),
  projects: () => apiRequest('/me/volunteer/projects', z.array(ProjectSchema)),
  signups: () => apiRequest('/me/volunteer/signups', z.array(MySignupSchema)),
  exportData: () => apiDownload('/me/volunteer/export'),
  requestDeletion: () => apiRequest('/me/volunteer/deletion-request', z.object({ deletionRequestedAt: z.iso.datetime({ offset: true }) }), { method: 'POST' }),
  signUp: (projectId: number, slotId: number, volunteerId: number, waitlist: boolean) =>
    apiRequest(`${slotPath(projectId, slotId)}/signups`, SignupSchema, { method: 'POST', body: { volunteerId, waitlist } }),
  cancel: (projectId: number, slotId: number, volunteerId: number) =>
    apiRequest(`${slotPath(projectId, slotId)}/signups/${volunteerId}/cancel`, SignupSchema, { method: 'POST' }),
  checkin: (input: CheckinCreate) => apiRequest('/volunteer-checkins', CheckinAnswerSchema, { method: 'POST', body: input }),
  points: () => apiRequest('/me/volunteer/points', PointsAccountSchema),
  rewards: () => apiRequest('/me/volunteer/rewards', z.array(RewardSchema)),
  redeem: (rewardId: number) => apiRequest(`/rewards/${rewardId}/redeem`, RedemptionSchema, { method: 'POST' }),
};

/** Query keys of the volunteer app; everything under `volunteer-app` is refreshed after a write. */
export const volunteerAppKeys = {
  all: ['volunteer-app'] as const,
  me: ['volunteer-app', 'me'] as const,
  projects: ['volunteer-app', 'projects'] as const,
  signups: ['volunteer-app', 'signups'] as const,
  points: ['volunteer-app', 'points'] as const,
  rewards: ['volunteer-app', 'rewards'] as const,
  communities: (q: string) => ['volunteer-app', 'communities', q] as const,
};
