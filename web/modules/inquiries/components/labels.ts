import type { Locale } from '../../../../contracts/common/locale';
import type { DEADLINE_STATES, InquiryAction, InquiryStatus } from '../../../../contracts/inquiries';
import type { InquiryStep } from '../../../api/inquiries';
import type { MessageKey } from '../../../app/i18n/messages';

/** One of the deadline states a case is in today. */
export type DeadlineState = (typeof DEADLINE_STATES)[number];

/** The tag colour of each case status. */
export const STATUS_COLOR: Record<InquiryStatus, string> = {
  received: 'gold',
  rejected: 'default',
  dispatched: 'blue',
  signed: 'processing',
  replied: 'cyan',
  closed: 'green',
};

/** The tag colour of each deadline state; a case without a deadline shows none. */
export const DEADLINE_COLOR: Record<DeadlineState, string> = {
  none: 'default',
  on_track: 'green',
  due_soon: 'orange',
  overdue: 'red',
  met: 'cyan',
  missed: 'volcano',
};

/** The tag colour of each rating. */
export const RATING_COLOR = { satisfied: 'green', basically: 'blue', unsatisfied: 'red' } as const;

/** The tag colour of each extension request's state. */
export const EXTENSION_COLOR = { pending: 'orange', approved: 'green', refused: 'default' } as const;

/** A category's name in the UI language. */
export function localName(item: { nameZh: string; nameEn: string }, locale: Locale): string {
  return locale === 'en' ? item.nameEn : item.nameZh;
}

/** The button label of each step; `follow-up` has a hyphen the message keys do not. */
export const STEP_KEYS: Record<InquiryStep, MessageKey> = {
  dispatch: 'inquiries.step.dispatch',
  reject: 'inquiries.step.reject',
  reroute: 'inquiries.step.reroute',
  recategorise: 'inquiries.step.recategorise',
  sign: 'inquiries.step.sign',
  reply: 'inquiries.step.reply',
  return: 'inquiries.step.return',
  supervise: 'inquiries.step.supervise',
  close: 'inquiries.step.close',
  'follow-up': 'inquiries.step.followUp',
  redo: 'inquiries.step.redo',
  extensions: 'inquiries.step.extensions',
};

/** What each step's success says. */
export const STEP_DONE_KEYS: Record<InquiryStep, MessageKey> = {
  dispatch: 'inquiries.done.dispatch',
  reject: 'inquiries.done.reject',
  reroute: 'inquiries.done.reroute',
  recategorise: 'inquiries.done.recategorise',
  sign: 'inquiries.done.sign',
  reply: 'inquiries.done.reply',
  return: 'inquiries.done.return',
  supervise: 'inquiries.done.supervise',
  close: 'inquiries.done.close',
  'follow-up': 'inquiries.done.followUp',
  redo: 'inquiries.done.redo',
  extensions: 'inquiries.done.extensions',
};

/** The words of each action in a case's history. */
export const ACTION_KEYS: Record<InquiryAction, MessageKey> = {
  receive: 'inquiries.action.receive',
  reject: 'inquiries.action.reject',
  dispatch: 'inquiries.action.dispatch',
  reroute: 'inquiries.action.reroute',
  recategorise: 'inquiries.action.recategorise',
  sign: 'inquiries.action.sign',
  reply: 'inquiries.action.reply',
  return: 'inquiries.action.return',
  supervise: 'inquiries.action.supervise',
  remind: 'inquiries.action.remind',
  escalate: 'inquiries.action.escalate',
  extension_request: 'inquiries.action.extension_request',
  extension_approve: 'inquiries.action.extension_approve',
  extension_refuse: 'inquiries.action.extension_refuse',
  close: 'inquiries.action.close',
  rate: 'inquiries.action.rate',
  redo: 'inquiries.action.redo',
};
