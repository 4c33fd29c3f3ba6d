import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Flex, Row, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { CalendarDay } from '../../../../contracts/calendar/calendar.schemas';
import { workingDaysBetween } from '../../../../contracts/calendar/working-days';
import { calendarApi, calendarKeys } from '../../../api/calendar';
import { useErrorText } from '../../../app/feedback';
import { useLocale } from '../../../app/i18n/locale-context';
import { useT } from '../../../app/i18n/useT';
import { useSession } from '../../../app/session/session-context';
import { formatDateTime } from '../../../ui/format';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { DayModal } from '../components/DayModal';
import { MonthGrid } from '../components/MonthGrid';
import { sameDays, withDay } from '../month-grid';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** A year of the working-day calendar as twelve month grids; calendar admins mark days and save the year as a whole. */
export function CalendarPage() {
  const t = useT();
  const { locale } = useLocale();
  const { can } = useSession();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const editable = can('calendar.admin');
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [draft, setDraft] = useState<CalendarDay[] | null>(null);
  const [picked, setPicked] = useState<string | null>(null);
  useDocumentTitle(t('calendar.title'));

  const saved = useQuery({ queryKey: calendarKeys.year(year), queryFn: () => calendarApi.year(year) });
  const days = draft ?? saved.data?.days ?? [];
  const byDate = useMemo(() => new Map(days.map((d) => [d.date, d])), [days]);
  const dirty = draft !== null && !sameDays(draft, saved.data?.days ?? []);
  const save = useMutation({
    mutationFn: () => calendarApi.replace(year, days),
    onSuccess: (answer) => {
      queryClient.setQueryData(calendarKeys.year(year), answer);
      setDraft(null);
      void message.success(t('common.saved'));
    },
  });
  const changeYear = (to: number) => {
    setYear(to);
    setDraft(null);
    save.reset();
  };

  return (
    <Card
      title={t('calendar.title')}
      extra={
        <Space>
          <Button icon={<LeftOutlined />} disabled={dirty} onClick={() => changeYear(year - 1)} aria-label={t('calendar.prevYear')} />
          <Typography.Text strong data-testid="calendar-year">
            {t('calendar.year', { year })}
          </Typography.Text>
          <Button icon={<RightOutlined />} disabled={dirty} onClick={() => changeYear(year + 1)} aria-label={t('calendar.nextYear')} />
          {editable && (
            <>
              <Button disabled={!dirty} onClick={() => setDraft(null)}>
                {t('calendar.discard')}
              </Button>
              <Button type="primary" disabled={!dirty} loading={save.isPending} onClick={() => save.mutate()} data-testid="calendar-save">
                {t('calendar.save')}
              </Button>
            </>
          )}
        </Space>
      }
    >
      <Flex vertical gap={12}>
        {saved.isError && <Alert type="error" showIcon title={errorText(saved.error)} />}
        {save.isError && <Alert type="error" showIcon title={errorText(save.error)} />}
        {saved.data && !saved.data.kept && !dirty && <Alert type="warning" showIcon title={t('calendar.notKept', { year })} data-testid="calendar-not-kept" />}
        {editable && <Typography.Text type="secondary">{t('calendar.editHint')}</Typography.Text>}
        <Flex gap={12} wrap align="center">
          <Tag color="error">{t('calendar.legend.holiday')}</Tag>
          <Tag color="warning">{t('calendar.legend.workday')}</Tag>
          {saved.data && (
            <Typography.Text data-testid="calendar-working-days">
              {t('calendar.workingDays', { count: workingDaysBetween(`${year - 1}-12-31`, `${year}-12-31`, days) })}
            </Typography.Text>
          )}
          {dirty && <Tag color="processing">{t('calendar.dirty')}</Tag>}
        </Flex>
        <Row gutter={[24, 16]}>
          {MONTHS.map((month) => (
            <Col key={month} xs={24} sm={12} lg={8} xl={6}>
              <MonthGrid year={year} month={month} days={byDate} locale={locale} onPick={editable && saved.data ? setPicked : undefined} />
            </Col>
          ))}
        </Row>
        {saved.data?.kept && (
          <Typography.Text type="secondary">
            {saved.data.updatedBy ? t('calendar.updatedBy', { name: saved.data.updatedBy, time: formatDateTime(saved.data.updatedAt) }) : t('calendar.seeded')}
          </Typography.Text>
        )}
      </Flex>
      {picked && (
        <DayModal
          date={picked}
          current={byDate.get(picked)}
          locale={locale}
          onClose={() => setPicked(null)}
          onApply={(festival) => {
            setDraft(withDay(days, picked, festival));
            setPicked(null);
          }}
        />
      )}
    </Card>
  );
}
