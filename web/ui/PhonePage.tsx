import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '../app/layout/LanguageSwitch';

/** A page sized for a phone: a title row with the language switch, then the content in one narrow column. */
export function PhonePage({ title, extra, children }: { title: string; extra?: ReactNode; children: ReactNode }) {
  return (
    <Flex vertical gap={12} style={{ maxWidth: 560, margin: '0 auto', padding: 12 }}>
      <Flex justify="space-between" align="center" gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        <Flex gap={8} align="center">
          {extra}
          <LanguageSwitch />
        </Flex>
      </Flex>
      {children}
    </Flex>
  );
}
