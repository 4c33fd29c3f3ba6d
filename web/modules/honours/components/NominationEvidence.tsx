import { Flex, Typography } from 'antd';
import type { HonourFile } from '../../../../contracts/honours';
import { useT } from '../../../app/i18n/useT';
import { HonourFileLinks } from './HonourFileLinks';

/** A nomination's evidence files, each opening in a new tab. */
export function NominationEvidence({ files }: { files: HonourFile[] }) {
  const t = useT();
  return (
    <Flex vertical gap={4} data-testid="nomination-files">
      <Typography.Text strong>{t('honours.nominations.files')}</Typography.Text>
      {files.length === 0 && <Typography.Text type="secondary">{t('honours.nominations.noFiles')}</Typography.Text>}
      <HonourFileLinks files={files} />
    </Flex>
  );
}
