import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Tabs } from 'antd';
import { useState } from 'react';
import type { HonourTitle } from '../../../../contracts/honours';
import { useT } from '../../../app/i18n/useT';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { CycleFormDrawer } from '../components/CycleFormDrawer';
import { CyclesTab } from '../components/CyclesTab';
import { TitleFormDrawer } from '../components/TitleFormDrawer';
import { TitlesTab } from '../components/TitlesTab';

type Tab = 'titles' | 'cycles';

/** Titles and cycles (称号与批次): the titles as data with their rules, and the cycles that take nominations for them. */
export function TitlesPage() {
  const t = useT();
  useDocumentTitle(t('honours.titles.title'));
  const [tab, setTab] = useState<Tab>('titles');
  const [editing, setEditing] = useState<HonourTitle | 'new' | null>(null);
  const [addingCycle, setAddingCycle] = useState(false);
  return (
    <Card
      title={t('honours.titles.title')}
      extra={
        tab === 'titles' ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="title-add">
            {t('honours.titles.add')}
          </Button>
        ) : (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAddingCycle(true)} data-testid="cycle-add">
            {t('honours.cycles.add')}
          </Button>
        )
      }
    >
      <Tabs
        activeKey={tab}
        onChange={(k) => setTab(k as Tab)}
        items={[
          { key: 'titles', label: t('honours.titles.list'), children: <TitlesTab onEdit={setEditing} /> },
          { key: 'cycles', label: t('honours.cycles.title'), children: <CyclesTab /> },
        ]}
      />
      {editing && <TitleFormDrawer title={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      {addingCycle && <CycleFormDrawer onClose={() => setAddingCycle(false)} />}
    </Card>
  );
}
