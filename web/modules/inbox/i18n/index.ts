import { inboxEn } from './en';
import { inboxZhCN } from './zh-CN';

/** The inbox's dictionaries, merged into the app's at start; each notice's wording lives with the module that posts it. */
export const inboxMessages = { 'zh-CN': inboxZhCN, en: inboxEn };
