import type { Activity, ActivityDetail } from '../../../contracts/activities/activity.schemas';
import { measuresOf } from '../../../contracts/activities/field-declaration';
import type { Locale } from '../../../contracts/common/locale';
import type { ActivityView, findHistory } from './activity.repository';

const iso = (d: Date | string) => new Date(d).toISOString();
const isoOrNull = (d: Date | string | null) => (d === null ? null : iso(d));

/** The API shape of a record; measures are what an approval would write under the type's current rules. */
export function toActivity(v: ActivityView, locale: Locale): Activity {
  return {
    id: v.id,
    typeCode: v.typeCode,
    typeName: locale === 'en' ? v.typeNameEn : v.typeNameZh,
    org: { id: v.orgId, name: v.orgName },
    venueId: v.venueId,
    title: v.title,
    startsAt: iso(v.startsAt),
    endsAt: iso(v.endsAt),
    fields: v.fields,
    refs: Object.fromEntries(Object.entries(v.refs).map(([k, r]) => [k, { id: r.id, label: r.label }])),
    measures: measuresOf(v.typeRules, v.fields, v.refs),
    status: v.status,
    returnReason: v.returnReason,
    version: v.version,
    createdBy: v.createdBy,
    createdAt: iso(v.createdAt),
    updatedAt: iso(v.updatedAt),
    submittedAt: isoOrNull(v.submittedAt),
    reviewedAt: isoOrNull(v.reviewedAt),
    reviewedBy: v.reviewedBy,
    attachments: [],
    signals: [],
  };
}

/** A record with its history. */
export function toActivityDetail(v: ActivityView, history: Awaited<ReturnType<typeof findHistory>>, locale: Locale): ActivityDetail {
  return { ...toActivity(v, locale), history: history.map((h) => ({ ...h, at: iso(h.at) })) };
}
