import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Checkbox, Empty, Flex, Form, Input, Radio, Spin, Typography } from 'antd';
import { useRef } from 'react';
import { Link } from 'react-router-dom';
import type { HonourFileReceipt } from '../../../api/honours';
import { publicHonourKeys, publicHonoursApi } from '../../../api/honours-public';
import { useErrorText } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { applyFieldErrors } from '../../../ui/form-errors';
import { PhonePage } from '../../../ui/PhonePage';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { CommunityPicker } from '../../volunteer-app';
import { CodeLookup } from '../components/CodeLookup';
import { FileUploads } from '../components/FileUploads';
import { ID_NUMBER, MOBILE } from '../components/patterns';
import { TrackingCodeResult } from '../components/TrackingCodeResult';

interface NominateValues {
  cycleId: number;
  orgId: number;
  nomineeName: string;
  nomineeUnit?: string;
  nomineeIdNumber?: string;
  nomineePhone?: string;
  deeds: string;
  summary: string;
  files?: HonourFileReceipt[];
  consent: boolean;
  consentNote?: string;
  nominatorName: string;
  nominatorPhone: string;
}

const FIELD_PATHS = {
  cycleId: 'cycleId',
  orgId: 'orgId',
  nomineeName: 'nomineeName',
  nomineeUnit: 'nomineeUnit',
  nomineeIdNumber: 'nomineeIdNumber',
  nomineePhone: 'nomineePhone',
  deeds: 'deeds',
  summary: 'summary',
  files: 'files',
  consent: 'consent',
  consentNote: 'consentNote',
  nominatorName: 'nominatorName',
  nominatorPhone: 'nominatorPhone',
} as const;

/**
 * Nominating a good person nearby (推荐身边好人) on the phone without an account: an open cycle, the nominee's place and
 * data, the deeds, photos and documents, the nominee's consent, and the nominator's real name and phone; the tracking
 * code follows it.
 */
export function NominatePage() {
  const t = useT();
  const errorText = useErrorText();
  useDocumentTitle(t('honours.nominate.title'));
  const [form] = Form.useForm<NominateValues>();
  const problemRef = useRef<HTMLDivElement>(null);
  const cycles = useQuery({ queryKey: publicHonourKeys.cycles(), queryFn: () => publicHonoursApi.cycles() });
  const send = useMutation({
    mutationFn: (v: NominateValues) =>
      publicHonoursApi.nominate({
        cycleId: v.cycleId,
        orgId: v.orgId,
        nomineeName: v.nomineeName,
        nomineeUnit: v.nomineeUnit ?? '',
        ...(v.nomineeIdNumber ? { nomineeIdNumber: v.nomineeIdNumber } : {}),
        ...(v.nomineePhone ? { nomineePhone: v.nomineePhone } : {}),
        deeds: v.deeds,
        summary: v.summary,
        consent: true,
        consentNote: v.consentNote ?? '',
        nominatorName: v.nominatorName,
        nominatorPhone: v.nominatorPhone,
        files: (v.files ?? []).map((f) => f.token),
      }),
    onError: (err) => {
      if (!applyFieldErrors(form, err, FIELD_PATHS)) problemRef.current?.scrollIntoView({ block: 'nearest' });
    },
  });

  if (send.data) {
    const code = send.data.trackingCode;
    return (
      <PhonePage title={t('honours.nominate.title')}>
        <TrackingCodeResult title={t('honours.nominate.sent')} code={code} to={`/nominate/${code}`} testId="nominate-code" />
      </PhonePage>
    );
  }

  const open = cycles.data ?? [];
  return (
    <PhonePage title={t('honours.nominate.title')}>
      <Typography.Text type="secondary">{t('honours.nominate.intro')}</Typography.Text>
      <Flex gap={12} wrap>
        <Link to="/notices">{t('honours.notices.publicTitle')}</Link>
        <Link to="/role-models">{t('honours.publicRoleModels.title')}</Link>
        <Link to="/ask" data-testid="link-ask">
          {t('inquiries.ask.title')}
        </Link>
      </Flex>
      {cycles.isPending && <Spin />}
      {cycles.isError && <Alert type="error" showIcon title={errorText(cycles.error)} />}
      {cycles.data && open.length === 0 && <Empty description={t('honours.nominate.noneOpen')} />}
      <div ref={problemRef} />
      {send.isError && <Alert type="error" showIcon title={errorText(send.error)} data-testid="nominate-error" />}
      {open.length > 0 && (
        <Form<NominateValues>
          form={form}
          layout="vertical"
          initialValues={{ cycleId: open.length === 1 ? open[0]?.id : undefined, files: [] }}
          onFinish={(v) => send.mutate(v)}
        >
          <Card size="small" title={t('honours.nominate.which')} style={{ marginBottom: 12 }}>
            <Form.Item name="cycleId" rules={[{ required: true, message: t('honours.nominate.cycleRequired') }]} style={{ marginBottom: 0 }}>
              <Radio.Group style={{ width: '100%' }} data-testid="nominate-cycles">
                <Flex vertical gap={8}>
                  {open.map((c) => (
                    <Radio key={c.id} value={c.id}>
                      <Typography.Text strong>{`${c.titleName} · ${c.name}`}</Typography.Text>
                      <div>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {t('honours.cycles.window', { opensOn: c.opensOn, closesOn: c.closesOn })}
                        </Typography.Text>
                      </div>
                    </Radio>
                  ))}
                </Flex>
              </Radio.Group>
            </Form.Item>
          </Card>
          <Card size="small" title={t('honours.nominate.nominee')} style={{ marginBottom: 12 }}>
            <Form.Item
              name="orgId"
              label={t('honours.nominate.place')}
              extra={t('honours.nominate.placeHelp')}
              rules={[{ required: true, message: t('honours.nominate.placeRequired') }]}
            >
              <CommunityPicker data-testid="nominate-place" />
            </Form.Item>
            <Form.Item name="nomineeName" label={t('honours.nominee.name')} rules={[{ required: true, whitespace: true, max: 30 }]}>
              <Input data-testid="nominate-name" />
            </Form.Item>
            <Form.Item name="nomineeUnit" label={t('honours.nominee.unit')} rules={[{ max: 60 }]}>
              <Input data-testid="nominate-unit" />
            </Form.Item>
            <Form.Item name="nomineeIdNumber" label={t('honours.nominate.idOptional')} rules={[{ pattern: ID_NUMBER, message: t('honours.form.idInvalid') }]}>
              <Input maxLength={18} autoComplete="off" />
            </Form.Item>
            <Form.Item name="nomineePhone" label={t('honours.nominate.phoneOptional')} rules={[{ pattern: MOBILE, message: t('honours.form.phoneInvalid') }]}>
              <Input maxLength={11} inputMode="tel" />
            </Form.Item>
          </Card>
          <Card size="small" title={t('honours.nominate.story')} style={{ marginBottom: 12 }}>
            <Form.Item
              name="summary"
              label={t('honours.nominee.summary')}
              extra={t('honours.nominee.summaryHelp')}
              rules={[{ required: true, whitespace: true, max: 300 }]}
            >
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={300} showCount data-testid="nominate-summary" />
            </Form.Item>
            <Form.Item
              name="deeds"
              label={t('honours.nominee.deeds')}
              extra={t('honours.nominate.deedsHelp')}
              rules={[{ required: true, whitespace: true, min: 20, max: 5000, message: t('honours.form.deedsLength') }]}
            >
              <Input.TextArea autoSize={{ minRows: 5, maxRows: 12 }} maxLength={5000} showCount data-testid="nominate-deeds" />
            </Form.Item>
            <Form.Item name="files" label={t('honours.nominate.files')}>
              <FileUploads upload={publicHonoursApi.upload} max={10} testId="nominate-files" />
            </Form.Item>
          </Card>
          <Card size="small" title={t('honours.nominate.you')} style={{ marginBottom: 12 }}>
            <Form.Item name="nominatorName" label={t('honours.nominate.yourName')} rules={[{ required: true, whitespace: true, max: 30 }]}>
              <Input autoComplete="name" data-testid="nominate-nominator-name" />
            </Form.Item>
            <Form.Item
              name="nominatorPhone"
              label={t('honours.nominate.yourPhone')}
              extra={t('honours.nominate.yourPhoneHelp')}
              rules={[{ required: true }, { pattern: MOBILE, message: t('honours.form.phoneInvalid') }]}
            >
              <Input maxLength={11} inputMode="tel" autoComplete="tel" data-testid="nominate-nominator-phone" />
            </Form.Item>
            <Form.Item
              name="consent"
              valuePropName="checked"
              rules={[{ validator: async (_, v: boolean | undefined) => (v ? undefined : Promise.reject(new Error(t('honours.form.consentRequired')))) }]}
            >
              <Checkbox data-testid="nominate-consent">{t('honours.form.consent')}</Checkbox>
            </Form.Item>
            <Form.Item name="consentNote" label={t('honours.form.consentNote')} rules={[{ max: 200 }]}>
              <Input placeholder={t('honours.form.consentNoteHelp')} />
            </Form.Item>
          </Card>
          <Button type="primary" htmlType="submit" block size="large" loading={send.isPending} data-testid="nominate-submit">
            {t('honours.nominate.submit')}
          </Button>
        </Form>
      )}
      <CodeLookup title={t('honours.nominate.followTitle')} base="/nominate" testId="nominate-follow" />
    </PhonePage>
  );
}
