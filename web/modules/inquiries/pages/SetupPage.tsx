import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Tabs } from 'antd';
import { type ReactNode, useState } from 'react';
import type { InquiryCategory } from '../../../../contracts/inquiries';
import type { MessageKey } from '../../../app/i18n/messages';
import { useT } from '../../../app/i18n/useT';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { ApiClientsTab } from '../components/ApiClientsTab';
import { CategoriesTab } from '../components/CategoriesTab';
import { CategoryFormDrawer } from '../components/CategoryFormDrawer';
import { ProgrammesTab } from '../components/ProgrammesTab';
import { RoutingRulesTab } from '../components/RoutingRulesTab';
import { TimeLimitsTab } from '../components/TimeLimitsTab';

type Tab = 'categories' | 'limits' | 'routing' | 'programmes' | 'keys';

// The add button each tab puts in the card's corner; time limits are edited in place and have none.
const ADD_LABEL: Partial<Record<Tab, MessageKey>> = {
  categories: 'inquiries.category.add',
  routing: 'inquiries.routing.add',
  programmes: 'inquiries.programme.add',
  keys: 'inquiries.apiKey.issue',
};

/** The inquiry setup (问政设置): categories with their extra questions, time limits by kind, routing rules, programmes and Open311 keys. */
export function SetupPage() {
  const t = useT();
  useDocumentTitle(t('inquiries.setup.title'));
  const [tab, setTab] = useState<Tab>('categories');
  const [adding, setAdding] = useState<Tab | null>(null);
  const [editing, setEditing] = useState<InquiryCategory | null>(null);
  const added = () => setAdding(null);
  const addLabel = ADD_LABEL[tab];
  const items: { key: Tab; label: string; children: ReactNode }[] = [
    { key: 'categories', label: t('inquiries.setup.categories'), children: <CategoriesTab onEdit={setEditing} /> },
    { key: 'limits', label: t('inquiries.setup.limits'), children: <TimeLimitsTab /> },
    { key: 'routing', label: t('inquiries.setup.routing'), children: <RoutingRulesTab adding={adding === 'routing'} onAdded={added} /> },
    { key: 'programmes', label: t('inquiries.setup.programmes'), children: <ProgrammesTab adding={adding === 'programmes'} onAdded={added} /> },
    { key: 'keys', label: t('inquiries.setup.keys'), children: <ApiClientsTab adding={adding === 'keys'} onAdded={added} /> },
  ];
  return (
    <Card
      title={t('inquiries.setup.title')}
      extra={
        addLabel && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(tab)} data-testid={`inquiry-setup-add-${tab}`}>
            {t(addLabel)}
          </Button>
        )
      }
    >
      <Tabs
        activeKey={tab}
        onChange={(k) => setTab(k as Tab)}
        items={items.map((i) => ({ ...i, label: <span data-testid={`inquiry-setup-tab-${i.key}`}>{i.label}</span> }))}
      />
      {adding === 'categories' && <CategoryFormDrawer category={null} onClose={added} />}
      {editing && <CategoryFormDrawer category={editing} onClose={() => setEditing(null)} />}
    </Card>
  );
}
