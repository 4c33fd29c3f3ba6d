import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Flex, Image, Popconfirm, Typography, Upload } from 'antd';
import { venuesApi } from '../../../api/venues';
import { useNotifyError } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';

const MAX_PHOTOS = 9;

/** A venue's photos as thumbnails that open full size; those who may change the venue add JPG/PNG photos and remove them. */
export function VenuePhotos({ venueId, canWrite }: { venueId: number; canWrite: boolean }) {
  const t = useT();
  const notifyError = useNotifyError();
  const queryClient = useQueryClient();
  const key = ['venues', 'photos', venueId];
  const photos = useQuery({ queryKey: key, queryFn: () => venuesApi.photos(venueId) });
  const refresh = () => queryClient.invalidateQueries({ queryKey: key });
  const add = useMutation({ mutationFn: (file: File) => venuesApi.addPhoto(venueId, file), onSuccess: refresh, onError: notifyError });
  const remove = useMutation({ mutationFn: (photoId: number) => venuesApi.removePhoto(venueId, photoId), onSuccess: refresh, onError: notifyError });
  const list = photos.data ?? [];
  return (
    <Flex vertical gap={8} data-testid="venue-photos">
      <Typography.Text strong>{t('venues.photos.title')}</Typography.Text>
      <Image.PreviewGroup>
        <Flex wrap gap={8}>
          {list.map((p) => (
            <div key={p.id} style={{ position: 'relative' }}>
              <Image src={venuesApi.photoUrl(venueId, p.id)} alt={p.filename} width={96} height={72} style={{ objectFit: 'cover', borderRadius: 4 }} />
              {canWrite && (
                <Popconfirm title={t('venues.photos.removeConfirm')} onConfirm={() => remove.mutate(p.id)}>
                  <Button
                    size="small"
                    danger
                    type="primary"
                    icon={<DeleteOutlined />}
                    aria-label={t('venues.photos.remove')}
                    style={{ position: 'absolute', top: 2, right: 2 }}
                  />
                </Popconfirm>
              )}
            </div>
          ))}
          {canWrite && list.length < MAX_PHOTOS && (
            <Upload
              accept="image/jpeg,image/png"
              showUploadList={false}
              beforeUpload={(file) => {
                add.mutate(file);
                return false;
              }}
            >
              <Button icon={<PlusOutlined />} loading={add.isPending} style={{ width: 96, height: 72 }} data-testid="venue-photo-add">
                {t('venues.photos.add')}
              </Button>
            </Upload>
          )}
        </Flex>
      </Image.PreviewGroup>
      {list.length === 0 && !canWrite && <Typography.Text type="secondary">{t('venues.photos.none')}</Typography.Text>}
    </Flex>
  );
}
