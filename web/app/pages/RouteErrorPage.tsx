import { Button, Result } from 'antd';
import { useT } from '../i18n/useT';

/** Shown when a page fails to load, most often a stale tab after a new version was deployed. */
export function RouteErrorPage() {
  const t = useT();
  return (
    <Result
      status="warning"
      title={t('error.pageLoadFailed')}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('common.reload')}
        </Button>
      }
    />
  );
}
