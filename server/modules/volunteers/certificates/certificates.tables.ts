import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;

/** volunteer_certificates: a service certificate as issued, with the lines it certified frozen in it. */
export interface VolunteerCertificateTable {
  id: Generated<number>;
  certNo: string;
  verifyCode: string;
  volunteerId: number;
  issuerOrgId: number;
  personInCharge: string;
  handler: string;
  contact: string;
  periodFrom: string | null;
  periodTo: string;
  minutes: number;
  lines: Json<unknown>;
  issuedOn: string;
  issuedBy: number;
  issuedAt: Timestamp;
  revokedAt: Date | null;
  revokedBy: number | null;
  revokeReason: string | null;
}

declare module '../../../platform/db/database' {
  interface Database {
    volunteerCertificates: VolunteerCertificateTable;
  }
}
