import { HistoryOutlined, RollbackOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Drawer, Flex, Form, Input, Popconfirm, Row, Table, Tag } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { TemplateVersion } from '../../../../contracts/reports/report.schemas';
import { parseTemplate, type TemplateProblem } from '../../../../contracts/reports/template-grammar';
import { useErrorText, useNotifyError } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { useSession } from '../../../app/session/session-context';
import { OrgTreeSelect } from '../../../ui/OrgTreeSelect';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { FigureCatalog } from '../components/FigureCatalog';
import { ProblemList } from '../components/ProblemList';
import { useTemplate, useTemplateVersions, useTemplateWrites } from '../hooks/useReports';

/** Edits an org's report template with every problem shown at its spot as one types, keeps versions, restores the default. */
export function TemplatePage() {
  const t = useT();
  const { me } = useSession();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const errorText = useErrorText();
  useDocumentTitle(t('reports.nav.template'));
  const [orgId, setOrgId] = useState<number | null>(me?.entryScope[0]?.id ?? me?.org.id ?? null);
  const template = useTemplate(orgId);
  const versions = useTemplateVersions(orgId);
  const writes = useTemplateWrites(orgId);
  const [text, setText] = useState('');
  const [note, setNote] = useState('');
  const [showVersions, setShowVersions] = useState(false);
  const editor = useRef<TextAreaRef>(null);

  useEffect(() => {
    if (template.data) setText(template.data.text);
  }, [template.data]);

  const problems = useMemo(() => parseTemplate(text).problems, [text]);
  const dirty = template.data !== undefined && text !== template.data.text;

  const select = (from: number, to: number) => {
    const area = editor.current?.resizableTextArea?.textArea;
    if (!area) return;
    area.focus();
    area.setSelectionRange(from, to);
    // Bring the selected line into view: about one line per 22 px of the editor's line height.
    const line = text.slice(0, from).split('\n').length;
    area.scrollTop = Math.max(0, (line - 5) * 22);
  };
  const pick = (p: TemplateProblem) => select(p.offset, p.offset + Math.max(p.length, 1));
  const insert = (placeholder: string) => {
    const area = editor.current?.resizableTextArea?.textArea;
    const at = area ? area.selectionStart : text.length;
    const next = `${text.slice(0, at)}${placeholder}${text.slice(area ? area.selectionEnd : at)}`;
    setText(next);
    window.setTimeout(() => select(at + placeholder.length, at + placeholder.length), 0);
  };
  const save = () => {
    if (orgId === null || !template.data) return;
    writes.save.mutate(
      { orgId, text, note, baseVersion: template.data.ownVersion },
      {
        onSuccess: (r) => {
          setNote('');
          void message.success(t('reports.template.saved', { v: r.version }));
        },
        onError: notifyError,
      },
    );
  };
  const restore = () => {
    if (orgId === null) return;
    writes.restore.mutate(orgId, { onSuccess: (r) => void message.success(t('reports.template.restored', { v: r.version })), onError: notifyError });
  };

  const source = template.data
    ? template.data.sourceOrgId === null
      ? t('reports.template.sourceDefault')
      : t('reports.template.sourceVersion', { org: template.data.sourceOrgName ?? '', v: template.data.version })
    : '';

  return (
    <Card
      title={t('reports.nav.template')}
      extra={
        <Button icon={<HistoryOutlined />} onClick={() => setShowVersions(true)} disabled={orgId === null}>
          {t('reports.template.versions')}
        </Button>
      }
    >
      <Flex vertical gap={12}>
        <Form layout="inline">
          <Form.Item label={t('reports.form.org')}>
            <OrgTreeSelect value={orgId} onChange={(v) => setOrgId(v ?? null)} style={{ width: 260 }} />
          </Form.Item>
        </Form>
        {template.isError && <Alert type="error" showIcon title={errorText(template.error)} />}
        {template.data && <Alert type="info" showIcon title={source} description={t('reports.template.grammar')} />}
        <Row gutter={16}>
          <Col xs={24} xl={15}>
            <div style={{ marginBottom: 12 }}>
              <ProblemList text={text} problems={problems} onPick={pick} />
            </div>
            <Input.TextArea
              ref={editor}
              value={text}
              onChange={(e) => setText(e.target.value)}
              status={problems.length > 0 ? 'error' : undefined}
              autoSize={{ minRows: 16, maxRows: 24 }}
              spellCheck={false}
              style={{ fontFamily: "'Noto Sans Mono CJK SC', 'Noto Sans CJK SC', monospace", fontSize: 13, lineHeight: '22px' }}
              data-testid="template-editor"
            />
            <Flex gap={8} wrap style={{ marginTop: 12 }}>
              <Input
                placeholder={t('reports.template.notePlaceholder')}
                value={note}
                maxLength={200}
                onChange={(e) => setNote(e.target.value)}
                style={{ flex: '1 1 240px' }}
              />
              <Button
                type="primary"
                icon={<SaveOutlined />}
                onClick={save}
                loading={writes.save.isPending}
                disabled={!dirty || problems.length > 0}
                data-testid="template-save"
              >
                {t('reports.template.save')}
              </Button>
              <Popconfirm title={t('reports.template.restoreConfirm')} onConfirm={restore}>
                <Button icon={<RollbackOutlined />} loading={writes.restore.isPending}>
                  {t('reports.template.restore')}
                </Button>
              </Popconfirm>
            </Flex>
          </Col>
          <Col xs={24} xl={9}>
            <FigureCatalog onInsert={insert} />
          </Col>
        </Row>
      </Flex>
      <Drawer open={showVersions} onClose={() => setShowVersions(false)} size="large" title={t('reports.template.versions')}>
        <Table<TemplateVersion>
          size="small"
          rowKey="version"
          loading={versions.isLoading}
          dataSource={versions.data ?? []}
          pagination={false}
          locale={{ emptyText: t('reports.template.noVersions') }}
          columns={[
            {
              title: t('reports.template.version'),
              dataIndex: 'version',
              width: 70,
              render: (v: number, r) =>
                r.restoredDefault ? (
                  <>
                    {v} <Tag>{t('reports.template.default')}</Tag>
                  </>
                ) : (
                  v
                ),
            },
            { title: t('reports.template.note'), dataIndex: 'note' },
            { title: t('reports.template.by'), dataIndex: 'createdBy', width: 110 },
            { title: t('reports.template.at'), dataIndex: 'createdAt', width: 170, render: (v: string) => new Date(v).toLocaleString() },
            {
              key: 'load',
              width: 80,
              render: (_, r) => (
                <Button
                  size="small"
                  onClick={() => {
                    setText(r.text);
                    setShowVersions(false);
                  }}
                >
                  {t('reports.template.load')}
                </Button>
              ),
            },
          ]}
        />
      </Drawer>
    </Card>
  );
}
