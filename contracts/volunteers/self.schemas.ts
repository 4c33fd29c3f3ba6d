import { z } from 'zod';
import { VolunteerCreateSchema } from './volunteer.schemas';

/** Registering oneself on the phone: the same facts staff record, plus the password of the account the phone number signs in to. */
export const SelfRegistrationSchema = VolunteerCreateSchema.extend({
  password: z.string().min(1).max(128),
}).strict();
/** Input of self-registration. */
export type SelfRegistration = z.infer<typeof SelfRegistrationSchema>;

/** What a self-registration answers: the volunteer number, and the name to sign in with (the phone). */
export const SelfRegistrationAnswerSchema = z.object({ volunteerNo: z.string(), username: z.string() });

/** Looking up one's community by name for the registration form; no sign-in. */
export const CommunityQuerySchema = z.object({ q: z.string().trim().min(1).max(20) });

/** A community (village or neighbourhood) a volunteer can belong to, with its township and county for telling namesakes apart. */
export const CommunitySchema = z.object({ id: z.number().int(), name: z.string(), path: z.string() });
/** A community. */
export type Community = z.infer<typeof CommunitySchema>;

/** Everything the platform keeps about the signed-in volunteer, in full: their own data, exported on request. */
export const OwnDataSchema = z.object({
  exportedAt: z.iso.datetime({ offset: true }),
  volunteer: z.object({
    volunteerNo: z.string(),
    name: z.string(),
    sex: z.string(),
    birthDate: z.string(),
    idType: z.string(),
    idNumber: z.string(),
    phone: z.string(),
    skills: z.array(z.string()),
    homeOrg: z.string(),
    consentAt: z.string(),
    consentVersion: z.string(),
    guardian: z.object({ name: z.string(), phone: z.string(), consentAt: z.string() }).nullable(),
    deletionRequestedAt: z.string().nullable(),
  }),
  teams: z.array(z.object({ team: z.string(), role: z.string(), status: z.string() })),
  signups: z.array(z.object({ project: z.string(), slotStartsAt: z.string(), status: z.string() })),
});
/** One's own data. */
export type OwnData = z.infer<typeof OwnDataSchema>;
