import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, InputNumber, Typography } from 'antd';
import { useState } from 'react';
import type { TimeLimit } from '../../../../contracts/inquiries';
import { inquiriesApi, inquiryKeys } from '../../../api/inquiries';
import { useNotifyError } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { ListTable } from '../../../ui/list/ListTable';
import { localPage } from '../../../ui/list/local-page';
import { useListState } from '../../../ui/list/useListState';
import { useTimeLimits } from './useInquiryChoices';

type Draft = Omit<TimeLimit, 'kind'>;
type DraftField = keyof Draft;

/** The working days each kind of case has to be signed for and answered, and how far it may be extended, edited in place row by row. */
export function TimeLimitsTab() {
  const t = useT();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const queryClient = useQueryClient();
  const state = useListState<object>({});
  const limits = useTimeLimits();
  const [drafts, setDrafts] = useState<Partial<Record<TimeLimit['kind'], Draft>>>({});
  const draftOf = (l: TimeLimit): Draft => drafts[l.kind] ?? { signDays: l.signDays, replyDays: l.replyDays, maxExtensionDays: l.maxExtensionDays };
  const edit = (l: TimeLimit, field: DraftField, value: number | null) => {
    if (value !== null) setDrafts((d) => ({ ...d, [l.kind]: { ...draftOf(l), [field]: value } }));
  };
  const save = useMutation({
    mutationFn: (l: TimeLimit) => inquiriesApi.updateTimeLimit(l.kind, draftOf(l)),
    onSuccess: (saved) => {
      setDrafts((d) => Object.fromEntries(Object.entries(d).filter(([kind]) => kind !== saved.kind)));
      void message.success(t('common.saved'));
      void queryClient.invalidateQueries({ queryKey: inquiryKeys.timeLimits() });
    },
    onError: notifyError,
  });
  const cell = (field: DraftField, min: number, max: number) => (_: unknown, l: TimeLimit) => (
    <InputNumber
      min={min}
      max={max}
      precision={0}
      value={draftOf(l)[field]}
      onChange={(v) => edit(l, field, v)}
      style={{ width: 100 }}
      data-testid={`time-limit-${l.kind}-${field}`}
    />
  );
  return (
    <>
      <Typography.Paragraph type="secondary">{t('inquiries.limits.help')}</Typography.Paragraph>
      <ListTable<TimeLimit, object>
        state={state}
        query={localPage(limits, state.page, state.pageSize)}
        rowKey="kind"
        testId="inquiry-time-limits-table"
        scrollX={720}
        columns={[
          { title: t('inquiries.field.kind'), render: (_, l) => t(`inquiries.kind.${l.kind}`) },
          { title: t('inquiries.limits.signDays'), render: cell('signDays', 1, 10) },
          { title: t('inquiries.limits.replyDays'), render: cell('replyDays', 1, 60) },
          { title: t('inquiries.limits.maxExtensionDays'), render: cell('maxExtensionDays', 0, 60) },
          {
            title: t('common.actions'),
            width: 100,
            render: (_, l) => (
              <Button
                size="small"
                type="primary"
                disabled={drafts[l.kind] === undefined}
                loading={save.isPending && save.variables?.kind === l.kind}
                onClick={() => save.mutate(l)}
                data-testid={`time-limit-save-${l.kind}`}
              >
                {t('common.save')}
              </Button>
            ),
          },
        ]}
      />
    </>
  );
}
