import { UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Upload } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../../api/client';
import { venuesApi } from '../../../api/venues';
import { useNotifyError } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';

const MAX_BYTES = 20 * 1024 * 1024;

/** Loads a city's own outline from a GeoJSON file; venues the new outline would leave outside are named and confirmed first. */
export function BoundaryUpload({ cityId }: { cityId: number }) {
  const t = useT();
  const { message, modal } = App.useApp();
  const notifyError = useNotifyError();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);

  const save = async (geojson: unknown, confirm: boolean): Promise<void> => {
    setBusy(true);
    try {
      await venuesApi.saveBoundary(cityId, geojson, confirm);
      void message.success(t('venues.boundary.saved'));
      void queryClient.invalidateQueries({ queryKey: ['venues', 'boundary'] });
    } catch (err) {
      if (err instanceof ApiError && err.code === 'VENUES_BOUNDARY_EXCLUDES') {
        modal.confirm({ title: t('venues.boundary.confirmTitle'), content: err.message, okText: t('venues.form.saveAnyway'), onOk: () => save(geojson, true) });
      } else notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Upload
      accept=".geojson,.json,application/geo+json,application/json"
      showUploadList={false}
      beforeUpload={(file) => {
        if (file.size > MAX_BYTES) {
          void message.error(t('venues.boundary.tooLarge'));
          return false;
        }
        void file.text().then((text) => {
          let parsed: unknown;
          try {
            parsed = JSON.parse(text);
          } catch {
            void message.error(t('venues.boundary.notJson'));
            return;
          }
          void save(parsed, false);
        });
        return false;
      }}
    >
      <Button icon={<UploadOutlined />} loading={busy} data-testid="boundary-upload">
        {t('venues.boundary.upload')}
      </Button>
    </Upload>
  );
}
