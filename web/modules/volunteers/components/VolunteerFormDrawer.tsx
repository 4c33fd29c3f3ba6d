import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, DatePicker, Drawer, Form, Input, Radio, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useRef } from 'react';
import { ID_TYPES, SEXES, type Volunteer } from '../../../../contracts/volunteers';
import { ApiError } from '../../../api/client';
import { volunteerKeys, volunteersApi } from '../../../api/volunteers';
import { useErrorText } from '../../../app/feedback';
import { useLocale } from '../../../app/i18n/locale-context';
import { useT } from '../../../app/i18n/useT';
import { useSession } from '../../../app/session/session-context';
import { applyFieldErrors } from '../../../ui/form-errors';
import { today } from '../../../ui/format';
import { OrgTreeSelect } from '../../../ui/OrgTreeSelect';
import { useIsMobile } from '../../../ui/useIsMobile';
import { CONSENT_VERSION, needsGuardian, type RegistrationValues, residentFacts, residentIdProblem, toVolunteerCreate } from '../registration';

type FormValues = Omit<RegistrationValues, 'birthDate'> & { birthDate?: Dayjs };

const FIELD_PATHS = {
  name: 'name',
  idType: 'idType',
  idNumber: 'idNumber',
  sex: 'sex',
  birthDate: 'birthDate',
  phone: 'phone',
  skills: 'skills',
  homeOrgId: 'homeOrgId',
  consent: 'consent',
  'guardian.name': 'guardianName',
  'guardian.phone': 'guardianPhone',
  guardian: 'guardianConsent',
} as const;

const MOBILE = /^1[3-9]\d{9}$/;

/**
 * Registers a volunteer of a community in the user's entry scope. A resident ID is checked as it is typed and gives the
 * birth date and sex; guardian fields appear for someone under 14. A second registration of one ID is refused with the
 * way to the existing account, shown as the server words it.
 */
export function VolunteerFormDrawer({ open, onClose, onSaved }: { open: boolean; onClose: () => void; onSaved: (v: Volunteer) => void }) {
  const t = useT();
  const { locale } = useLocale();
  const { me } = useSession();
  const isMobile = useIsMobile();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<FormValues>();
  const idType = Form.useWatch('idType', form);
  const idNumber = Form.useWatch('idNumber', form);
  const birth = Form.useWatch('birthDate', form);
  const day = today();
  const resident = idType === 'resident_id';
  const facts = resident ? residentFacts(idNumber, day) : null;
  const minor = needsGuardian({ idType, idNumber, birthDate: birth?.format('YYYY-MM-DD') }, day);

  const save = useMutation({
    mutationFn: (values: FormValues) => volunteersApi.create(toVolunteerCreate({ ...values, birthDate: values.birthDate?.format('YYYY-MM-DD') }, day)),
    onSuccess: (v) => {
      void message.success(t('volunteers.form.saved', { no: v.volunteerNo }));
      void queryClient.invalidateQueries({ queryKey: volunteerKeys.all });
      form.resetFields();
      onSaved(v);
    },
    onError: (err) => applyFieldErrors(form, err, FIELD_PATHS),
  });
  const duplicate = save.error instanceof ApiError && save.error.code === 'VOLUNTEERS_DUPLICATE_ID';
  const problemRef = useRef<HTMLDivElement>(null);
  // The refusal sits above the fields while the user has scrolled down to the consent box and the save button.
  useEffect(() => {
    if (save.error) problemRef.current?.scrollIntoView({ block: 'nearest' });
  }, [save.error]);

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('volunteers.form.title')}
      size={isMobile ? '100%' : 560}
      data-testid="volunteer-form"
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="volunteer-form-save">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <div ref={problemRef} />
      {save.isError && (
        <Alert
          type={duplicate ? 'warning' : 'error'}
          showIcon
          title={duplicate ? t('volunteers.form.duplicateTitle') : errorText(save.error)}
          description={duplicate ? errorText(save.error) : undefined}
          style={{ marginBottom: 12 }}
          data-testid="volunteer-form-error"
        />
      )}
      <Form<FormValues> form={form} layout="vertical" initialValues={{ idType: 'resident_id', skills: [] }} onFinish={(v) => save.mutate(v)}>
        <Form.Item name="name" label={t('volunteers.col.name')} rules={[{ required: true, whitespace: true, max: 50 }]}>
          <Input data-testid="volunteer-form-name" />
        </Form.Item>
        <Form.Item name="idType" label={t('volunteers.col.idType')} rules={[{ required: true }]}>
          <Select options={ID_TYPES.map((v) => ({ value: v, label: t(`volunteers.idType.${v}`) }))} data-testid="volunteer-form-id-type" />
        </Form.Item>
        <Form.Item
          name="idNumber"
          label={t('volunteers.col.idNumber')}
          validateFirst
          extra={
            facts
              ? t('volunteers.form.derived', { birthDate: facts.birthDate, sex: t(`volunteers.sex.${facts.sex}`) })
              : resident
                ? t('volunteers.form.idHelp')
                : undefined
          }
          rules={[
            { required: true, whitespace: true, max: 30 },
            {
              validator: async (_, value: string | undefined) => {
                const problem = resident && value ? residentIdProblem(value, day, locale) : null;
                if (problem) throw new Error(problem);
              },
            },
          ]}
        >
          <Input maxLength={30} autoComplete="off" data-testid="volunteer-form-id-number" />
        </Form.Item>
        {!resident && (
          <Space.Compact block>
            <Form.Item name="sex" label={t('volunteers.col.sex')} rules={[{ required: true }]} style={{ flex: 1 }}>
              <Radio.Group options={SEXES.map((s) => ({ value: s, label: t(`volunteers.sex.${s}`) }))} />
            </Form.Item>
            <Form.Item name="birthDate" label={t('volunteers.col.birthDate')} rules={[{ required: true }]} style={{ flex: 1 }}>
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.format('YYYY-MM-DD') > day} />
            </Form.Item>
          </Space.Compact>
        )}
        <Form.Item name="phone" label={t('volunteers.col.phone')} rules={[{ required: true }, { pattern: MOBILE, message: t('volunteers.form.phoneInvalid') }]}>
          <Input maxLength={11} inputMode="tel" data-testid="volunteer-form-phone" />
        </Form.Item>
        <Form.Item name="homeOrgId" label={t('volunteers.col.home')} extra={t('volunteers.form.homeHelp')} rules={[{ required: true }]}>
          <OrgTreeSelect knownOrgs={me?.entryScope} isSelectable={(o) => o.level === 'village' && o.kind === 'region'} data-testid="volunteer-form-home" />
        </Form.Item>
        <Form.Item name="skills" label={t('volunteers.col.skills')} extra={t('volunteers.form.skillsHelp')}>
          <Select mode="tags" tokenSeparators={[',', '，', '、']} maxCount={20} open={false} suffixIcon={null} />
        </Form.Item>
        {minor && (
          <div data-testid="volunteer-form-guardian">
            <Alert type="info" showIcon title={t('volunteers.form.minor')} style={{ marginBottom: 12 }} />
            <Form.Item name="guardianName" label={t('volunteers.form.guardianName')} rules={[{ required: true, whitespace: true, max: 50 }]}>
              <Input />
            </Form.Item>
            <Form.Item
              name="guardianPhone"
              label={t('volunteers.form.guardianPhone')}
              rules={[{ required: true }, { pattern: MOBILE, message: t('volunteers.form.phoneInvalid') }]}
            >
              <Input maxLength={11} inputMode="tel" />
            </Form.Item>
            <Form.Item
              name="guardianConsent"
              valuePropName="checked"
              rules={[
                { validator: async (_, v: boolean | undefined) => (v ? undefined : Promise.reject(new Error(t('volunteers.form.guardianConsentRequired')))) },
              ]}
            >
              <Checkbox>{t('volunteers.form.guardianConsent')}</Checkbox>
            </Form.Item>
          </div>
        )}
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {t('volunteers.form.rules', { version: CONSENT_VERSION })}
        </Typography.Paragraph>
        <Form.Item
          name="consent"
          valuePropName="checked"
          rules={[{ validator: async (_, v: boolean | undefined) => (v ? undefined : Promise.reject(new Error(t('volunteers.form.consentRequired')))) }]}
        >
          <Checkbox data-testid="volunteer-form-consent">{t('volunteers.form.consent')}</Checkbox>
        </Form.Item>
      </Form>
    </Drawer>
  );
}
