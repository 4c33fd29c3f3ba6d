import { Button, Checkbox, Drawer, Flex, Form, Input, Select } from 'antd';
import { ROLE_PERMISSIONS, ROLES, type Role } from '../../../../contracts/identity/permissions';
import type { User, UserCreate, UserUpdate } from '../../../../contracts/identity/user.schemas';
import type { UserWithPassword } from '../../../api/identity/users';
import { useNotifyError } from '../../../app/feedback';
import { useLocale } from '../../../app/i18n/locale-context';
import { useT } from '../../../app/i18n/useT';
import { useSession } from '../../../app/session/session-context';
import { applyFieldErrors } from '../../../ui/form-errors';
import { OrgTreeSelect } from '../../../ui/OrgTreeSelect';
import { useIsMobile } from '../../../ui/useIsMobile';
import { useUserMutations } from '../hooks/useUsers';
import { roleLabel } from '../labels';

interface UserForm {
  username: string;
  displayName: string;
  orgId?: number;
  roles: Role[];
  viewScope: number[];
  entryScope: number[];
  phone?: string;
  clearPhone?: boolean;
}

const USERNAME_RE = /^[a-zA-Z0-9_.-]+$/;
const PHONE_RE = /^1[3-9]\d{9}$/;
const FIELD_BY_PATH = {
  username: 'username',
  displayName: 'displayName',
  orgId: 'orgId',
  roles: 'roles',
  viewScope: 'viewScope',
  entryScope: 'entryScope',
  phone: 'phone',
} as const;

/** Props of UserFormDrawer: no `user` means a new account. */
export interface UserFormDrawerProps {
  user: User | null;
  onClose(): void;
  /** After creation, with the temporary password to show once. */
  onCreated(result: UserWithPassword): void;
  onSaved(user: User): void;
}

/** The account form: who, which unit, which roles, which org subtrees to read and to change. */
export function UserFormDrawer({ user, onClose, onCreated, onSaved }: UserFormDrawerProps) {
  const t = useT();
  const { locale } = useLocale();
  const { can } = useSession();
  const notifyError = useNotifyError();
  const isMobile = useIsMobile();
  const [form] = Form.useForm<UserForm>();
  const { create, update } = useUserMutations();
  const editing = user !== null;
  // Only roles whose every permission the admin holds can be granted; the server checks the same.
  const roleOptions = ROLES.filter((role) => ROLE_PERMISSIONS[role].every((p) => can(p))).map((role) => ({
    value: role,
    label: roleLabel(role, locale),
  }));

  const onError = (error: unknown) => {
    if (!applyFieldErrors(form, error, FIELD_BY_PATH)) notifyError(error);
  };

  const submit = (values: UserForm) => {
    const phone = values.phone?.trim();
    if (!editing) {
      if (values.orgId === undefined) return;
      const input: UserCreate = {
        username: values.username.trim(),
        displayName: values.displayName.trim(),
        orgId: values.orgId,
        roles: values.roles,
        viewScope: values.viewScope,
        entryScope: values.entryScope,
        ...(phone ? { phone } : {}),
      };
      create.mutate(input, { onSuccess: onCreated, onError });
      return;
    }
    const input: UserUpdate = {
      displayName: values.displayName.trim(),
      ...(values.orgId !== undefined ? { orgId: values.orgId } : {}),
      roles: values.roles,
      viewScope: values.viewScope,
      entryScope: values.entryScope,
      ...(phone ? { phone } : values.clearPhone ? { phone: null } : {}),
    };
    update.mutate({ id: user.id, input }, { onSuccess: onSaved, onError });
  };

  // A new user usually reads and records for their own unit; preset both scopes to it.
  const presetScopes = (orgId: number | undefined) => {
    if (editing || orgId === undefined) return;
    for (const field of ['viewScope', 'entryScope'] as const) {
      if ((form.getFieldValue(field) ?? []).length === 0) form.setFieldValue(field, [orgId]);
    }
  };

  const initialValues: Partial<UserForm> = user
    ? {
        username: user.username,
        displayName: user.displayName,
        orgId: user.org.id,
        roles: user.roles,
        viewScope: user.viewScope.map((o) => o.id),
        entryScope: user.entryScope.map((o) => o.id),
      }
    : { roles: [], viewScope: [], entryScope: [] };
  const knownOrgs = user ? [user.org, ...user.viewScope, ...user.entryScope] : undefined;
  const pending = create.isPending || update.isPending;

  return (
    <Drawer
      open
      title={editing ? t('user.edit.title', { name: user.displayName }) : t('user.create.title')}
      size={isMobile ? '100%' : 520}
      onClose={onClose}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={pending} onClick={() => form.submit()} data-testid="user-form-submit">
            {editing ? t('common.save') : t('common.create')}
          </Button>
        </Flex>
      }
    >
      <Form<UserForm> form={form} layout="vertical" initialValues={initialValues} onFinish={submit}>
        <Form.Item
          name="username"
          label={t('user.field.username')}
          extra={editing ? undefined : t('user.usernameHint')}
          rules={[
            { required: true, whitespace: true, message: t('user.usernameRequired') },
            { min: 3, max: 32, message: t('user.usernameLength') },
            { pattern: USERNAME_RE, message: t('user.usernameChars') },
          ]}
        >
          <Input disabled={editing} autoComplete="off" maxLength={32} data-testid="user-form-username" />
        </Form.Item>
        <Form.Item name="displayName" label={t('user.field.displayName')} rules={[{ required: true, whitespace: true, max: 64 }]}>
          <Input maxLength={64} data-testid="user-form-display-name" />
        </Form.Item>
        <Form.Item name="orgId" label={t('user.field.org')} rules={[{ required: true, message: t('user.orgRequired') }]}>
          <OrgTreeSelect knownOrgs={knownOrgs} onChange={presetScopes} data-testid="user-form-org" />
        </Form.Item>
        <Form.Item name="roles" label={t('user.field.roles')} rules={[{ required: true, type: 'array', min: 1, message: t('user.rolesRequired') }]}>
          <Select mode="multiple" options={roleOptions} data-testid="user-form-roles" />
        </Form.Item>
        <Form.Item
          name="viewScope"
          label={t('user.field.viewScope')}
          extra={t('user.viewScopeHint')}
          rules={[{ required: true, type: 'array', min: 1, message: t('user.viewScopeRequired') }]}
        >
          <OrgTreeSelect multiple knownOrgs={knownOrgs} />
        </Form.Item>
        <Form.Item name="entryScope" label={t('user.field.entryScope')} extra={t('user.entryScopeHint')}>
          <OrgTreeSelect multiple knownOrgs={knownOrgs} />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('user.field.phone')}
          extra={editing && user.phoneMasked ? t('user.phoneKeepHint', { masked: user.phoneMasked }) : undefined}
          rules={[{ pattern: PHONE_RE, message: t('user.phoneShape') }]}
        >
          <Input inputMode="numeric" maxLength={11} placeholder={user?.phoneMasked ?? undefined} autoComplete="off" />
        </Form.Item>
        {editing && user.phoneMasked && (
          <Form.Item name="clearPhone" valuePropName="checked">
            <Checkbox>{t('user.clearPhone')}</Checkbox>
          </Form.Item>
        )}
      </Form>
    </Drawer>
  );
}
