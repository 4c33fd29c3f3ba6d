import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Form, InputNumber, Modal, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { VenueMonth } from '../../../../contracts/venues/venue.schemas';
import { venuesApi } from '../../../api/venues';
import { useErrorText } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';

interface MonthForm {
  visitors: number | null;
  loans: number | null;
  holdings: number | null;
}

/** A venue's twelve months of one year: reported figures or "not reported", each month entered or corrected in place. */
export function VenueMonths({ venueId, canWrite }: { venueId: number; canWrite: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear - 1);
  const [editing, setEditing] = useState<VenueMonth | null>(null);
  const [form] = Form.useForm<MonthForm>();
  const months = useQuery({ queryKey: ['venues', 'months', venueId, year], queryFn: () => venuesApi.months(venueId, year) });
  const save = useMutation({
    mutationFn: (values: MonthForm) =>
      venuesApi.saveMonth(venueId, editing?.month ?? '', {
        visitors: values.visitors ?? null,
        loans: values.loans ?? null,
        holdings: values.holdings ?? null,
        ...(editing?.version ? { version: editing.version } : {}),
      }),
    onSuccess: () => {
      void message.success(t('common.saved'));
      setEditing(null);
      void queryClient.invalidateQueries({ queryKey: ['venues', 'months', venueId] });
    },
  });
  const cell = (m: VenueMonth, v: number | null) => (m.reported ? (v ?? '—') : <Tag>{t('venues.months.missing')}</Tag>);

  return (
    <Flex vertical gap={8} data-testid="venue-months">
      <Flex justify="space-between" align="center">
        <Typography.Text strong>{t('venues.months.title')}</Typography.Text>
        <Select
          size="small"
          value={year}
          onChange={setYear}
          options={[thisYear, thisYear - 1, thisYear - 2, thisYear - 3].map((y) => ({ value: y, label: `${y}` }))}
          style={{ width: 90 }}
        />
      </Flex>
      {months.isError && <Alert type="error" showIcon title={errorText(months.error)} />}
      <Table<VenueMonth>
        rowKey="month"
        size="small"
        pagination={false}
        loading={months.isFetching}
        dataSource={months.data ?? []}
        columns={[
          { title: t('venues.months.month'), dataIndex: 'month' },
          { title: t('venues.months.visitors'), render: (_, m) => cell(m, m.visitors) },
          { title: t('venues.months.loans'), render: (_, m) => cell(m, m.loans) },
          { title: t('venues.months.holdings'), render: (_, m) => cell(m, m.holdings) },
          ...(canWrite
            ? [
                {
                  title: '',
                  render: (_: unknown, m: VenueMonth) => (
                    <Button
                      size="small"
                      type="link"
                      onClick={() => {
                        setEditing(m);
                        form.setFieldsValue({ visitors: m.visitors, loans: m.loans, holdings: m.holdings });
                      }}
                    >
                      {m.reported ? t('common.edit') : t('venues.months.enter')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        open={editing !== null}
        title={t('venues.months.editTitle', { month: editing?.month ?? '' })}
        onCancel={() => setEditing(null)}
        onOk={() => form.submit()}
        confirmLoading={save.isPending}
        destroyOnHidden
      >
        {save.isError && <Alert type="error" showIcon title={errorText(save.error)} style={{ marginBottom: 12 }} />}
        <Form<MonthForm> form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
          <Form.Item name="visitors" label={t('venues.months.visitors')}>
            <InputNumber min={0} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="loans" label={t('venues.months.loans')}>
            <InputNumber min={0} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="holdings" label={t('venues.months.holdings')} extra={t('venues.months.holdingsHelp')}>
            <InputNumber min={0} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
