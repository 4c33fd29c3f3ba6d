import type { inboxZhCN } from './zh-CN';

/** The inbox's words in English. */
export const inboxEn: Record<keyof typeof inboxZhCN, string> = {
  'inbox.title': 'Notices',
  'inbox.open': 'Open notices',
  'inbox.empty': 'No notices',
  'inbox.readAll': 'Mark all read',
  'inbox.unknown': 'A notice ({kind})',
};
