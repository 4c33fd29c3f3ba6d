import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Flex, List, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { venuesApi } from '../../../api/venues';
import { useErrorText } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { LanguageSwitch } from '../../../app/layout/LanguageSwitch';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';

type Where = { kind: 'point'; lng: number; lat: number } | null;

const pad = (n: number) => String(n).padStart(2, '0');
function when(iso: string): string {
  const d = new Date(iso);
  return `${d.getMonth() + 1}/${d.getDate()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The public venue finder for phones: open places near me, their hours and address, and what happens there this week. */
export function FinderPage() {
  const t = useT();
  const errorText = useErrorText();
  useDocumentTitle(t('venues.finder.title'));
  const [where, setWhere] = useState<Where>(null);
  const [kindCode, setKindCode] = useState<string | undefined>();
  const [locating, setLocating] = useState(false);
  const [geoError, setGeoError] = useState<string | null>(null);
  const found = useQuery({
    queryKey: ['finder', where, kindCode],
    queryFn: () => venuesApi.find({ ...(where ? { lng: where.lng, lat: where.lat, radiusKm: 5 } : {}), kindCode }),
    enabled: where !== null,
  });
  const locate = () => {
    setLocating(true);
    setGeoError(null);
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setLocating(false);
        setWhere({ kind: 'point', lng: pos.coords.longitude, lat: pos.coords.latitude });
      },
      () => {
        setLocating(false);
        setGeoError(t('venues.finder.noLocation'));
      },
      { timeout: 10_000 },
    );
  };

  return (
    <Flex vertical gap={12} style={{ maxWidth: 560, margin: '0 auto', padding: 12 }}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('venues.finder.title')}
        </Typography.Title>
        <LanguageSwitch />
      </Flex>
      <Typography.Text type="secondary">{t('venues.finder.intro')}</Typography.Text>
      <Space wrap>
        <Button type="primary" onClick={locate} loading={locating} data-testid="finder-locate">
          {t('venues.finder.nearMe')}
        </Button>
        <Select
          allowClear
          style={{ width: 200 }}
          placeholder={t('venues.finder.allKinds')}
          value={kindCode}
          onChange={setKindCode}
          options={[
            { value: 'practice_station', label: t('venues.finder.kind.station') },
            { value: 'reading_room', label: t('venues.finder.kind.reading') },
            { value: 'city_bookcase', label: t('venues.finder.kind.bookcase') },
            { value: 'culture_cooperative', label: t('venues.finder.kind.cooperative') },
          ]}
        />
      </Space>
      {geoError && <Alert type="warning" showIcon title={geoError} />}
      {found.isError && <Alert type="error" showIcon title={errorText(found.error)} />}
      {where === null ? (
        <Empty description={t('venues.finder.start')} />
      ) : (
        <List
          loading={found.isFetching}
          dataSource={found.data ?? []}
          locale={{ emptyText: t('venues.finder.none') }}
          data-testid="finder-results"
          renderItem={(v) => (
            <Card size="small" style={{ marginBottom: 8 }}>
              <Flex justify="space-between" gap={8}>
                <Typography.Text strong>{v.name}</Typography.Text>
                {v.distanceM !== null && <Tag>{v.distanceM < 1000 ? `${v.distanceM} m` : `${(v.distanceM / 1000).toFixed(1)} km`}</Tag>}
              </Flex>
              <Typography.Text type="secondary">{v.kindName}</Typography.Text>
              <div>{v.address}</div>
              <div>
                {t('venues.finder.hours')}：{v.openingHours ?? '—'}
              </div>
              {v.thisWeek.length > 0 && (
                <div style={{ marginTop: 6 }}>
                  <Typography.Text strong>{t('venues.finder.thisWeek')}</Typography.Text>
                  {v.thisWeek.map((e) => (
                    <div key={`${e.title}${e.startsAt}`}>
                      {when(e.startsAt)} {e.title}
                    </div>
                  ))}
                </div>
              )}
            </Card>
          )}
        />
      )}
    </Flex>
  );
}
