import { reportsEn } from './en';
import { reportsZhCN } from './zh-CN';

/** The reports module's dictionaries, merged into the app's at start. */
export const reportsMessages = { 'zh-CN': reportsZhCN, en: reportsEn };
