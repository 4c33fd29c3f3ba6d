import { volunteersEn } from './en';
import { volunteersZhCN } from './zh-CN';

/** The volunteers module's dictionaries, merged into the app's at start. */
export const volunteersMessages = { 'zh-CN': volunteersZhCN, en: volunteersEn };
