import { volunteerAppEn } from './en';
import { volunteerAppZhCN } from './zh-CN';

/** The volunteer-app module's dictionaries, merged into the app's at start. */
export const volunteerAppMessages = { 'zh-CN': volunteerAppZhCN, en: volunteerAppEn };
