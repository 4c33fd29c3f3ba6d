import { Button, Card, Flex, Input } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useT } from '../../../app/i18n/useT';

/** A box to follow something by its twelve-character tracking code, opening `${base}/CODE`. */
export function CodeLookup({ title, base, testId }: { title: string; base: string; testId: string }) {
  const t = useT();
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const clean = code.trim().toUpperCase();
  return (
    <Card size="small" title={title}>
      <Flex gap={8}>
        <Input
          value={code}
          onChange={(e) => setCode(e.target.value)}
          maxLength={12}
          placeholder={t('honours.track.codePlaceholder')}
          data-testid={`${testId}-input`}
        />
        <Button disabled={clean.length !== 12} onClick={() => navigate(`${base}/${clean}`)} data-testid={`${testId}-go`}>
          {t('honours.track.follow')}
        </Button>
      </Flex>
    </Card>
  );
}
