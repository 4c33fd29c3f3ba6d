import { dashboardEn } from './en';
import { dashboardZhCN } from './zh-CN';

/** The dashboard module's dictionaries, merged into the app's at start. */
export const dashboardMessages = { 'zh-CN': dashboardZhCN, en: dashboardEn };
