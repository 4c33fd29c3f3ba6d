import { z } from 'zod';
import { FieldDeclarationSchema } from '../activities/field-declaration';
import { VenueCreateSchema } from './venue.schemas';

/**
 * Correcting a venue: any of the recorded facts except its owner org and kind (a venue that moves or changes kind is closed and
 * recorded anew). `version` is the one seen; an empty `managerPhone` clears the phone, an absent one keeps it.
 */
export const VenueUpdateSchema = VenueCreateSchema.pick({
  name: true,
  address: true,
  lng: true,
  lat: true,
  openingHours: true,
  capacity: true,
  managerName: true,
  managerPhone: true,
  fields: true,
})
  .partial()
  .extend({
    version: z.number().int().min(1),
    status: z.enum(['planned', 'open']).optional(),
    openedOn: z.iso.date().nullable().optional(),
    confirmDuplicate: z.boolean().default(false),
  })
  .strict();
/** Input of a venue correction. */
export type VenueUpdate = z.infer<typeof VenueUpdateSchema>;

/** Asking to see a manager's full phone: the reason is kept in the audit log beside who asked. */
export const RevealSchema = z.strictObject({ reason: z.string().trim().min(4).max(200) });
/** The full phone, for the one who asked. */
export const RevealAnswerSchema = z.object({ phone: z.string() });

/** Adding or changing a venue kind; the code is fixed once made, since venues and coverage rules point at it. */
export const VenueKindWriteSchema = z.strictObject({
  code: z
    .string()
    .regex(/^[a-z][a-z0-9_]{1,39}$/)
    .describe('lower-case letters, digits and _'),
  nameZh: z.string().trim().min(1).max(40),
  nameEn: z.string().trim().min(1).max(60),
  orgLevel: z.enum(['city', 'county', 'township', 'village']).nullable(),
  fields: z.array(FieldDeclarationSchema).max(30),
  active: z.boolean().default(true),
});
/** Input of a venue kind. */
export type VenueKindWrite = z.infer<typeof VenueKindWriteSchema>;

/** Loading a city's own outline; when venues would fall outside it, the answer lists them and `confirm` saves anyway. */
export const BoundaryWriteSchema = z.strictObject({
  orgId: z.number().int().positive(),
  geojson: z.unknown(),
  confirm: z.boolean().default(false),
});

/** A photo of a venue, without its bytes. */
export const VenuePhotoSchema = z.object({
  id: z.number().int(),
  filename: z.string(),
  mime: z.string(),
  size: z.number().int(),
  uploadedAt: z.iso.datetime({ offset: true }),
});
/** A venue photo. */
export type VenuePhoto = z.infer<typeof VenuePhotoSchema>;
