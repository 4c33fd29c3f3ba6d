import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';
import { useT } from '../i18n/useT';

/** Answer to an address the app does not know. */
export function NotFoundPage() {
  const t = useT();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t('error.notFoundPage')}
      extra={
        <Link to="/">
          <Button type="primary">{t('common.backHome')}</Button>
        </Link>
      }
    />
  );
}
