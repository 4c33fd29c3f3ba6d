import { z } from 'zod';
import { PageQuerySchema } from '../common/pagination';

/** A notice in a person's inbox: what it is about (its kind, worded by the module that posts it), where to act on it, and whether they read it. */
export const NoticeSchema = z.object({
  id: z.number().int(),
  /** `<module>.<occasion>`, e.g. `theory.first_agenda_due`; the web words it from the module's dictionary. */
  kind: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  /** The page to act on it, inside the app. */
  link: z.string().nullable(),
  createdAt: z.string(),
  read: z.boolean(),
});
/** A notice. */
export type Notice = z.infer<typeof NoticeSchema>;

/** A page of the caller's notices, newest first, with how many are unread in all. */
export const InboxPageSchema = z.object({
  items: z.array(NoticeSchema),
  total: z.number().int(),
  unread: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
/** A page of the inbox. */
export type InboxPage = z.infer<typeof InboxPageSchema>;

/** Inbox filters: only the unread ones. */
export const InboxQuerySchema = PageQuerySchema.extend({ unread: z.enum(['true', 'false']).optional() });
/** Parsed inbox filters. */
export type InboxQuery = z.infer<typeof InboxQuerySchema>;

/** Path parameter naming a notice. */
export const NoticeParamsSchema = z.object({ id: z.coerce.number().int().positive() });
