import {
  type LevelMinimums,
  LevelMinimumsSchema,
  type LevelMinimumsWrite,
  type StudyGroupCreate,
  type StudyGroupDetail,
  StudyGroupDetailSchema,
  type StudyGroupLevel,
  type StudyGroupMemberUpdate,
  type StudyGroupMemberWrite,
  StudyGroupPageSchema,
  type StudyGroupUpdate,
  type StudyPlan,
  StudyPlanSchema,
  type StudyPlanWrite,
} from '../../contracts/theory/study-group.schemas';
import { type AttendanceWrite, type SessionAttendance, SessionAttendanceSchema } from '../../contracts/theory/attendance.schemas';
import { type StudyBoard, StudyBoardSchema } from '../../contracts/theory/board.schemas';
import { apiRequest } from './client';

/** Filters of the study group list. */
export interface StudyGroupFilters {
  orgId?: number;
  level?: StudyGroupLevel;
  q?: string;
  active?: 'true' | 'false';
}

/** Filters of the yearly study board. */
export interface StudyBoardFilters {
  year: number;
  orgId?: number;
  level?: StudyGroupLevel;
}

const groupPath = (id: number) => `/theory/study-groups/${id}`;

/** Study groups: the scoped list, one group with its members, edits, yearly plans, the minimums by level, and sessions' attendance. */
export const theoryApi = {
  groups: (filters: StudyGroupFilters, page: number, pageSize: number) =>
    apiRequest('/theory/study-groups', StudyGroupPageSchema, { query: { ...filters, page, pageSize } }),
  group: (id: number): Promise<StudyGroupDetail> => apiRequest(groupPath(id), StudyGroupDetailSchema),
  createGroup: (input: StudyGroupCreate) => apiRequest('/theory/study-groups', StudyGroupDetailSchema, { method: 'POST', body: input }),
  updateGroup: (id: number, input: StudyGroupUpdate) => apiRequest(groupPath(id), StudyGroupDetailSchema, { method: 'PATCH', body: input }),
  addMember: (id: number, input: StudyGroupMemberWrite) => apiRequest(`${groupPath(id)}/members`, StudyGroupDetailSchema, { method: 'POST', body: input }),
  updateMember: (id: number, memberId: number, input: StudyGroupMemberUpdate) =>
    apiRequest(`${groupPath(id)}/members/${memberId}`, StudyGroupDetailSchema, { method: 'PATCH', body: input }),
  plan: (id: number, year: number): Promise<StudyPlan> => apiRequest(`${groupPath(id)}/plans/${year}`, StudyPlanSchema),
  savePlan: (id: number, year: number, input: StudyPlanWrite) => apiRequest(`${groupPath(id)}/plans/${year}`, StudyPlanSchema, { method: 'PUT', body: input }),
  board: (filters: StudyBoardFilters): Promise<StudyBoard> => apiRequest('/theory/board', StudyBoardSchema, { query: { ...filters } }),
  attendance: (activityId: number): Promise<SessionAttendance> => apiRequest(`/theory/sessions/${activityId}/attendance`, SessionAttendanceSchema),
  saveAttendance: (activityId: number, input: AttendanceWrite) =>
    apiRequest(`/theory/sessions/${activityId}/attendance`, SessionAttendanceSchema, { method: 'PUT', body: input }),
  minimums: (): Promise<LevelMinimums> => apiRequest('/theory/study-group-minimums', LevelMinimumsSchema),
  saveMinimums: (input: LevelMinimumsWrite) => apiRequest('/theory/study-group-minimums', LevelMinimumsSchema, { method: 'PUT', body: input }),
};

/** Query keys of theory study; `all` invalidates every one after a change. */
export const theoryKeys = {
  all: ['theory'] as const,
  groupLists: ['theory', 'groups'] as const,
  groups: (filters: StudyGroupFilters, page: number, pageSize: number) => ['theory', 'groups', filters, page, pageSize] as const,
  group: (id: number) => ['theory', 'group', id] as const,
  plan: (id: number, year: number) => ['theory', 'plan', id, year] as const,
  minimums: ['theory', 'minimums'] as const,
  attendance: (activityId: number) => ['theory', 'attendance', activityId] as const,
  board: (filters: StudyBoardFilters) => ['theory', 'board', filters] as const,
};
