import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, Drawer, Form, Input, InputNumber, Select, Space, Switch } from 'antd';
import {
  CYCLE_KINDS,
  type HonourTitle,
  REVIEW_STAGES,
  type ReviewStage,
  TITLE_KINDS,
  TITLE_LEVELS,
  type TitleKind,
  type TitleLevel,
} from '../../../../contracts/honours';
import { honourKeys, honoursApi, type TitleWrite } from '../../../api/honours';
import { useErrorText } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { applyFieldErrors } from '../../../ui/form-errors';
import { useIsMobile } from '../../../ui/useIsMobile';
import { CODE_KEY } from './patterns';

interface TitleValues {
  code: string;
  nameZh: string;
  nameEn: string;
  kind: TitleKind;
  level: TitleLevel;
  nomineeAward: boolean;
  cycleKind: (typeof CYCLE_KINDS)[number];
  notice: boolean;
  noticeDays?: number;
  panel: boolean;
  stages: ReviewStage[];
  measureWord: string;
  active: boolean;
}

const FIELD_PATHS = {
  code: 'code',
  nameZh: 'nameZh',
  nameEn: 'nameEn',
  kind: 'kind',
  level: 'level',
  cycleKind: 'cycleKind',
  noticeDays: 'noticeDays',
  stages: 'stages',
  measureWord: 'measureWord',
} as const;

function toForm(title: HonourTitle | null): Partial<TitleValues> {
  if (!title)
    return {
      kind: 'good_person',
      level: 'city',
      nomineeAward: false,
      cycleKind: 'year',
      notice: true,
      noticeDays: 7,
      panel: false,
      stages: ['county', 'city'],
      measureWord: '名',
      active: true,
    };
  const { id: _id, noticeDays, ...rest } = title;
  return { ...rest, notice: noticeDays !== null, noticeDays: noticeDays ?? 7 };
}

function toWrite(v: TitleValues): TitleWrite {
  return {
    code: v.code,
    nameZh: v.nameZh,
    nameEn: v.nameEn,
    kind: v.kind,
    level: v.level,
    nomineeAward: v.nomineeAward,
    cycleKind: v.cycleKind,
    noticeDays: v.notice ? (v.noticeDays ?? 7) : null,
    panel: v.panel,
    // Stages run bottom-up whatever order they were ticked in.
    stages: REVIEW_STAGES.filter((s) => v.stages.includes(s)),
    measureWord: v.measureWord,
    active: v.active,
  };
}

/** Adding or changing a title: its level and kind, its cycle, whether it takes a notice (and how many working days), a panel, and its review stages. */
export function TitleFormDrawer({ title, onClose }: { title: HonourTitle | null; onClose: () => void }) {
  const t = useT();
  const isMobile = useIsMobile();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<TitleValues>();
  const notice = Form.useWatch('notice', form);
  const save = useMutation({
    mutationFn: (v: TitleValues) => (title ? honoursApi.updateTitle(title.id, toWrite(v)) : honoursApi.createTitle(toWrite(v))),
    onSuccess: () => {
      void message.success(t('common.saved'));
      void queryClient.invalidateQueries({ queryKey: honourKeys.all });
      onClose();
    },
    onError: (err) => applyFieldErrors(form, err, FIELD_PATHS),
  });
  return (
    <Drawer
      open
      destroyOnHidden
      onClose={onClose}
      size={isMobile ? '100%' : 560}
      title={title ? t('honours.titles.editTitle', { name: title.nameZh }) : t('honours.titles.add')}
      data-testid="title-form"
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="title-form-save">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {save.isError && <Alert type="error" showIcon title={errorText(save.error)} style={{ marginBottom: 12 }} />}
      <Form<TitleValues> form={form} layout="vertical" initialValues={toForm(title)} onFinish={(v) => save.mutate(v)}>
        <Form.Item
          name="code"
          label={t('honours.titles.code')}
          extra={t('honours.form.codeHelp')}
          rules={[{ required: true }, { pattern: CODE_KEY, message: t('honours.form.codeInvalid') }]}
        >
          <Input disabled={title !== null} data-testid="title-form-code" />
        </Form.Item>
        <Form.Item name="nameZh" label={t('honours.form.nameZh')} rules={[{ required: true, whitespace: true, max: 40 }]}>
          <Input data-testid="title-form-name-zh" />
        </Form.Item>
        <Form.Item name="nameEn" label={t('honours.form.nameEn')} rules={[{ required: true, whitespace: true, max: 80 }]}>
          <Input data-testid="title-form-name-en" />
        </Form.Item>
        <Space wrap>
          <Form.Item name="kind" label={t('honours.titles.kind')} rules={[{ required: true }]}>
            <Select style={{ width: 140 }} options={TITLE_KINDS.map((k) => ({ value: k, label: t(`honours.kind.${k}`) }))} />
          </Form.Item>
          <Form.Item name="level" label={t('honours.titles.level')} rules={[{ required: true }]}>
            <Select style={{ width: 120 }} options={TITLE_LEVELS.map((l) => ({ value: l, label: t(`honours.level.${l}`) }))} />
          </Form.Item>
          <Form.Item name="cycleKind" label={t('honours.titles.cycleKind')} rules={[{ required: true }]}>
            <Select style={{ width: 140 }} options={CYCLE_KINDS.map((k) => ({ value: k, label: t(`honours.cycleKind.${k}`) }))} />
          </Form.Item>
          <Form.Item name="measureWord" label={t('honours.form.measureWord')} rules={[{ required: true, whitespace: true, max: 4 }]}>
            <Input style={{ width: 80 }} />
          </Form.Item>
        </Space>
        <Form.Item name="stages" label={t('honours.titles.stages')} extra={t('honours.titles.stagesHelp')} rules={[{ required: true, type: 'array', min: 1 }]}>
          <Checkbox.Group options={REVIEW_STAGES.map((s) => ({ value: s, label: t(`honours.stage.${s}`) }))} />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item name="notice" label={t('honours.titles.notice')} valuePropName="checked">
            <Switch data-testid="title-form-notice" />
          </Form.Item>
          {notice && (
            <Form.Item name="noticeDays" label={t('honours.titles.noticeDays')} rules={[{ required: true }]}>
              <InputNumber min={1} max={30} precision={0} style={{ width: 120 }} />
            </Form.Item>
          )}
          <Form.Item name="panel" label={t('honours.titles.panel')} valuePropName="checked" extra={t('honours.titles.panelHelp')}>
            <Switch data-testid="title-form-panel" />
          </Form.Item>
          <Form.Item name="nomineeAward" label={t('honours.titles.nomineeAward')} valuePropName="checked" extra={t('honours.titles.nomineeAwardHelp')}>
            <Switch />
          </Form.Item>
          <Form.Item name="active" label={t('honours.form.active')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Space>
      </Form>
    </Drawer>
  );
}
