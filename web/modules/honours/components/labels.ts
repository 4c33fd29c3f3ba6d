import type { NominationStatus, TitleLevel } from '../../../../contracts/honours';
import { REVIEW_STAGES, type ReviewStage } from '../../../../contracts/honours';
import type { Locale } from '../../../../contracts/common/locale';
import type { MessageKey } from '../../../app/i18n/messages';

/** The tag colour of each nomination status. */
export const NOMINATION_STATUS_COLOR: Record<NominationStatus, string> = {
  reviewing: 'blue',
  returned: 'orange',
  approved: 'cyan',
  noticed: 'purple',
  awarded: 'green',
  not_awarded: 'default',
};

/** The tag colour of each title level. */
export const LEVEL_COLOR: Record<TitleLevel, string> = { national: 'red', provincial: 'volcano', city: 'gold', county: 'blue' };

/** The tag colour of each objection status. */
export const OBJECTION_COLOR: Record<'open' | 'upheld' | 'dismissed', string> = { open: 'orange', upheld: 'red', dismissed: 'green' };

/** A title's or a category's name in the UI language. */
export function localName(item: { nameZh: string; nameEn: string }, locale: Locale): string {
  return locale === 'en' ? item.nameEn : item.nameZh;
}

/** Whether a stored stage string is one of the review stages, so it can be named. */
export function isStage(value: string | null): value is ReviewStage {
  return REVIEW_STAGES.some((s) => s === value);
}

/** The actions a nomination's history records, as the server writes them. */
const NOMINATION_ACTIONS = [
  'nominate',
  'approve',
  'return',
  'resubmit',
  'score',
  'notice',
  'objection',
  'objection_upheld',
  'objection_dismissed',
  'award',
  'not_award',
] as const;
type NominationAction = (typeof NOMINATION_ACTIONS)[number];

const ACTION_KEYS: Record<NominationAction, MessageKey> = {
  nominate: 'honours.action.nominate',
  approve: 'honours.action.approve',
  return: 'honours.action.return',
  resubmit: 'honours.action.resubmit',
  score: 'honours.action.score',
  notice: 'honours.action.notice',
  objection: 'honours.action.objection',
  objection_upheld: 'honours.action.objection_upheld',
  objection_dismissed: 'honours.action.objection_dismissed',
  award: 'honours.action.award',
  not_award: 'honours.action.not_award',
};

/** Whether a stored history action is one this page names. */
function isAction(action: string): action is NominationAction {
  return NOMINATION_ACTIONS.some((a) => a === action);
}

/** The message naming a history entry's action, or null for an action this page does not know (shown as it came). */
export function actionKey(action: string): MessageKey | null {
  return isAction(action) ? ACTION_KEYS[action] : null;
}
