import { theoryEn } from './en';
import { theoryZhCN } from './zh-CN';

/** The theory study module's dictionaries, merged into the app's at start. */
export const theoryMessages = { 'zh-CN': theoryZhCN, en: theoryEn };
