import type { ColumnType, Generated } from 'kysely';
import type { VenueStatus } from '../../../contracts/venues/venue.schemas';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;

/** venue_kinds: the kinds of place the city keeps, as data. */
export interface VenueKindTable {
  code: string;
  nameZh: string;
  nameEn: string;
  orgLevel: 'city' | 'county' | 'township' | 'village' | null;
  fields: Json<unknown>;
  active: Generated<boolean>;
}

/** venues: one place owned by one org, with its location and life dates; the manager's phone is SM4-encrypted. */
export interface VenueTable {
  id: Generated<number>;
  kindCode: string;
  orgId: number;
  name: string;
  address: string;
  lng: number;
  lat: number;
  openingHours: string | null;
  capacity: number | null;
  managerName: string | null;
  managerPhoneEnc: Buffer | null;
  managerPhoneHash: Buffer | null;
  status: VenueStatus;
  openedOn: string | null;
  closedOn: string | null;
  fields: Json<Record<string, unknown>>;
  isDemo: Generated<boolean>;
  version: Generated<number>;
  createdBy: number;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** org_boundaries: an org's outline as GeoJSON (the city's, for checking locations and drawing the map). */
export interface OrgBoundaryTable {
  orgId: number;
  geojson: string;
  updatedAt: Timestamp;
}

/** venue_months: one month of a venue's figures; a missing row is a month not reported. */
export interface VenueMonthTable {
  venueId: number;
  month: string;
  visitors: number | null;
  loans: number | null;
  holdings: number | null;
  enteredBy: number;
  enteredAt: Timestamp;
  version: Generated<number>;
}

/** venue_photos: a photo of a venue, its bytes in file storage. */
export interface VenuePhotoTable {
  id: Generated<number>;
  venueId: number;
  storageKey: string;
  filename: string;
  mime: string;
  size: number;
  sha256: string;
  uploadedBy: number;
  uploadedAt: Timestamp;
}

declare module '../../platform/db/database' {
  interface Database {
    venuePhotos: VenuePhotoTable;
    venueMonths: VenueMonthTable;
    venueKinds: VenueKindTable;
    venues: VenueTable;
    orgBoundaries: OrgBoundaryTable;
  }
}
