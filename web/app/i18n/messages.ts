import type { Locale } from '../../../contracts/common/locale';
import { activitiesMessages } from '../../modules/activities/i18n';
import { calendarMessages } from '../../modules/calendar/i18n';
import { dashboardMessages } from '../../modules/dashboard/i18n';
import { honoursMessages } from '../../modules/honours/i18n';
import { identityMessages } from '../../modules/identity/i18n';
import { inquiriesMessages } from '../../modules/inquiries/i18n';
import { reportsMessages } from '../../modules/reports/i18n';
import { theoryMessages } from '../../modules/theory/i18n';
import { inboxMessages } from '../../modules/inbox/i18n';
import { venuesMessages } from '../../modules/venues/i18n';
import { volunteerAppMessages } from '../../modules/volunteer-app/i18n';
import { volunteersMessages } from '../../modules/volunteers/i18n';
import { en } from './en';
import { zhCN } from './zh-CN';

/** One source of words: a dictionary per locale, the English typed by the Chinese. */
export interface MessageSource {
  name: string;
  messages: { 'zh-CN': Record<string, string>; en: Record<string, string> };
}

/** The app shell's words and each module's own, in one list; a new module adds its line here. */
export const MESSAGE_SOURCES = [
  { name: 'app', messages: { 'zh-CN': zhCN, en } },
  { name: 'identity', messages: identityMessages },
  { name: 'activities', messages: activitiesMessages },
  { name: 'dashboard', messages: dashboardMessages },
  { name: 'reports', messages: reportsMessages },
  { name: 'venues', messages: venuesMessages },
  { name: 'calendar', messages: calendarMessages },
  { name: 'volunteers', messages: volunteersMessages },
  { name: 'volunteer-app', messages: volunteerAppMessages },
  { name: 'theory', messages: theoryMessages },
  { name: 'honours', messages: honoursMessages },
  { name: 'inquiries', messages: inquiriesMessages },
  { name: 'inbox', messages: inboxMessages },
] as const satisfies readonly MessageSource[];

type ZhOf<S> = S extends { messages: { 'zh-CN': infer Z } } ? keyof Z : never;

/** Every message key of the app: a key no source defines fails the typecheck. */
export type MessageKey = ZhOf<(typeof MESSAGE_SOURCES)[number]> & string;

/** Merges the sources into one table per locale; a key defined by two sources is a mistake and throws, naming both. */
export function mergeMessages(sources: readonly MessageSource[]): Record<Locale, Record<string, string>> {
  const out: Record<Locale, Record<string, string>> = { 'zh-CN': {}, en: {} };
  const owner = new Map<string, string>();
  for (const source of sources) {
    for (const key of Object.keys(source.messages['zh-CN'])) {
      const first = owner.get(key);
      if (first) throw new Error(`message key ${key} is defined by both ${first} and ${source.name}`);
      owner.set(key, source.name);
    }
    Object.assign(out['zh-CN'], source.messages['zh-CN']);
    Object.assign(out.en, source.messages.en);
  }
  return out;
}

/** The merged dictionaries the UI reads, built once at start. */
export const DICTIONARIES = mergeMessages(MESSAGE_SOURCES) as Record<Locale, Record<MessageKey, string>>;
