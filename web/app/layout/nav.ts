import type { ComponentType } from 'react';
import type { Permission } from '../../../contracts/identity/permissions';
import type { MessageKey } from '../i18n/messages';

/** A page a module puts in the side menu; the router mounts it at `path` behind `permission`. */
export interface NavEntry {
  path: string;
  labelKey: MessageKey;
  icon: ComponentType;
  /** data-testid of the menu item, for the browser journeys. */
  testId: string;
  /** Missing: every signed-in user may open the page. */
  permission?: Permission;
  page: ComponentType;
}
