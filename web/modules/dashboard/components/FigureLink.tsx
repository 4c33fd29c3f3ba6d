import { Button } from 'antd';
import type { Figure } from '../../../../contracts/stats/query.schemas';
import { useLocale } from '../../../app/i18n/locale-context';
import { useT } from '../../../app/i18n/useT';

/** Props of FigureLink. */
export interface FigureLinkProps {
  figure: Figure;
  onDrill(figure: Figure): void;
  strong?: boolean;
  testId?: string;
}

/** A number that opens the records behind it when clicked. */
export function FigureLink({ figure, onDrill, strong, testId }: FigureLinkProps) {
  const { locale } = useLocale();
  const t = useT();
  return (
    <Button
      type="link"
      size="small"
      style={{ padding: 0, height: 'auto', fontWeight: strong ? 600 : undefined, fontSize: 'inherit', fontVariantNumeric: 'tabular-nums' }}
      onClick={(e) => {
        e.stopPropagation();
        onDrill(figure);
      }}
      aria-label={t('dashboard.drillAria', { value: figure.value.toLocaleString(locale) })}
      data-testid={testId}
    >
      {figure.value.toLocaleString(locale)}
    </Button>
  );
}
