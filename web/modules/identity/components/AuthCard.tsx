import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../../app/i18n/useT';
import { LanguageSwitch } from '../../../app/layout/LanguageSwitch';
import { BrandMark } from '../../../ui/BrandMark';

/** The centred, branded card of the sign-in and password pages. */
export function AuthCard({ title, children, footer }: { title?: ReactNode; children: ReactNode; footer?: ReactNode }) {
  const t = useT();
  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        flexDirection: 'column',
        background: 'linear-gradient(180deg, #a61b1f 0, #a61b1f 220px, #f3f4f6 220px)',
      }}
    >
      <Flex justify="flex-end" style={{ padding: 12 }}>
        <LanguageSwitch />
      </Flex>
      <Flex vertical align="center" style={{ flex: 1, padding: '8px 12px 32px' }}>
        <Flex align="center" gap={12} style={{ marginBottom: 20 }}>
          <BrandMark size={44} inverted />
          <div>
            <Typography.Title level={2} style={{ color: '#fff', margin: 0, letterSpacing: 4 }}>
              {t('app.name')}
            </Typography.Title>
            <Typography.Text style={{ color: 'rgba(255,255,255,0.85)' }}>{t('app.tagline')}</Typography.Text>
          </div>
        </Flex>
        <Card title={title} style={{ width: '100%', maxWidth: 400, boxShadow: '0 6px 24px rgba(0,0,0,0.08)' }}>
          {children}
        </Card>
        {footer && <div style={{ marginTop: 16, maxWidth: 400, textAlign: 'center' }}>{footer}</div>}
      </Flex>
    </div>
  );
}
