import { Button, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import type { CalendarDay } from '../../../../contracts/calendar/calendar.schemas';
import { FESTIVALS } from '../../../../contracts/calendar/festivals';
import { isWeekend } from '../../../../contracts/calendar/working-days';
import type { Locale } from '../../../../contracts/common/locale';
import { useT } from '../../../app/i18n/useT';
import type { FestivalName } from '../month-grid';

interface DayModalProps {
  date: string;
  current: CalendarDay | undefined;
  locale: Locale;
  onApply: (festival: FestivalName | null) => void;
  onClose: () => void;
}

/** Marks one day: a weekday becomes a holiday, a weekend day a worked day, under a festival's name; or back to normal. */
export function DayModal({ date, current, locale, onApply, onClose }: DayModalProps) {
  const t = useT();
  // A name entered by hand (not one of the presets) stays selectable, so opening the day does not lose it.
  const names: FestivalName[] = current && !FESTIVALS.some((f) => f.nameZh === current.nameZh) ? [current, ...FESTIVALS] : [...FESTIVALS];
  const [nameZh, setNameZh] = useState<string | undefined>(current?.nameZh);
  const chosen = names.find((n) => n.nameZh === nameZh);
  const weekend = isWeekend(date);

  return (
    <Modal
      open
      title={date}
      onCancel={onClose}
      data-testid="calendar-day-modal"
      footer={[
        current && (
          <Button key="clear" danger onClick={() => onApply(null)} data-testid="calendar-day-clear">
            {t('calendar.day.clear')}
          </Button>
        ),
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button key="ok" type="primary" disabled={!chosen} onClick={() => chosen && onApply(chosen)} data-testid="calendar-day-apply">
          {t('common.confirm')}
        </Button>,
      ]}
    >
      <Typography.Paragraph>{t(weekend ? 'calendar.day.workday' : 'calendar.day.holiday')}</Typography.Paragraph>
      <Select
        style={{ width: '100%' }}
        placeholder={t('calendar.day.festival')}
        value={nameZh}
        onChange={setNameZh}
        options={names.map((n) => ({ value: n.nameZh, label: locale === 'en' ? n.nameEn : n.nameZh }))}
        data-testid="calendar-day-festival"
      />
    </Modal>
  );
}
