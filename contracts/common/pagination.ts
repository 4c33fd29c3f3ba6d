import { z } from 'zod';

/** Query parameters of every paginated list. */
export const PageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
/** Parsed page query. */
export type PageQuery = z.infer<typeof PageQuerySchema>;

/** Wraps an item schema into the page envelope every list returns. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}
/** A page of items. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
