import { Descriptions, Tag, Typography } from 'antd';
import type { NominationDetail } from '../../../../contracts/honours';
import { useT } from '../../../app/i18n/useT';
import { formatDateTime } from '../../../ui/format';
import { NOMINATION_STATUS_COLOR } from './labels';

/** A nomination's facts: where it stands, the nominee (ID and phone masked), the deeds, and who nominated them. */
export function NominationFacts({ n }: { n: NominationDetail }) {
  const t = useT();
  return (
    <Descriptions column={1} size="small" bordered>
      <Descriptions.Item label={t('honours.nominations.status')}>
        <Tag color={NOMINATION_STATUS_COLOR[n.status]} data-testid="nomination-status">
          {t(`honours.status.${n.status}`)}
        </Tag>
        {n.status === 'reviewing' && n.stage && <Tag>{t('honours.stage.waiting', { stage: t(`honours.stage.${n.stage}`) })}</Tag>}
        {n.stages.length > 0 && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('honours.nominations.stages', { stages: n.stages.map((s) => t(`honours.stage.${s}`)).join(' → ') })}
          </Typography.Text>
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('honours.nominations.titleCycle')}>{`${n.titleName} · ${n.cycleName}`}</Descriptions.Item>
      <Descriptions.Item label={t('honours.nominations.place')}>{n.orgName}</Descriptions.Item>
      <Descriptions.Item label={t('honours.nominee.unit')}>{n.nomineeUnit || '—'}</Descriptions.Item>
      <Descriptions.Item label={t('honours.nominee.idNumber')}>{n.nomineeIdMasked ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('honours.nominee.phone')}>{n.nomineePhoneMasked ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('honours.nominee.summary')}>{n.summary}</Descriptions.Item>
      <Descriptions.Item label={t('honours.nominee.deeds')}>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }} data-testid="nomination-deeds">
          {n.deeds}
        </Typography.Paragraph>
      </Descriptions.Item>
      <Descriptions.Item label={t('honours.nominations.channel')}>{t(`honours.channel.${n.channel}`)}</Descriptions.Item>
      <Descriptions.Item label={t('honours.nominator.title')}>
        {[n.nominatorName, n.nominatorUnit, n.nominatorPhoneMasked].filter(Boolean).join(' · ')}
      </Descriptions.Item>
      {n.consentNote !== '' && <Descriptions.Item label={t('honours.form.consentNote')}>{n.consentNote}</Descriptions.Item>}
      <Descriptions.Item label={t('honours.track.code')}>{n.trackingCode}</Descriptions.Item>
      <Descriptions.Item label={t('honours.nominations.submittedAt')}>{formatDateTime(n.submittedAt)}</Descriptions.Item>
      {n.returnReason && <Descriptions.Item label={t('honours.nominations.returnReason')}>{n.returnReason}</Descriptions.Item>}
      {n.roleModelId !== null && (
        <Descriptions.Item label={t('honours.roleModels.title')}>{t('honours.nominations.roleModelLine', { id: n.roleModelId })}</Descriptions.Item>
      )}
      {n.panelAverage !== null && <Descriptions.Item label={t('honours.panel.average')}>{n.panelAverage}</Descriptions.Item>}
    </Descriptions>
  );
}
