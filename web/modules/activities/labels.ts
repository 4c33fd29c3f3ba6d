import type { ActivityStatus } from '../../../contracts/activities/activity.schemas';
import type { ActivityType } from '../../../contracts/activities/activity-type.schemas';
import type { FieldDeclaration } from '../../../contracts/activities/field-declaration';
import type { Locale } from '../../../contracts/common/locale';
import type { MessageKey } from '../../app/i18n/messages';

/** The tag colour of each review state. */
export const STATUS_COLOR: Record<ActivityStatus, string> = { draft: 'default', submitted: 'processing', approved: 'success', returned: 'warning' };

/** The message key of each review state's name. */
export const STATUS_KEY: Record<ActivityStatus, MessageKey> = {
  draft: 'activities.status.draft',
  submitted: 'activities.status.submitted',
  approved: 'activities.status.approved',
  returned: 'activities.status.returned',
};

/** A type's name in the UI language. */
export function typeName(type: Pick<ActivityType, 'nameZh' | 'nameEn'>, locale: Locale): string {
  return locale === 'en' ? type.nameEn : type.nameZh;
}

/** A declared field's label in the UI language. */
export function fieldLabel(field: Pick<FieldDeclaration, 'labelZh' | 'labelEn'>, locale: Locale): string {
  return locale === 'en' ? field.labelEn : field.labelZh;
}

/** A declared field's help text in the UI language, if it has one. */
export function fieldHelp(field: FieldDeclaration, locale: Locale): string | undefined {
  return (locale === 'en' ? field.helpEn : field.helpZh) || undefined;
}

/** Whether a record in this state may still be edited and its evidence changed. */
export function isEditable(status: ActivityStatus): boolean {
  return status === 'draft' || status === 'returned';
}
