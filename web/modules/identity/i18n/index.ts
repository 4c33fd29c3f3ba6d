import { identityEn } from './en';
import { identityZhCN } from './zh-CN';

/** The identity module's dictionaries, merged into the app's at start. */
export const identityMessages = { 'zh-CN': identityZhCN, en: identityEn };
