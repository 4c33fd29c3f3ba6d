import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, Input, Radio, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { ActivityDetail } from '../../../../contracts/activities/activity.schemas';
import type { AttendanceLine } from '../../../../contracts/theory/attendance.schemas';
import { activityKeys } from '../../../api/activities/activities';
import { theoryApi, theoryKeys } from '../../../api/theory';
import { useErrorText, useNotifyError } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';

interface Draft {
  present: boolean | null;
  absenceReason: string;
  spoke: boolean;
}

const draftOf = (l: AttendanceLine): Draft => ({ present: l.present, absenceReason: l.absenceReason ?? '', spoke: l.spoke });

/** Props of SessionAttendancePanel. */
export interface SessionAttendancePanelProps {
  record: ActivityDetail;
}

/** A study session's attendance: each member of its group present or away (with the reason), and who spoke in the discussion. */
export function SessionAttendancePanel({ record }: SessionAttendancePanelProps) {
  const t = useT();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const notifyError = useNotifyError();
  const queryClient = useQueryClient();
  const attendance = useQuery({ queryKey: theoryKeys.attendance(record.id), queryFn: () => theoryApi.attendance(record.id) });
  const [drafts, setDrafts] = useState<Record<number, Draft>>({});
  const data = attendance.data;
  useEffect(() => {
    if (data) setDrafts(Object.fromEntries(data.lines.map((l) => [l.memberId, draftOf(l)])));
  }, [data]);

  const save = useMutation({
    mutationFn: () =>
      theoryApi.saveAttendance(record.id, {
        version: record.version,
        entries: Object.entries(drafts)
          .filter(([, d]) => d.present !== null)
          .map(([memberId, d]) => ({
            memberId: Number(memberId),
            present: d.present === true,
            spoke: d.present === true && d.spoke,
            ...(d.present === false ? { absenceReason: d.absenceReason.trim() } : {}),
          })),
      }),
    onSuccess: (saved) => {
      queryClient.setQueryData(theoryKeys.attendance(record.id), saved);
      void queryClient.invalidateQueries({ queryKey: activityKeys.all });
      void message.success(t('theory.attendance.saved', { present: saved.presentCount }));
    },
    onError: notifyError,
  });

  if (attendance.isPending) return <Skeleton active paragraph={{ rows: 3 }} />;
  if (attendance.isError) return <Alert type="error" showIcon title={errorText(attendance.error)} />;
  const a = attendance.data;
  const editable = a.editable;
  const set = (memberId: number, change: Partial<Draft>) =>
    setDrafts((all) => ({ ...all, [memberId]: { ...(all[memberId] ?? { present: null, absenceReason: '', spoke: false }), ...change } }));
  const missingReason = Object.values(drafts).some((d) => d.present === false && d.absenceReason.trim() === '');

  return (
    <div data-testid="session-attendance">
      <Space wrap style={{ marginBottom: 8 }}>
        <Typography.Text>{a.group.name}</Typography.Text>
        <Tag color="green">{t('theory.attendance.presentCount', { n: a.presentCount })}</Tag>
        <Tag color="blue">{t('theory.attendance.speakerCount', { n: a.speakerCount })}</Tag>
      </Space>
      {a.lines.length === 0 ? (
        <Typography.Text type="secondary">{t('theory.attendance.noMembers')}</Typography.Text>
      ) : (
        <Table<AttendanceLine>
          size="small"
          rowKey="memberId"
          pagination={false}
          dataSource={a.lines}
          columns={[
            {
              key: 'name',
              title: t('theory.members.name'),
              render: (_, l) => (
                <Space size={4}>
                  {l.name}
                  {l.post && <Typography.Text type="secondary">{l.post}</Typography.Text>}
                </Space>
              ),
            },
            {
              key: 'present',
              title: t('theory.attendance.title'),
              render: (_, l) => {
                const d = drafts[l.memberId] ?? draftOf(l);
                return (
                  <Space direction="vertical" size={4} style={{ width: '100%' }}>
                    <Radio.Group
                      size="small"
                      disabled={!editable}
                      value={d.present === null ? undefined : d.present}
                      onChange={(e) => set(l.memberId, { present: e.target.value as boolean })}
                      options={[
                        { value: true, label: t('theory.attendance.present') },
                        { value: false, label: t('theory.attendance.absent') },
                      ]}
                      data-testid={`attendance-${l.memberId}`}
                    />
                    {d.present === false && (
                      <Input
                        size="small"
                        maxLength={100}
                        disabled={!editable}
                        value={d.absenceReason}
                        status={d.absenceReason.trim() === '' ? 'error' : undefined}
                        placeholder={t('theory.attendance.reasonHint')}
                        onChange={(e) => set(l.memberId, { absenceReason: e.target.value })}
                        data-testid={`attendance-reason-${l.memberId}`}
                      />
                    )}
                  </Space>
                );
              },
            },
            {
              key: 'spoke',
              title: t('theory.attendance.spoke'),
              render: (_, l) => {
                const d = drafts[l.memberId] ?? draftOf(l);
                return (
                  <Checkbox
                    disabled={!editable || d.present !== true}
                    checked={d.present === true && d.spoke}
                    onChange={(e) => set(l.memberId, { spoke: e.target.checked })}
                    data-testid={`attendance-spoke-${l.memberId}`}
                  />
                );
              },
            },
          ]}
        />
      )}
      {editable && a.lines.length > 0 && (
        <Space style={{ marginTop: 8 }}>
          <Button type="primary" loading={save.isPending} disabled={missingReason} onClick={() => save.mutate()} data-testid="attendance-save">
            {t('theory.attendance.save')}
          </Button>
          <Typography.Text type="secondary">{t('theory.attendance.help')}</Typography.Text>
        </Space>
      )}
    </div>
  );
}
