import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Drawer, Form, Input, InputNumber, Select, Space, Switch } from 'antd';
import type { Venue, VenueCreate, VenueKind, VenueUpdate } from '../../../../contracts/venues';
import { ApiError } from '../../../api/client';
import { venuesApi } from '../../../api/venues';
import { useErrorText } from '../../../app/feedback';
import { useLocale } from '../../../app/i18n/locale-context';
import { useT } from '../../../app/i18n/useT';
import { useSession } from '../../../app/session/session-context';
import { applyFieldErrors } from '../../../ui/form-errors';
import { OrgTreeSelect } from '../../../ui/OrgTreeSelect';

interface VenueForm {
  kindCode: string;
  orgId: number;
  name: string;
  address: string;
  lng: number;
  lat: number;
  openingHours?: string;
  capacity?: number | null;
  managerName?: string;
  managerPhone?: string;
  status: 'open' | 'planned';
  fields?: Record<string, string | number | boolean | null>;
}

const FIELD_PATHS = {
  kindCode: 'kindCode',
  orgId: 'orgId',
  name: 'name',
  address: 'address',
  lng: 'lng',
  lat: 'lat',
  openingHours: 'openingHours',
  capacity: 'capacity',
  managerName: 'managerName',
  managerPhone: 'managerPhone',
} as const;

/** Keeps what a correction changed: an untouched phone field keeps the stored phone, which the form never sees. */
function changesOf(values: VenueForm, fields: Record<string, unknown>, venue: Venue): Omit<VenueUpdate, 'version' | 'confirmDuplicate'> {
  const next = {
    name: values.name,
    address: values.address,
    lng: values.lng,
    lat: values.lat,
    openingHours: values.openingHours || null,
    capacity: values.capacity ?? null,
    managerName: values.managerName || null,
    ...(values.managerPhone ? { managerPhone: values.managerPhone } : {}),
    ...(venue.status === 'planned' && values.status === 'open' ? { status: 'open' as const } : {}),
    fields: fields as VenueUpdate['fields'],
  };
  return next;
}

/**
 * Records a venue for an org in the user's entry scope, or corrects one (`venue`); a likely duplicate nearby is shown and saved
 * only when confirmed.
 */
export function VenueFormDrawer({ open, kinds, onClose, venue }: { open: boolean; kinds: VenueKind[]; onClose: () => void; venue?: Venue | null }) {
  const editing = venue ?? null;
  const t = useT();
  const { locale } = useLocale();
  const { me } = useSession();
  const { message, modal } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<VenueForm>();
  const kindCode = Form.useWatch('kindCode', form);
  const kind = kinds.find((k) => k.code === kindCode);
  const save = useMutation({
    mutationFn: (input: VenueCreate) => {
      if (!editing) return venuesApi.create(input);
      const fields = input.fields ?? {};
      return venuesApi.update(editing.id, {
        ...changesOf(form.getFieldsValue(true) as VenueForm, fields, editing),
        version: editing.version,
        confirmDuplicate: input.confirmDuplicate ?? false,
      });
    },
    onSuccess: () => {
      void message.success(t('common.saved'));
      void queryClient.invalidateQueries({ queryKey: ['venues'] });
      form.resetFields();
      onClose();
    },
  });

  const submit = (values: VenueForm, confirmDuplicate = false) => {
    const input: VenueCreate = {
      kindCode: values.kindCode,
      orgId: values.orgId,
      name: values.name,
      address: values.address,
      lng: values.lng,
      lat: values.lat,
      openingHours: values.openingHours || null,
      capacity: values.capacity ?? null,
      managerName: values.managerName || null,
      managerPhone: values.managerPhone || null,
      status: values.status,
      fields: Object.fromEntries(Object.entries(values.fields ?? {}).filter(([, v]) => v !== undefined && v !== null && v !== '')),
      confirmDuplicate,
    };
    save.mutate(input, {
      onError: (err) => {
        if (err instanceof ApiError && err.code === 'VENUES_LIKELY_DUPLICATE') {
          modal.confirm({
            title: t('venues.form.duplicateTitle'),
            content: err.message,
            okText: t('venues.form.saveAnyway'),
            onOk: () => submit(values, true),
          });
          return;
        }
        applyFieldErrors(form, err, FIELD_PATHS);
      },
    });
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={editing ? t('venues.form.editTitle', { name: editing.name }) : t('venues.form.title')}
      destroyOnHidden
      size={520}
      data-testid="venue-form"
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="venue-form-save">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {save.isError && !(save.error instanceof ApiError && save.error.code === 'VENUES_LIKELY_DUPLICATE') && (
        <Alert type="error" showIcon title={errorText(save.error)} style={{ marginBottom: 12 }} />
      )}
      <Form<VenueForm>
        form={form}
        layout="vertical"
        initialValues={
          editing
            ? {
                kindCode: editing.kindCode,
                orgId: editing.org.id,
                name: editing.name,
                address: editing.address,
                lng: editing.lng,
                lat: editing.lat,
                openingHours: editing.openingHours ?? undefined,
                capacity: editing.capacity,
                managerName: editing.managerName ?? undefined,
                status: editing.status === 'closed' ? 'open' : editing.status,
                fields: editing.fields as VenueForm['fields'],
              }
            : { status: 'open', orgId: me?.entryScope[0]?.id }
        }
        onFinish={(v) => submit(v)}
      >
        <Form.Item name="kindCode" label={t('venues.col.kind')} rules={[{ required: true }]}>
          <Select
            disabled={!!editing}
            options={kinds.filter((k) => k.active).map((k) => ({ value: k.code, label: locale === 'en' ? k.nameEn : k.nameZh }))}
            data-testid="venue-form-kind"
          />
        </Form.Item>
        {editing ? (
          <Form.Item label={t('venues.col.org')}>
            <Input value={editing.org.name} disabled />
          </Form.Item>
        ) : (
          <Form.Item name="orgId" label={t('venues.col.org')} rules={[{ required: true }]}>
            <OrgTreeSelect knownOrgs={me?.entryScope} />
          </Form.Item>
        )}
        <Form.Item name="name" label={t('venues.col.name')} rules={[{ required: true, max: 100 }]}>
          <Input data-testid="venue-form-name" />
        </Form.Item>
        <Form.Item name="address" label={t('venues.col.address')} rules={[{ required: true, max: 200 }]}>
          <Input data-testid="venue-form-address" />
        </Form.Item>
        <Space.Compact block>
          <Form.Item name="lng" label={t('venues.form.lng')} rules={[{ required: true }]} style={{ flex: 1 }}>
            <InputNumber min={-180} max={180} step={0.0001} style={{ width: '100%' }} data-testid="venue-form-lng" />
          </Form.Item>
          <Form.Item name="lat" label={t('venues.form.lat')} rules={[{ required: true }]} style={{ flex: 1 }}>
            <InputNumber min={-90} max={90} step={0.0001} style={{ width: '100%' }} data-testid="venue-form-lat" />
          </Form.Item>
        </Space.Compact>
        <Form.Item name="openingHours" label={t('venues.col.hours')}>
          <Input placeholder="09:00-17:00" />
        </Form.Item>
        <Form.Item name="capacity" label={t('venues.col.capacity')}>
          <InputNumber precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="managerName" label={t('venues.col.manager')}>
          <Input />
        </Form.Item>
        <Form.Item
          name="managerPhone"
          label={t('venues.form.phone')}
          extra={editing?.managerPhoneMasked ? t('venues.form.phoneKeep', { masked: editing.managerPhoneMasked }) : t('venues.form.phoneHelp')}
        >
          <Input data-testid="venue-form-phone" />
        </Form.Item>
        <Form.Item name="status" label={t('venues.col.status')}>
          <Select
            disabled={editing?.status === 'open'}
            options={[
              { value: 'open', label: t('venues.status.open') },
              { value: 'planned', label: t('venues.status.planned') },
            ]}
          />
        </Form.Item>
        {kind?.fields.map((f) => (
          <Form.Item
            key={f.key}
            name={['fields', f.key]}
            label={locale === 'en' ? f.labelEn : f.labelZh}
            valuePropName={f.type === 'boolean' ? 'checked' : 'value'}
          >
            {f.type === 'boolean' ? (
              <Switch />
            ) : f.type === 'integer' || f.type === 'number' ? (
              <InputNumber min={f.min ?? 0} max={f.max} style={{ width: '100%' }} />
            ) : (
              <Input />
            )}
          </Form.Item>
        ))}
      </Form>
    </Drawer>
  );
}
