import { z } from 'zod';

/** A third-party app's key to file cases through Open311; only its prefix is shown after it is issued. */
export const ApiClientSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  org: z.object({ id: z.number().int(), name: z.string() }),
  keyPrefix: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  revokedAt: z.iso.datetime({ offset: true }).nullable(),
  lastUsedAt: z.iso.datetime({ offset: true }).nullable(),
});
/** An API client. */
export type ApiClient = z.infer<typeof ApiClientSchema>;

/** A key to issue: the app's name and the area whose cases it may file. */
export const ApiClientInputSchema = z.strictObject({ name: z.string().trim().min(2).max(60), orgId: z.number().int().positive().max(2_147_483_647) });

/** The issued key, shown once. */
export const IssuedApiClientSchema = ApiClientSchema.extend({ apiKey: z.string() });
/** An issued key. */
export type IssuedApiClient = z.infer<typeof IssuedApiClientSchema>;
