import { honoursEn } from './en';
import { honoursZhCN } from './zh-CN';

/** The role models and honours module's dictionaries, merged into the app's at start. */
export const honoursMessages = { 'zh-CN': honoursZhCN, en: honoursEn };
