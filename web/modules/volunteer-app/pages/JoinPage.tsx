import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Checkbox, DatePicker, Form, Input, Radio, Result, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useRef } from 'react';
import { Link } from 'react-router-dom';
import { meetsPasswordPolicy } from '../../../../contracts/identity/password-policy';
import { ID_TYPES, SEXES } from '../../../../contracts/volunteers';
import { ApiError } from '../../../api/client';
import { volunteerAppApi } from '../../../api/volunteer-app';
import { useErrorText } from '../../../app/feedback';
import { useLocale } from '../../../app/i18n/locale-context';
import { useT } from '../../../app/i18n/useT';
import { applyFieldErrors } from '../../../ui/form-errors';
import { today } from '../../../ui/format';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { CONSENT_VERSION, needsGuardian, type RegistrationValues, residentFacts, residentIdProblem, toVolunteerCreate } from '../../volunteers';
import { CommunityPicker } from '../components/CommunityPicker';
import { PhonePage } from '../../../ui/PhonePage';

type FormValues = Omit<RegistrationValues, 'birthDate'> & { birthDate?: Dayjs; password: string; password2: string };

const FIELD_PATHS = {
  name: 'name',
  idType: 'idType',
  idNumber: 'idNumber',
  sex: 'sex',
  birthDate: 'birthDate',
  phone: 'phone',
  homeOrgId: 'homeOrgId',
  consent: 'consent',
  'guardian.name': 'guardianName',
  'guardian.phone': 'guardianPhone',
  guardian: 'guardianConsent',
  password: 'password',
} as const;

const MOBILE = /^1[3-9]\d{9}$/;

/**
 * Registering oneself as a volunteer on the phone, without an account: the same checks as staff registration (the
 * resident ID as typed, a guardian under 14, consent), plus the password of the account the phone number signs in to.
 */
export function JoinPage() {
  const t = useT();
  const { locale } = useLocale();
  const errorText = useErrorText();
  useDocumentTitle(t('vapp.join.title'));
  const [form] = Form.useForm<FormValues>();
  const idType = Form.useWatch('idType', form);
  const idNumber = Form.useWatch('idNumber', form);
  const birth = Form.useWatch('birthDate', form);
  const day = today();
  const resident = idType === 'resident_id';
  const facts = resident ? residentFacts(idNumber, day) : null;
  const minor = needsGuardian({ idType, idNumber, birthDate: birth?.format('YYYY-MM-DD') }, day);
  const problemRef = useRef<HTMLDivElement>(null);

  const register = useMutation({
    mutationFn: (v: FormValues) =>
      volunteerAppApi.register({ ...toVolunteerCreate({ ...v, birthDate: v.birthDate?.format('YYYY-MM-DD') }, day), password: v.password }),
    onError: (err) => {
      if (!applyFieldErrors(form, err, FIELD_PATHS)) problemRef.current?.scrollIntoView({ block: 'nearest' });
    },
  });
  const duplicate = register.error instanceof ApiError && register.error.code === 'VOLUNTEERS_DUPLICATE_ID';

  if (register.data) {
    return (
      <PhonePage title={t('vapp.join.title')}>
        <Result
          status="success"
          title={t('vapp.join.done', { no: register.data.volunteerNo })}
          subTitle={t('vapp.join.signInWith', { phone: register.data.username })}
          extra={
            <Link to="/login">
              <Button type="primary" data-testid="join-to-login">
                {t('vapp.join.toLogin')}
              </Button>
            </Link>
          }
          data-testid="join-done"
        />
      </PhonePage>
    );
  }

  return (
    <PhonePage title={t('vapp.join.title')}>
      <Typography.Text type="secondary">{t('vapp.join.intro')}</Typography.Text>
      <div ref={problemRef} />
      {register.isError && (
        <Alert
          type={duplicate ? 'warning' : 'error'}
          showIcon
          title={duplicate ? t('volunteers.form.duplicateTitle') : errorText(register.error)}
          description={duplicate ? errorText(register.error) : undefined}
          data-testid="join-error"
        />
      )}
      <Form<FormValues> form={form} layout="vertical" initialValues={{ idType: 'resident_id', skills: [] }} onFinish={(v) => register.mutate(v)}>
        <Form.Item name="name" label={t('volunteers.col.name')} rules={[{ required: true, whitespace: true, max: 50 }]}>
          <Input autoComplete="name" data-testid="join-name" />
        </Form.Item>
        <Form.Item name="idType" label={t('volunteers.col.idType')} rules={[{ required: true }]}>
          <Select options={ID_TYPES.map((v) => ({ value: v, label: t(`volunteers.idType.${v}`) }))} />
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
          <Input maxLength={30} autoComplete="off" data-testid="join-id-number" />
        </Form.Item>
        {!resident && (
          <>
            <Form.Item name="sex" label={t('volunteers.col.sex')} rules={[{ required: true }]}>
              <Radio.Group options={SEXES.map((s) => ({ value: s, label: t(`volunteers.sex.${s}`) }))} />
            </Form.Item>
            <Form.Item name="birthDate" label={t('volunteers.col.birthDate')} rules={[{ required: true }]}>
              <DatePicker style={{ width: '100%' }} inputReadOnly disabledDate={(d) => d.format('YYYY-MM-DD') > day} />
            </Form.Item>
          </>
        )}
        <Form.Item
          name="phone"
          label={t('volunteers.col.phone')}
          extra={t('vapp.join.phoneHelp')}
          rules={[{ required: true }, { pattern: MOBILE, message: t('volunteers.form.phoneInvalid') }]}
        >
          <Input maxLength={11} inputMode="tel" autoComplete="tel" data-testid="join-phone" />
        </Form.Item>
        <Form.Item name="homeOrgId" label={t('volunteers.col.home')} rules={[{ required: true, message: t('vapp.join.communityRequired') }]}>
          <CommunityPicker data-testid="join-community" />
        </Form.Item>
        <Form.Item name="skills" label={t('volunteers.col.skills')} extra={t('volunteers.form.skillsHelp')}>
          <Select mode="tags" tokenSeparators={[',', '，', '、']} maxCount={20} open={false} suffixIcon={null} />
        </Form.Item>
        {minor && (
          <div data-testid="join-guardian">
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
        <Form.Item
          name="password"
          label={t('vapp.join.password')}
          extra={t('vapp.join.passwordHelp')}
          rules={[
            { required: true },
            {
              validator: async (_, v: string | undefined) => {
                if (v && !meetsPasswordPolicy(v)) throw new Error(t('password.policyFailed'));
              },
            },
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="join-password" />
        </Form.Item>
        <Form.Item
          name="password2"
          label={t('vapp.join.password2')}
          dependencies={['password']}
          rules={[
            { required: true },
            ({ getFieldValue }) => ({
              validator: async (_, v: string | undefined) => {
                if (v && v !== getFieldValue('password')) throw new Error(t('vapp.join.passwordMismatch'));
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="join-password2" />
        </Form.Item>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {t('volunteers.form.rules', { version: CONSENT_VERSION })}
        </Typography.Paragraph>
        <Form.Item
          name="consent"
          valuePropName="checked"
          rules={[{ validator: async (_, v: boolean | undefined) => (v ? undefined : Promise.reject(new Error(t('volunteers.form.consentRequired')))) }]}
        >
          <Checkbox data-testid="join-consent">{t('volunteers.form.consent')}</Checkbox>
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={register.isPending} data-testid="join-submit">
          {t('vapp.join.submit')}
        </Button>
      </Form>
      <Typography.Text type="secondary" style={{ textAlign: 'center' }}>
        {t('vapp.join.haveAccount')} <Link to="/login">{t('vapp.join.toLogin')}</Link>
      </Typography.Text>
    </PhonePage>
  );
}
