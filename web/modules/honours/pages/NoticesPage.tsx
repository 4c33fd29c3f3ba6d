import { useQuery } from '@tanstack/react-query';
import { Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { type PublicNoticeSummary, publicHonourKeys, publicHonoursApi } from '../../../api/honours-public';
import { useT } from '../../../app/i18n/useT';
import { ListTable } from '../../../ui/list/ListTable';
import { useListState } from '../../../ui/list/useListState';
import { PhonePage } from '../../../ui/PhonePage';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { CodeLookup } from '../components/CodeLookup';
import { localPage } from '../../../ui/list/local-page';

/** The public notices (公示), running and recently closed; one opens with its candidates and the objection form. */
export function NoticesPage() {
  const t = useT();
  useDocumentTitle(t('honours.notices.publicTitle'));
  const state = useListState<object>({}, 10);
  const notices = useQuery({ queryKey: publicHonourKeys.notices(), queryFn: () => publicHonoursApi.notices() });
  return (
    <PhonePage title={t('honours.notices.publicTitle')}>
      <Typography.Text type="secondary">{t('honours.notices.publicIntro')}</Typography.Text>
      <ListTable<PublicNoticeSummary, object>
        state={state}
        query={localPage(notices, state.page, state.pageSize)}
        rowKey="id"
        size="small"
        scrollX="max-content"
        testId="public-notices-table"
        columns={[
          {
            title: t('honours.nominations.titleCycle'),
            render: (_, n) => (
              <Link to={`/notices/${n.id}`} data-testid={`public-notice-${n.id}`}>
                {`${n.titleName} · ${n.cycleName}`}
              </Link>
            ),
          },
          {
            title: t('honours.notices.window'),
            render: (_, n) => (
              <>
                <div>{t('honours.cycles.window', { opensOn: n.startsOn, closesOn: n.endsOn })}</div>
                <Tag color={n.open ? 'green' : 'default'}>{t(n.open ? 'honours.notices.open' : 'honours.notices.closed')}</Tag>
              </>
            ),
          },
          { title: t('honours.notices.candidates'), dataIndex: 'candidates' },
        ]}
      />
      <CodeLookup title={t('honours.objection.followTitle')} base="/objections" testId="objection-follow" />
      <Link to="/nominate">{t('honours.nominate.title')}</Link>
    </PhonePage>
  );
}
