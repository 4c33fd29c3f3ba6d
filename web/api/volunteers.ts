import { z } from 'zod';
import {
  type MemberRole,
  type MemberStatus,
  type ProjectCreate,
  ProjectPageSchema,
  ProjectSchema,
  type ProjectStoredStatus,
  RevealAnswerSchema,
  type ServiceCategory,
  SignupSchema,
  type TeamCreate,
  type TeamKind,
  TeamMemberSchema,
  TeamPageSchema,
  TeamSchema,
  type TeamStatus,
  type TeamUpdate,
  type VolunteerCreate,
  VolunteerPageSchema,
  type VolunteerReveal,
  VolunteerSchema,
  type VolunteerStatus,
} from '../../contracts/volunteers';
import { type CheckinKind, QrTokenSchema } from '../../contracts/volunteers/checkin.schemas';
import { apiRequest } from './client';

/** Filters of the volunteer list. */
export interface VolunteerFilters {
  orgId?: number;
  q?: string;
  skill?: string;
  status?: VolunteerStatus;
  /** Matched exactly through the server's keyed hash; an ID number is read as a resident ID's. */
  idNumber?: string;
  phone?: string;
}

/** Filters of the team list. */
export interface TeamFilters {
  orgId?: number;
  kind?: TeamKind;
  status?: TeamStatus;
  q?: string;
}

/** Filters of the project list. */
export interface ProjectFilters {
  orgId?: number;
  teamId?: number;
  category?: ServiceCategory;
  status?: ProjectStoredStatus;
  q?: string;
}

const teamPath = (id: number) => `/volunteer-teams/${id}`;
const slotPath = (projectId: number, slotId: number) => `/volunteer-projects/${projectId}/slots/${slotId}/signups`;

/** Volunteers, their teams and service projects with sign-ups. */
export const volunteersApi = {
  list: (filters: VolunteerFilters, page: number, pageSize: number) =>
    apiRequest('/volunteers', VolunteerPageSchema, { query: { ...filters, page, pageSize } }),
  get: (id: number) => apiRequest(`/volunteers/${id}`, VolunteerSchema),
  create: (input: VolunteerCreate) => apiRequest('/volunteers', VolunteerSchema, { method: 'POST', body: input }),
  reveal: (id: number, input: VolunteerReveal) => apiRequest(`/volunteers/${id}/reveal`, RevealAnswerSchema, { method: 'POST', body: input }),

  teams: (filters: TeamFilters, page: number, pageSize: number) => apiRequest('/volunteer-teams', TeamPageSchema, { query: { ...filters, page, pageSize } }),
  team: (id: number) => apiRequest(teamPath(id), TeamSchema),
  createTeam: (input: TeamCreate) => apiRequest('/volunteer-teams', TeamSchema, { method: 'POST', body: input }),
  updateTeam: (id: number, input: TeamUpdate) => apiRequest(teamPath(id), TeamSchema, { method: 'PATCH', body: input }),
  dissolveTeam: (id: number, version: number, dissolvedOn: string) =>
    apiRequest(`${teamPath(id)}/dissolve`, TeamSchema, { method: 'POST', body: { version, dissolvedOn } }),
  members: (id: number, status?: MemberStatus) => apiRequest(`${teamPath(id)}/members`, z.array(TeamMemberSchema), { query: { status } }),
  requestJoin: (id: number, volunteerId: number) => apiRequest(`${teamPath(id)}/join-requests`, TeamMemberSchema, { method: 'POST', body: { volunteerId } }),
  decide: (id: number, volunteerId: number, decision: 'approve' | 'reject', note?: string) =>
    apiRequest(`${teamPath(id)}/members/${volunteerId}/decision`, TeamMemberSchema, { method: 'POST', body: { decision, ...(note ? { note } : {}) } }),
  setRole: (id: number, volunteerId: number, role: MemberRole) =>
    apiRequest(`${teamPath(id)}/members/${volunteerId}/role`, TeamMemberSchema, { method: 'PUT', body: { role } }),

  projects: (filters: ProjectFilters, page: number, pageSize: number) =>
    apiRequest('/volunteer-projects', ProjectPageSchema, { query: { ...filters, page, pageSize } }),
  project: (id: number) => apiRequest(`/volunteer-projects/${id}`, ProjectSchema),
  createProject: (input: ProjectCreate) => apiRequest('/volunteer-projects', ProjectSchema, { method: 'POST', body: input }),
  setProjectStatus: (id: number, status: 'running' | 'ended') =>
    apiRequest(`/volunteer-projects/${id}/status`, ProjectSchema, { method: 'POST', body: { status } }),
  signups: (projectId: number, slotId: number) => apiRequest(slotPath(projectId, slotId), z.array(SignupSchema)),
  signUp: (projectId: number, slotId: number, volunteerId: number, waitlist: boolean) =>
    apiRequest(slotPath(projectId, slotId), SignupSchema, { method: 'POST', body: { volunteerId, waitlist } }),
  cancelSignup: (projectId: number, slotId: number, volunteerId: number) =>
    apiRequest(`${slotPath(projectId, slotId)}/${volunteerId}/cancel`, SignupSchema, { method: 'POST' }),
  /** A slot's current check-in or check-out token, renewed every 30 seconds, to show as a QR code. */
  qr: (projectId: number, slotId: number, kind: CheckinKind) =>
    apiRequest(`/volunteer-projects/${projectId}/slots/${slotId}/qr`, QrTokenSchema, { query: { kind } }),
};

/** Query keys of the volunteers module; everything under `volunteers` is refreshed after a write. */
export const volunteerKeys = {
  all: ['volunteers'] as const,
  list: (filters: VolunteerFilters, page: number, pageSize: number) => ['volunteers', 'list', filters, page, pageSize] as const,
  one: (id: number) => ['volunteers', 'one', id] as const,
  teams: (filters: TeamFilters, page: number, pageSize: number) => ['volunteers', 'teams', filters, page, pageSize] as const,
  members: (teamId: number) => ['volunteers', 'members', teamId] as const,
  projects: (filters: ProjectFilters, page: number, pageSize: number) => ['volunteers', 'projects', filters, page, pageSize] as const,
  project: (id: number) => ['volunteers', 'project', id] as const,
  signups: (projectId: number, slotId: number) => ['volunteers', 'signups', projectId, slotId] as const,
};
