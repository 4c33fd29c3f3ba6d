import { useQuery } from '@tanstack/react-query';
import { Card, Col, Form, Progress, Row, Select, Statistic, Tag, Typography } from 'antd';
import type { BoardRow, BoardStanding } from '../../../../contracts/theory/board.schemas';
import { STUDY_GROUP_LEVELS } from '../../../../contracts/theory/study-group.schemas';
import { type StudyBoardFilters, theoryApi, theoryKeys } from '../../../api/theory';
import { useT } from '../../../app/i18n/useT';
import { useSession } from '../../../app/session/session-context';
import { ListTable } from '../../../ui/list/ListTable';
import { useListState } from '../../../ui/list/useListState';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';

const STANDING_COLOR: Record<BoardStanding, string> = { lagging: 'red', on_pace: 'blue', met: 'green' };
const thisYear = new Date().getFullYear();
const YEARS = Array.from({ length: 6 }, (_, i) => thisYear - i);

/** The yearly study board: every group's approved sessions against its minimum and its pace, lagging groups first, with totals per county. */
export function StudyBoardPage() {
  const t = useT();
  const { me } = useSession();
  useDocumentTitle(t('theory.board.title'));
  const state = useListState<StudyBoardFilters>({ year: thisYear });
  const { filters, page, pageSize } = state;
  const board = useQuery({ queryKey: theoryKeys.board(filters), queryFn: () => theoryApi.board(filters) });
  const rows = board.data?.rows ?? [];
  // The board is one computed table per year; it is paged here so it reads like every other list.
  const query = { ...board, data: board.data ? { items: rows.slice((page - 1) * pageSize, page * pageSize), total: rows.length } : undefined };
  const lagging = rows.filter((r) => r.standing === 'lagging').length;
  const met = rows.filter((r) => r.standing === 'met').length;

  return (
    <Card title={t('theory.board.title')}>
      <ListTable<BoardRow, StudyBoardFilters>
        state={state}
        query={query}
        rowKey={(r) => r.group.id}
        testId="study-board-table"
        size="small"
        scrollX="max-content"
        header={
          board.data && (
            <>
              <Row gutter={16} style={{ marginBottom: 12 }}>
                <Col xs={12} sm={6}>
                  <Statistic title={t('theory.board.groups')} value={rows.length} />
                </Col>
                <Col xs={12} sm={6}>
                  <Statistic title={t('theory.board.lagging')} value={lagging} valueStyle={{ color: lagging > 0 ? '#cf1322' : undefined }} />
                </Col>
                <Col xs={12} sm={6}>
                  <Statistic title={t('theory.board.met')} value={met} />
                </Col>
                <Col xs={12} sm={6}>
                  <Statistic title={t('theory.board.asOf')} value={board.data.asOf} />
                </Col>
              </Row>
              {board.data.areas.length > 1 && (
                <div style={{ marginBottom: 12 }} data-testid="study-board-areas">
                  {board.data.areas.map((a) => (
                    <Tag key={a.area?.id ?? 0} color={a.lagging > 0 ? 'orange' : 'green'} style={{ marginBottom: 4 }}>
                      {a.area?.name ?? t('theory.board.cityLevel')}：{t('theory.board.areaLine', { groups: a.groups, lagging: a.lagging, sessions: a.sessions })}
                    </Tag>
                  ))}
                </div>
              )}
            </>
          )
        }
        fields={[
          {
            kind: 'custom',
            name: 'year',
            render: () => (
              <Form.Item label={t('theory.board.year')}>
                <Select
                  value={filters.year}
                  style={{ width: 110 }}
                  options={YEARS.map((y) => ({ value: y, label: String(y) }))}
                  onChange={(year: number) => state.apply({ ...filters, year })}
                  data-testid="study-board-year"
                />
              </Form.Item>
            ),
          },
          { kind: 'org', key: 'orgId', label: t('theory.groups.org'), knownOrgs: me?.viewScope },
          {
            kind: 'select',
            key: 'level',
            label: t('theory.groups.level'),
            width: 180,
            options: STUDY_GROUP_LEVELS.map((l) => ({ value: l, label: t(`theory.level.${l}`) })),
          },
        ]}
        columns={[
          {
            title: t('theory.board.standing'),
            width: 100,
            render: (_, r) => <Tag color={STANDING_COLOR[r.standing]}>{t(`theory.board.standing.${r.standing}`)}</Tag>,
          },
          {
            title: t('theory.groups.name'),
            render: (_, r) => (
              <>
                <div>{r.group.name}</div>
                <Typography.Text type="secondary">{t(`theory.level.${r.group.level}`)}</Typography.Text>
              </>
            ),
          },
          { title: t('theory.board.area'), render: (_, r) => r.area?.name ?? t('theory.board.cityLevel') },
          {
            title: t('theory.board.sessions'),
            width: 160,
            render: (_, r) => (
              <>
                <div>{t('theory.board.sessionsOf', { sessions: r.sessions, minimum: r.minimum })}</div>
                <Progress
                  size="small"
                  percent={r.minimum > 0 ? Math.min(100, Math.round((r.sessions / r.minimum) * 100)) : 100}
                  status={r.standing === 'lagging' ? 'exception' : r.standing === 'met' ? 'success' : 'normal'}
                  showInfo={false}
                />
              </>
            ),
          },
          { title: t('theory.board.expected'), align: 'right', render: (_, r) => r.expectedToDate },
          {
            title: t('theory.board.behind'),
            align: 'right',
            render: (_, r) => (r.behind > 0 ? <Typography.Text type="danger">{r.behind}</Typography.Text> : '—'),
          },
          { title: t('theory.board.plan'), align: 'right', render: (_, r) => t('theory.board.planOf', { toDate: r.plannedToDate, planned: r.planned }) },
          { title: t('theory.board.pending'), align: 'right', render: (_, r) => (r.pending > 0 ? r.pending : '—') },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        {t('theory.board.help')}
      </Typography.Paragraph>
    </Card>
  );
}
