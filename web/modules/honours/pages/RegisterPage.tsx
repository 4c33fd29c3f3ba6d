import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Tabs } from 'antd';
import { useState } from 'react';
import type { Permission } from '../../../../contracts/identity/permissions';
import type { MessageKey } from '../../../app/i18n/messages';
import { useT } from '../../../app/i18n/useT';
import { useSession } from '../../../app/session/session-context';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { AmbassadorFormModal } from '../components/AmbassadorFormModal';
import { AmbassadorsTab } from '../components/AmbassadorsTab';
import { CategoriesTab } from '../components/CategoriesTab';
import { CategoryFormModal } from '../components/CategoryFormModal';
import { HonourFormDrawer } from '../components/HonourFormDrawer';
import { HonoursTab } from '../components/HonoursTab';

type Tab = 'honours' | 'categories' | 'ambassadors';

const ADD: Record<Tab, { permission: Permission; label: MessageKey; testId: string }> = {
  honours: { permission: 'honour.write', label: 'honours.register.add', testId: 'honour-add' },
  categories: { permission: 'honour.admin', label: 'honours.categories.add', testId: 'category-add' },
  ambassadors: { permission: 'honour.write', label: 'honours.ambassadors.add', testId: 'ambassador-add' },
};

/** The honour register (荣誉登记): honours by category, the categories themselves, and the reading ambassadors. */
export function RegisterPage() {
  const t = useT();
  const { can } = useSession();
  useDocumentTitle(t('honours.register.title'));
  const [tab, setTab] = useState<Tab>('honours');
  const [adding, setAdding] = useState<Tab | null>(null);
  const add = ADD[tab];
  return (
    <Card
      title={t('honours.register.title')}
      extra={
        can(add.permission) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(tab)} data-testid={add.testId}>
            {t(add.label)}
          </Button>
        )
      }
    >
      <Tabs
        activeKey={tab}
        onChange={(k) => setTab(k as Tab)}
        items={[
          { key: 'honours', label: t('honours.register.list'), children: <HonoursTab /> },
          { key: 'categories', label: t('honours.categories.title'), children: <CategoriesTab /> },
          { key: 'ambassadors', label: t('honours.ambassadors.title'), children: <AmbassadorsTab /> },
        ]}
      />
      {adding === 'honours' && <HonourFormDrawer onClose={() => setAdding(null)} />}
      {adding === 'categories' && <CategoryFormModal onClose={() => setAdding(null)} />}
      {adding === 'ambassadors' && <AmbassadorFormModal onClose={() => setAdding(null)} />}
    </Card>
  );
}
