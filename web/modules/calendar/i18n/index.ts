import { calendarEn } from './en';
import { calendarZhCN } from './zh-CN';

/** The calendar module's dictionaries, merged into the app's at start. */
export const calendarMessages = { 'zh-CN': calendarZhCN, en: calendarEn };
