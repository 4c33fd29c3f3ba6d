import { z } from 'zod';
import { InboxPageSchema } from '../../contracts/inbox/notice.schemas';
import { apiCommand, apiRequest } from './client';

/** The signed-in user's inbox: the newest notices, and marking them read. */
export const inboxApi = {
  list: (page = 1, pageSize = 20) => apiRequest('/inbox', InboxPageSchema, { query: { page, pageSize } }),
  read: (id: number) => apiCommand(`/inbox/${id}/read`, { method: 'POST' }),
  readAll: () => apiRequest('/inbox/read-all', z.object({ marked: z.number() }), { method: 'POST' }),
};

/** Query keys of the inbox. */
export const inboxKeys = { all: ['inbox'] as const };
