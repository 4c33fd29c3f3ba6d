import { inquiriesEn } from './en';
import { inquiriesZhCN } from './zh-CN';

/** The inquiries module's dictionaries, merged into the app's at start. */
export const inquiriesMessages = { 'zh-CN': inquiriesZhCN, en: inquiriesEn };
