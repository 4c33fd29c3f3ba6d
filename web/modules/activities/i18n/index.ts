import { activitiesEn } from './en';
import { activitiesZhCN } from './zh-CN';

/** The activities module's dictionaries, merged into the app's at start. */
export const activitiesMessages = { 'zh-CN': activitiesZhCN, en: activitiesEn };
