import { venuesEn } from './en';
import { venuesZhCN } from './zh-CN';

/** The venues module's dictionaries, merged into the app's at start. */
export const venuesMessages = { 'zh-CN': venuesZhCN, en: venuesEn };
