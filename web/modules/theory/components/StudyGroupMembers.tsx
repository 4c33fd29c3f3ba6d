import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Form, Input, Popconfirm, Space, Table, Tag } from 'antd';
import type { StudyGroupDetail, StudyGroupMemberUpdate, StudyGroupMemberWrite } from '../../../../contracts/theory/study-group.schemas';
import { theoryApi, theoryKeys } from '../../../api/theory';
import { useErrorText } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';

/** A group's members: the secretary first, those who left kept and marked; add, make secretary, leave. */
export function StudyGroupMembers({ group, mayWrite }: { group: StudyGroupDetail; mayWrite: boolean }) {
  const t = useT();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ name: string; post?: string; isSecretary?: boolean }>();
  const done = (next: StudyGroupDetail) => {
    queryClient.setQueryData(theoryKeys.group(group.id), next);
    void queryClient.invalidateQueries({ queryKey: theoryKeys.groupLists });
  };
  const add = useMutation({
    mutationFn: (v: StudyGroupMemberWrite) => theoryApi.addMember(group.id, v),
    onSuccess: (next) => {
      form.resetFields();
      done(next);
    },
  });
  const change = useMutation({
    mutationFn: ({ memberId, input }: { memberId: number; input: StudyGroupMemberUpdate }) => theoryApi.updateMember(group.id, memberId, input),
    onSuccess: done,
  });
  const editable = mayWrite && group.active;
  const failure = add.error ?? change.error;
  return (
    <>
      {failure && <Alert type="error" showIcon title={errorText(failure)} style={{ marginBottom: 12 }} />}
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={group.members}
        locale={{ emptyText: t('theory.members.empty') }}
        data-testid="study-group-members"
        columns={[
          { title: t('theory.members.name'), dataIndex: 'name' },
          { title: t('theory.members.post'), dataIndex: 'post', render: (p: string) => p || '—' },
          {
            title: '',
            render: (_, m) => (
              <>
                {m.isSecretary && <Tag color="red">{t('theory.members.secretary')}</Tag>}
                {!m.active && <Tag>{t('theory.members.left')}</Tag>}
              </>
            ),
          },
          ...(editable
            ? [
                {
                  title: '',
                  key: 'actions',
                  render: (_: unknown, m: StudyGroupDetail['members'][number]) =>
                    m.active && (
                      <Space size={0}>
                        {!m.isSecretary && (
                          <Button type="link" size="small" onClick={() => change.mutate({ memberId: m.id, input: { isSecretary: true } })}>
                            {t('theory.members.makeSecretary')}
                          </Button>
                        )}
                        <Popconfirm title={t('theory.members.leave')} onConfirm={() => change.mutate({ memberId: m.id, input: { active: false } })}>
                          <Button type="link" size="small" danger>
                            {t('theory.members.leave')}
                          </Button>
                        </Popconfirm>
                      </Space>
                    ),
                },
              ]
            : []),
        ]}
      />
      {editable && (
        <Form
          form={form}
          layout="inline"
          style={{ rowGap: 8, marginTop: 12 }}
          onFinish={(v) => add.mutate({ name: v.name, post: v.post ?? '', isSecretary: v.isSecretary ?? false })}
        >
          <Form.Item name="name" rules={[{ required: true, whitespace: true, max: 60 }]}>
            <Input placeholder={t('theory.members.name')} style={{ width: 140 }} data-testid="study-member-name" />
          </Form.Item>
          <Form.Item name="post" rules={[{ max: 60 }]}>
            <Input placeholder={t('theory.members.post')} style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="isSecretary" valuePropName="checked">
            <Checkbox>{t('theory.members.secretary')}</Checkbox>
          </Form.Item>
          <Button htmlType="submit" loading={add.isPending} data-testid="study-member-add">
            {t('theory.members.add')}
          </Button>
        </Form>
      )}
    </>
  );
}
