import dayjs from 'dayjs';

/** An instant as local date and time, or a dash. */
export function formatDateTime(value: string | null | undefined): string {
  return value ? dayjs(value).format('YYYY-MM-DD HH:mm:ss') : '—';
}

/** A calendar date as it came (YYYY-MM-DD), or a dash. */
export function formatDate(value: string | null | undefined): string {
  return value ? dayjs(value).format('YYYY-MM-DD') : '—';
}

/** A count with thousands separators, or a dash. */
export function formatCount(value: number | null | undefined, locale: string): string {
  return value === null || value === undefined ? '—' : value.toLocaleString(locale);
}

/** Today as YYYY-MM-DD in the browser's calendar. */
export function today(): string {
  return dayjs().format('YYYY-MM-DD');
}
