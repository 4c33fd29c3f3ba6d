import { Link } from 'react-router-dom';
import type { FactSource } from '../../contracts/stats/query.schemas';
import { useT } from '../app/i18n/useT';

// Where each module opens one of its records; a fact of a rating round ("12.1") opens its case.
const OPENERS: Record<string, (sourceId: string) => string> = {
  activities: (id) => `/activities?id=${encodeURIComponent(id)}`,
  inquiries: (id) => `/inquiries?case=${encodeURIComponent(id.split('.')[0] ?? id)}`,
};

/** The record a figure's fact came from, as a link to it where its module opens records by id, else as its name. */
export function SourceRecordLink({ fact }: { fact: Pick<FactSource, 'sourceModule' | 'sourceType' | 'sourceId'> }) {
  const t = useT();
  const open = OPENERS[fact.sourceModule];
  if (!open) return <>{`${fact.sourceModule} · ${fact.sourceType} #${fact.sourceId}`}</>;
  return (
    <Link to={open(fact.sourceId)} data-testid="drill-record-link">
      {t('common.openRecord', { id: fact.sourceId })}
    </Link>
  );
}
