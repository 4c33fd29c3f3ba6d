import {
  type FirstAgendaCreate,
  FirstAgendaItemPageSchema,
  type FirstAgendaSource,
  type FirstAgendaUpdate,
  type FollowUpBoard,
  FollowUpBoardSchema,
  type FollowUpState,
} from '../../contracts/theory/first-agenda.schemas';
import { apiRequest } from './client';

/** Filters of the first-agenda list. */
export interface FirstAgendaFilters {
  year?: number;
  source?: FirstAgendaSource;
  q?: string;
  withdrawn?: 'true' | 'false';
}

/** Filters of one item's follow-up. */
export interface FollowUpFilters {
  orgId?: number;
  state?: FollowUpState;
}

/** First-agenda items: the list in reach, publishing, changing or withdrawing one, and its follow-up board. */
export const firstAgendaApi = {
  list: (filters: FirstAgendaFilters, page: number, pageSize: number) =>
    apiRequest('/theory/first-agenda', FirstAgendaItemPageSchema, { query: { ...filters, page, pageSize } }),
  followUp: (id: number, filters: FollowUpFilters): Promise<FollowUpBoard> =>
    apiRequest(`/theory/first-agenda/${id}`, FollowUpBoardSchema, { query: { ...filters } }),
  publish: (input: FirstAgendaCreate) => apiRequest('/theory/first-agenda', FollowUpBoardSchema, { method: 'POST', body: input }),
  update: (id: number, input: FirstAgendaUpdate) => apiRequest(`/theory/first-agenda/${id}`, FollowUpBoardSchema, { method: 'PATCH', body: input }),
};

/** Query keys of first-agenda items; under theory's, so a recorded session refreshes them too. */
export const firstAgendaKeys = {
  all: ['theory', 'first-agenda'] as const,
  list: (filters: FirstAgendaFilters, page: number, pageSize: number) => ['theory', 'first-agenda', 'list', filters, page, pageSize] as const,
  followUp: (id: number, filters: FollowUpFilters) => ['theory', 'first-agenda', id, filters] as const,
};
