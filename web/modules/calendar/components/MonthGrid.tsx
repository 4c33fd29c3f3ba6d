import { Tooltip, Typography, theme } from 'antd';
import type { CSSProperties } from 'react';
import type { CalendarDay } from '../../../../contracts/calendar/calendar.schemas';
import { dayOfWeek, isWeekend } from '../../../../contracts/calendar/working-days';
import type { Locale } from '../../../../contracts/common/locale';
import { useT } from '../../../app/i18n/useT';
import { monthDates } from '../month-grid';

interface MonthGridProps {
  year: number;
  month: number;
  days: ReadonlyMap<string, CalendarDay>;
  locale: Locale;
  /** Missing: the grid is read-only. */
  onPick?: (date: string) => void;
}

const GRID: CSSProperties = { display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', gap: 2, textAlign: 'center' };
const MARK: CSSProperties = { position: 'absolute', top: 0, right: 2, fontSize: 10, lineHeight: 1 };

/** One month, Monday first: holidays marked 休, worked weekend days marked 班, other weekend days greyed. */
export function MonthGrid({ year, month, days, locale, onPick }: MonthGridProps) {
  const t = useT();
  const { token } = theme.useToken();
  const title = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, 1));

  const cellStyle = (date: string, day: CalendarDay | undefined): CSSProperties => {
    const base: CSSProperties = {
      position: 'relative',
      padding: '4px 0',
      border: 'none',
      borderRadius: token.borderRadiusSM,
      background: 'transparent',
      font: 'inherit',
      cursor: onPick ? 'pointer' : 'default',
      // The first date sits under its weekday; the grid flows on from there.
      gridColumnStart: date.endsWith('-01') ? dayOfWeek(date) : undefined,
    };
    if (day?.kind === 'holiday') return { ...base, background: token.colorErrorBg, color: token.colorError };
    if (day?.kind === 'workday') return { ...base, background: token.colorWarningBg, color: token.colorWarningText };
    return { ...base, color: isWeekend(date) ? token.colorTextQuaternary : token.colorText };
  };

  const cell = (date: string) => {
    const day = days.get(date);
    const content = (
      <>
        {Number(date.slice(8))}
        {day && <span style={MARK}>{t(day.kind === 'holiday' ? 'calendar.mark.holiday' : 'calendar.mark.workday')}</span>}
      </>
    );
    const props = { style: cellStyle(date, day), 'data-testid': `calendar-day-${date}`, 'data-kind': day?.kind ?? '' };
    const element = onPick ? (
      <button key={date} type="button" {...props} onClick={() => onPick(date)}>
        {content}
      </button>
    ) : (
      <div key={date} {...props}>
        {content}
      </div>
    );
    return day ? (
      <Tooltip key={date} title={locale === 'en' ? day.nameEn : day.nameZh}>
        {element}
      </Tooltip>
    ) : (
      element
    );
  };

  return (
    <div data-testid={`calendar-month-${month}`}>
      <Typography.Text strong>{title}</Typography.Text>
      <div style={{ ...GRID, marginTop: 4, color: token.colorTextTertiary, fontSize: 12 }}>
        {t('calendar.weekdays')
          .split(' ')
          .map((w) => (
            <span key={w}>{w}</span>
          ))}
      </div>
      <div style={GRID}>{monthDates(year, month).map(cell)}</div>
    </div>
  );
}
