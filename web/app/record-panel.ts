import type { ComponentType, LazyExoticComponent } from 'react';
import type { ActivityDetail } from '../../contracts/activities/activity.schemas';
import type { MessageKey } from './i18n/messages';

/** A section another module adds to an activity record's drawer, for the records it keeps rows about (a study session's attendance). */
export interface RecordPanel {
  key: string;
  titleKey: MessageKey;
  applies(record: ActivityDetail): boolean;
  component: LazyExoticComponent<ComponentType<{ record: ActivityDetail }>>;
}
