import { Flex } from 'antd';
import { Link, useLocation } from 'react-router-dom';
import { useT } from '../../../app/i18n/useT';

const PAGES = [
  { to: '/ask', key: 'inquiries.ask.title', testId: 'link-ask' },
  { to: '/ask/track', key: 'inquiries.track.title', testId: 'link-ask-track' },
  { to: '/ask/answered', key: 'inquiries.answered.title', testId: 'link-ask-answered' },
] as const;

/** The residents' inquiry pages linked one to another: asking, following a case, and the answered cases; the current one left out. */
export function PublicLinks() {
  const t = useT();
  const { pathname } = useLocation();
  return (
    <Flex gap={12} wrap>
      {PAGES.filter((p) => p.to !== pathname).map((p) => (
        <Link key={p.to} to={p.to} data-testid={p.testId}>
          {t(p.key)}
        </Link>
      ))}
    </Flex>
  );
}
