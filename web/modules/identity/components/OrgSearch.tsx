import { SearchOutlined } from '@ant-design/icons';
import { Input, List, Spin, Typography } from 'antd';
import { useState } from 'react';
import type { OrgWithPath } from '../../../../contracts/identity/org.schemas';
import { useErrorText } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';
import { useOrgSearch } from '../hooks/useOrgQueries';
import { ORG_LEVEL_LABEL } from '../labels';

const SEARCH_DELAY_MS = 300;

/** Search by name or code over the user's whole view; each hit shows its ancestor path and opens the tree to it. */
export function OrgSearch({ onPick }: { onPick: (org: OrgWithPath) => void }) {
  const t = useT();
  const errorText = useErrorText();
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), SEARCH_DELAY_MS);
  const search = useOrgSearch(q);
  const showResults = text.trim().length > 0;
  const data = search.data;

  return (
    <div>
      <Input
        allowClear
        prefix={<SearchOutlined />}
        placeholder={t('org.searchPlaceholder')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        data-testid="org-search"
        maxLength={50}
      />
      {showResults && (
        <div style={{ marginTop: 8, maxHeight: 360, overflowY: 'auto', border: '1px solid #f0f0f0', borderRadius: 4 }}>
          {search.isError ? (
            <Typography.Text type="danger" style={{ display: 'block', padding: 12 }}>
              {errorText(search.error)}
            </Typography.Text>
          ) : !data || search.isFetching ? (
            <div style={{ padding: 16, textAlign: 'center' }}>
              <Spin size="small" />
            </div>
          ) : (
            <List<OrgWithPath>
              size="small"
              dataSource={data.items}
              locale={{ emptyText: t('common.noMatch') }}
              footer={
                data.total > data.items.length ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('org.searchMore', { total: data.total, shown: data.items.length })}
                  </Typography.Text>
                ) : undefined
              }
              renderItem={(org) => (
                <List.Item
                  data-testid="org-search-result"
                  style={{ cursor: 'pointer', paddingInline: 12 }}
                  onClick={() => {
                    onPick(org);
                    setText('');
                  }}
                >
                  <div style={{ minWidth: 0 }}>
                    <div>
                      <Typography.Text strong>{org.name}</Typography.Text>
                      <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
                        {t(ORG_LEVEL_LABEL[org.level])}
                        {org.code ? ` · ${org.code}` : ''}
                      </Typography.Text>
                    </div>
                    {org.path.length > 0 && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis>
                        {org.path.map((p) => p.name).join(' / ')}
                      </Typography.Text>
                    )}
                  </div>
                </List.Item>
              )}
            />
          )}
        </div>
      )}
    </div>
  );
}
