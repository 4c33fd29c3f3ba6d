import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Divider, Drawer, Flex, Form, type FormInstance, Input, Select, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import type { VenueKind } from '../../../../contracts/venues';
import { ApiError } from '../../../api/client';
import { venuesApi } from '../../../api/venues';
import { useNotifyError } from '../../../app/feedback';
import { useLocale } from '../../../app/i18n/locale-context';
import { useT } from '../../../app/i18n/useT';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useIsMobile } from '../../../ui/useIsMobile';
import { formNameOf, toTypeForm, toTypeWrite, TypeFieldsEditor, type TypeFormValues } from '../../activities';

const LEVELS = ['city', 'county', 'township', 'village'] as const;
type KindForm = TypeFormValues & { orgLevel: (typeof LEVELS)[number] | 'none' };

// A kind is edited with the activity type form's field editor; category and measures do not apply to places.
const asForm = (k: VenueKind): KindForm => ({
  ...toTypeForm({ code: k.code, nameZh: k.nameZh, nameEn: k.nameEn, category: 'other', active: k.active, fields: k.fields, measures: [], version: 1 }),
  orgLevel: k.orgLevel ?? 'none',
});

function KindDrawer({ kind, onClose }: { kind: VenueKind | null; onClose: () => void }) {
  const t = useT();
  const isMobile = useIsMobile();
  const notifyError = useNotifyError();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<KindForm>();
  const [problem, setProblem] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (v: KindForm) => {
      const w = toTypeWrite({ ...v, category: 'other', measures: [] });
      return venuesApi.saveKind(
        { code: w.code, nameZh: w.nameZh, nameEn: w.nameEn, active: w.active, fields: w.fields, orgLevel: v.orgLevel === 'none' ? null : v.orgLevel },
        kind ? 'update' : 'create',
      );
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['venues', 'kinds'] });
      onClose();
    },
    onError: (error) => {
      if (!(error instanceof ApiError) || error.fields.length === 0) {
        notifyError(error);
        return;
      }
      const untyped: FormInstance = form;
      untyped.setFields(
        error.fields.flatMap((p) => {
          const name = formNameOf(p.path.replace(/^body\.?/, ''));
          return name ? [{ name, errors: [p.message] }] : [];
        }),
      );
      setProblem(error.message);
    },
  });
  return (
    <Drawer
      open
      destroyOnHidden
      size={isMobile ? '100%' : 760}
      title={kind ? t('venues.kinds.editTitle', { name: kind.nameZh }) : t('venues.kinds.createTitle')}
      onClose={onClose}
      data-testid="venue-kind-form"
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="venue-kind-save">
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
      <Form<KindForm>
        form={form}
        layout="vertical"
        initialValues={kind ? asForm(kind) : { active: true, orgLevel: 'none', fields: [], measures: [], category: 'other' }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item
          name="code"
          label={t('venues.kinds.code')}
          extra={t('venues.kinds.codeHelp')}
          rules={[{ required: true, pattern: /^[a-z][a-z0-9_]{1,39}$/ }]}
        >
          <Input disabled={!!kind} data-testid="venue-kind-code" />
        </Form.Item>
        <Form.Item name="nameZh" label={t('venues.kinds.nameZh')} rules={[{ required: true, max: 40 }]}>
          <Input data-testid="venue-kind-name" />
        </Form.Item>
        <Form.Item name="nameEn" label={t('venues.kinds.nameEn')} rules={[{ required: true, max: 60 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="orgLevel" label={t('venues.kinds.level')} extra={t('venues.kinds.levelHelp')}>
          <Select options={[{ value: 'none', label: t('venues.kinds.levelNone') }, ...LEVELS.map((l) => ({ value: l, label: t(`org.level.${l}`) }))]} />
        </Form.Item>
        <Form.Item name="active" label={t('venues.kinds.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Divider titlePlacement="start">{t('venues.kinds.fields')}</Divider>
        <TypeFieldsEditor />
      </Form>
    </Drawer>
  );
}

/** Venue kinds as data: which places the city keeps, the level each kind's coverage rule counts, and each kind's own fields. */
export function VenueKindsPage() {
  const t = useT();
  const { locale } = useLocale();
  useDocumentTitle(t('venues.kinds.title'));
  const kinds = useQuery({ queryKey: ['venues', 'kinds'], queryFn: venuesApi.kinds });
  const [editing, setEditing] = useState<VenueKind | 'new' | null>(null);
  return (
    <Card
      title={t('venues.kinds.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="venue-kind-create">
          {t('venues.kinds.create')}
        </Button>
      }
    >
      <Table<VenueKind>
        rowKey="code"
        size="middle"
        loading={kinds.isFetching}
        dataSource={kinds.data ?? []}
        pagination={false}
        data-testid="venue-kinds"
        columns={[
          { title: t('venues.kinds.name'), render: (_, k) => (locale === 'en' ? k.nameEn : k.nameZh) },
          { title: t('venues.kinds.code'), dataIndex: 'code' },
          { title: t('venues.kinds.level'), render: (_, k) => (k.orgLevel ? t(`org.level.${k.orgLevel}`) : '—') },
          { title: t('venues.kinds.fields'), render: (_, k) => k.fields.map((f) => (locale === 'en' ? f.labelEn : f.labelZh)).join('、') || '—' },
          {
            title: t('venues.kinds.active'),
            render: (_, k) => (k.active ? <Tag color="green">{t('venues.kinds.on')}</Tag> : <Tag>{t('venues.kinds.off')}</Tag>),
          },
          {
            title: '',
            render: (_, k) => (
              <Button type="link" onClick={() => setEditing(k)}>
                {t('common.edit')}
              </Button>
            ),
          },
        ]}
      />
      {editing && <KindDrawer kind={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Card>
  );
}
