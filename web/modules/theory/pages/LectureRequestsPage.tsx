import { useQuery } from '@tanstack/react-query';
import { Card, Form, Switch, Tag, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { LECTURE_REQUEST_STATUSES, type LectureRequest } from '../../../../contracts/theory/lecture-request.schemas';
import { type LectureRequestFilters, lectureKeys, lecturesApi } from '../../../api/lectures';
import { useT } from '../../../app/i18n/useT';
import { formatDateTime } from '../../../ui/format';
import { ListTable } from '../../../ui/list/ListTable';
import { useListState } from '../../../ui/list/useListState';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { LectureRequestDrawer } from '../components/LectureRequestDrawer';
import { LECTURE_STATUS_COLOR } from '../components/lecture-status';

/** Lecture requests (点单宣讲) ordered within the user's view, and those waiting on them as a lecturer, newest first. */
export function LectureRequestsPage() {
  const t = useT();
  useDocumentTitle(t('theory.request.title'));
  const [params, setParams] = useSearchParams();
  const state = useListState<LectureRequestFilters>({});
  const { filters, page, pageSize } = state;
  const list = useQuery({ queryKey: lectureKeys.requests(filters, page, pageSize), queryFn: () => lecturesApi.requests(filters, page, pageSize) });
  const openId = Number(params.get('request')) || null;
  const open = (id: number | null) => setParams(id === null ? {} : { request: String(id) });
  return (
    <Card title={t('theory.request.title')}>
      <ListTable<LectureRequest, LectureRequestFilters>
        state={state}
        query={list}
        rowKey="id"
        testId="lecture-requests-table"
        scrollX={960}
        fields={[
          { kind: 'org', key: 'orgId', label: t('theory.request.place') },
          {
            kind: 'select',
            key: 'status',
            label: t('theory.request.status'),
            options: LECTURE_REQUEST_STATUSES.map((s) => ({ value: s, label: t(`theory.request.status.${s}`) })),
          },
          {
            kind: 'custom',
            name: 'mine',
            render: () => (
              <Form.Item label={t('theory.request.mine')}>
                <Switch
                  checked={filters.mine === 'true'}
                  onChange={(on) => state.apply({ ...filters, mine: on ? 'true' : undefined })}
                  data-testid="lecture-requests-mine"
                />
              </Form.Item>
            ),
          },
        ]}
        columns={[
          {
            title: t('theory.request.topic'),
            dataIndex: 'topic',
            render: (topic: string, r) => (
              <>
                <Typography.Link onClick={() => open(r.id)} data-testid={`lecture-request-open-${r.id}`}>
                  {topic}
                </Typography.Link>
                {r.mine && (
                  <Tag color="purple" style={{ marginLeft: 6 }}>
                    {t('theory.request.waitsOnMe')}
                  </Tag>
                )}
              </>
            ),
          },
          { title: t('theory.request.place'), render: (_, r) => `${r.org.name} · ${r.place}` },
          { title: t('theory.request.requester'), render: (_, r) => r.unit || r.requesterName },
          { title: t('theory.order.wishedOn'), dataIndex: 'wishedOn', width: 110 },
          { title: t('theory.request.giver'), render: (_, r) => r.lecturer?.name ?? r.troupe?.name ?? '—' },
          {
            title: t('theory.request.status'),
            width: 100,
            render: (_, r) => <Tag color={LECTURE_STATUS_COLOR[r.status]}>{t(`theory.request.status.${r.status}`)}</Tag>,
          },
          { title: t('theory.request.requestedAt'), width: 150, render: (_, r) => formatDateTime(r.requestedAt) },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        {t('theory.request.help')}
      </Typography.Paragraph>
      {openId !== null && <LectureRequestDrawer id={openId} onClose={() => open(null)} />}
    </Card>
  );
}
