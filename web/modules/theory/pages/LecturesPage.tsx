import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Modal, Select, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { LECTURER_LEVELS, type Lecturer, type LectureMenuItem, TROUPE_KINDS, type Troupe } from '../../../../contracts/theory/lecture.schemas';
import { type LecturerFilters, lectureKeys, lecturesApi, type TroupeFilters } from '../../../api/lectures';
import { useErrorText } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { useSession } from '../../../app/session/session-context';
import { applyFieldErrors } from '../../../ui/form-errors';
import { textFilter } from '../../../ui/list/ListFilters';
import { ListTable } from '../../../ui/list/ListTable';
import { useListState } from '../../../ui/list/useListState';
import { OrgTreeSelect } from '../../../ui/OrgTreeSelect';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';

type Adding = 'troupe' | 'lecturer' | 'menu' | null;

interface AddValues {
  orgId: number;
  name: string;
  kind?: Troupe['kind'];
  level?: Lecturer['level'];
  troupeId?: number;
  post?: string;
  topics?: string[];
  summary?: string;
}

/** Adding a troupe, a lecturer or a menu item for an org in the user's entry scope. */
function AddModal({ what, troupes, onClose }: { what: Exclude<Adding, null>; troupes: Troupe[]; onClose: () => void }) {
  const t = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<AddValues>();
  const save = useMutation({
    mutationFn: (v: AddValues): Promise<unknown> =>
      what === 'troupe'
        ? lecturesApi.createTroupe({ orgId: v.orgId, kind: v.kind ?? 'other', name: v.name, description: '' })
        : what === 'lecturer'
          ? lecturesApi.createLecturer({ orgId: v.orgId, name: v.name, level: v.level ?? 'township', post: v.post ?? '', troupeId: v.troupeId ?? null, topics: v.topics ?? [] })
          : lecturesApi.createMenuItem({ orgId: v.orgId, title: v.name, summary: v.summary ?? '', troupeId: v.troupeId ?? null }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: lectureKeys.all });
      message.success(t('common.saved'));
      onClose();
    },
    onError: (err) => applyFieldErrors(form, err, { orgId: 'orgId', name: 'name', title: 'name', troupeId: 'troupeId', kind: 'kind' }),
  });
  const troupeOptions = troupes.map((x) => ({ value: x.id, label: `${x.name}（${x.org.name}）` }));
  return (
    <Modal open title={t(`theory.lectures.add.${what}`)} onOk={() => form.submit()} onCancel={onClose} confirmLoading={save.isPending} destroyOnHidden>
      {save.isError && <Alert type="error" showIcon title={errorText(save.error)} style={{ marginBottom: 12 }} />}
      <Form<AddValues> form={form} layout="vertical" onFinish={(v) => save.mutate(v)} initialValues={{ kind: 'residents', level: 'township' }}>
        <Form.Item name="orgId" label={t('theory.groups.org')} rules={[{ required: true }]}>
          <OrgTreeSelect />
        </Form.Item>
        <Form.Item name="name" label={t(what === 'menu' ? 'theory.lectures.menuTitle' : 'theory.lectures.name')} rules={[{ required: true, whitespace: true, max: 60 }]}>
          <Input data-testid="lectures-add-name" />
        </Form.Item>
        {what === 'troupe' && (
          <Form.Item name="kind" label={t('theory.lectures.kind')}>
            <Select options={TROUPE_KINDS.map((k) => ({ value: k, label: t(`theory.lectures.kind.${k}`) }))} />
          </Form.Item>
        )}
        {what === 'lecturer' && (
          <>
            <Form.Item name="post" label={t('theory.members.post')} rules={[{ max: 60 }]}>
              <Input />
            </Form.Item>
            <Form.Item name="level" label={t('theory.lectures.level')}>
              <Select options={LECTURER_LEVELS.map((l) => ({ value: l, label: t(`theory.lectures.level.${l}`) }))} />
            </Form.Item>
            <Form.Item name="topics" label={t('theory.lectures.topics')}>
              <Select mode="tags" tokenSeparators={['，', ',']} />
            </Form.Item>
          </>
        )}
        {what === 'menu' && (
          <Form.Item name="summary" label={t('theory.lectures.summary')} rules={[{ max: 500 }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} />
          </Form.Item>
        )}
        {what !== 'troupe' && (
          <Form.Item name="troupeId" label={t('theory.lectures.troupe')}>
            <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={troupeOptions} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

/** The lecture system's registries: troupes by kind, lecturers with their topics, and the topic menus (宣讲菜单). */
export function LecturesPage() {
  const t = useT();
  const { can } = useSession();
  useDocumentTitle(t('theory.lectures.title'));
  const [adding, setAdding] = useState<Adding>(null);
  const [tab, setTab] = useState<Exclude<Adding, null>>('troupe');
  const troupeState = useListState<TroupeFilters>({});
  const lecturerState = useListState<LecturerFilters>({});
  const menuState = useListState<{ orgId?: number; q?: string }>({});
  const troupes = useQuery({
    queryKey: lectureKeys.troupes(troupeState.filters, troupeState.page, troupeState.pageSize),
    queryFn: () => lecturesApi.troupes(troupeState.filters, troupeState.page, troupeState.pageSize),
  });
  const lecturers = useQuery({
    queryKey: lectureKeys.lecturers(lecturerState.filters, lecturerState.page, lecturerState.pageSize),
    queryFn: () => lecturesApi.lecturers(lecturerState.filters, lecturerState.page, lecturerState.pageSize),
  });
  const menu = useQuery({
    queryKey: lectureKeys.menu(menuState.filters, menuState.page, menuState.pageSize),
    queryFn: () => lecturesApi.menu(menuState.filters, menuState.page, menuState.pageSize),
  });
  const troupeChoices = useQuery({ queryKey: lectureKeys.troupes({}, 1, 200), queryFn: () => lecturesApi.troupes({}, 1, 200) });
  return (
    <Card
      title={t('theory.lectures.title')}
      extra={
        can('theory.write') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(tab)} data-testid="lectures-add">
            {t(`theory.lectures.add.${tab}`)}
          </Button>
        )
      }
    >
      <Tabs
        activeKey={tab}
        onChange={(k) => setTab(k as Exclude<Adding, null>)}
        items={[
          {
            key: 'troupe',
            label: t('theory.lectures.troupes'),
            children: (
              <ListTable<Troupe, TroupeFilters>
                state={troupeState}
                query={troupes}
                rowKey="id"
                testId="troupes-table"
                fields={[
                  { kind: 'org', key: 'orgId', label: t('theory.groups.org') },
                  { kind: 'select', key: 'kind', label: t('theory.lectures.kind'), options: TROUPE_KINDS.map((k) => ({ value: k, label: t(`theory.lectures.kind.${k}`) })) },
                  { kind: 'search', name: 'q', placeholder: t('theory.lectures.search'), toFilters: textFilter<TroupeFilters>('q') },
                ]}
                columns={[
                  { title: t('theory.lectures.name'), dataIndex: 'name' },
                  { title: t('theory.lectures.kind'), width: 130, render: (_, x) => <Tag>{t(`theory.lectures.kind.${x.kind}`)}</Tag> },
                  { title: t('theory.groups.org'), render: (_, x) => x.org.name },
                  { title: t('theory.lectures.lecturerCount'), dataIndex: 'lecturerCount', width: 100 },
                ]}
              />
            ),
          },
          {
            key: 'lecturer',
            label: t('theory.lectures.lecturers'),
            children: (
              <ListTable<Lecturer, LecturerFilters>
                state={lecturerState}
                query={lecturers}
                rowKey="id"
                testId="lecturers-table"
                fields={[
                  { kind: 'org', key: 'orgId', label: t('theory.groups.org') },
                  { kind: 'select', key: 'level', label: t('theory.lectures.level'), options: LECTURER_LEVELS.map((l) => ({ value: l, label: t(`theory.lectures.level.${l}`) })) },
                  { kind: 'search', name: 'q', placeholder: t('theory.lectures.searchLecturer'), toFilters: textFilter<LecturerFilters>('q') },
                ]}
                columns={[
                  { title: t('theory.lectures.name'), dataIndex: 'name', width: 100 },
                  { title: t('theory.members.post'), dataIndex: 'post' },
                  { title: t('theory.lectures.level'), width: 90, render: (_, x) => t(`theory.lectures.level.${x.level}`) },
                  { title: t('theory.lectures.troupe'), render: (_, x) => x.troupe?.name ?? '—' },
                  { title: t('theory.lectures.topics'), render: (_, x) => x.topics.map((topic) => <Tag key={topic}>{topic}</Tag>) },
                ]}
              />
            ),
          },
          {
            key: 'menu',
            label: t('theory.lectures.menu'),
            children: (
              <ListTable<LectureMenuItem, { orgId?: number; q?: string }>
                state={menuState}
                query={menu}
                rowKey="id"
                testId="lecture-menu-table"
                fields={[
                  { kind: 'org', key: 'orgId', label: t('theory.groups.org') },
                  { kind: 'search', name: 'q', placeholder: t('theory.lectures.searchMenu'), toFilters: textFilter<{ orgId?: number; q?: string }>('q') },
                ]}
                columns={[
                  { title: t('theory.lectures.menuTitle'), dataIndex: 'title' },
                  { title: t('theory.lectures.offeredBy'), render: (_, x) => x.org.name },
                  { title: t('theory.lectures.troupe'), render: (_, x) => x.troupe?.name ?? '—' },
                  { title: t('theory.lectures.summary'), dataIndex: 'summary' },
                ]}
              />
            ),
          },
        ]}
      />
      {adding && <AddModal what={adding} troupes={troupeChoices.data?.items ?? []} onClose={() => setAdding(null)} />}
    </Card>
  );
}
