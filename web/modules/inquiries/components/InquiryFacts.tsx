import { Descriptions, Tag, Typography } from 'antd';
import type { CategoryAttribute, InquiryDetail } from '../../../../contracts/inquiries';
import { useLocale } from '../../../app/i18n/locale-context';
import { useT } from '../../../app/i18n/useT';
import { formatDateTime } from '../../../ui/format';
import { DeadlineCell, RatingTag, StatusTag } from './CaseTags';
import { localName } from './labels';
import { useCategories } from './useInquiryChoices';

// List answers are stored by key; the category's definition gives their names, and a key since removed shows as it is.
function answerText(value: string | string[], def: CategoryAttribute | undefined): string {
  const name = (key: string) => def?.values.find((v) => v.key === key)?.name ?? key;
  return Array.isArray(value) ? value.map(name).join('、') : def?.datatype === 'singlevaluelist' ? name(value) : value;
}

/** A case's facts: where it stands and its deadlines, what it is about and where, who asked (phone masked) and how it came in, and the answer and its rating. */
export function InquiryFacts({ c }: { c: InquiryDetail }) {
  const t = useT();
  const { locale } = useLocale();
  const yesNo = (on: boolean) => t(on ? 'inquiries.yes' : 'inquiries.no');
  const attributes = Object.entries(c.attributes);
  const categories = useCategories();
  const defs = categories.data?.find((x) => x.id === c.category.id)?.attributes ?? [];
  return (
    <Descriptions column={1} size="small" bordered>
      <Descriptions.Item label={t('inquiries.field.status')}>
        <StatusTag status={c.status} testId="inquiry-status" />
        {c.redoCount > 0 && <Tag color="volcano">{t('inquiries.field.redoLine', { count: c.redoCount })}</Tag>}
        {c.superviseCount > 0 && <Tag color="purple">{t('inquiries.field.superviseLine', { count: c.superviseCount })}</Tag>}
      </Descriptions.Item>
      <Descriptions.Item label={t('inquiries.field.category')}>{`${localName(c.category, locale)} · ${t(`inquiries.kind.${c.kind}`)}`}</Descriptions.Item>
      <Descriptions.Item label={t('inquiries.field.area')}>{c.org.name}</Descriptions.Item>
      <Descriptions.Item label={t('inquiries.field.handler')}>
        <span data-testid="inquiry-handler">{c.handler?.name ?? '—'}</span>
      </Descriptions.Item>
      {c.signDueOn && c.status === 'dispatched' && <Descriptions.Item label={t('inquiries.field.signDueOn')}>{c.signDueOn}</Descriptions.Item>}
      <Descriptions.Item label={t('inquiries.field.dueOn')}>
        <DeadlineCell dueOn={c.dueOn} deadline={c.deadline} />
        {c.extendedDays > 0 && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('inquiries.field.extendedLine', { days: c.extendedDays })}
          </Typography.Text>
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('inquiries.field.description')}>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }} data-testid="inquiry-description">
          {c.description}
        </Typography.Paragraph>
      </Descriptions.Item>
      <Descriptions.Item label={t('inquiries.field.address')}>
        {c.address || '—'}
        {c.lat !== null && c.lng !== null && (
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('inquiries.field.locationLine', { lat: c.lat.toFixed(5), lng: c.lng.toFixed(5) })}
            </Typography.Text>
          </div>
        )}
      </Descriptions.Item>
      {attributes.map(([code, value]) => {
        const def = defs.find((a) => a.code === code);
        return (
          <Descriptions.Item key={code} label={def?.description ?? code}>
            {answerText(value, def)}
          </Descriptions.Item>
        );
      })}
      {(c.mediaUrl || c.hasPhoto) && (
        <Descriptions.Item label={t('inquiries.field.photo')}>
          {c.mediaUrl ? (
            <Typography.Link href={c.mediaUrl} target="_blank" rel="noreferrer">
              {t('inquiries.field.openPhoto')}
            </Typography.Link>
          ) : (
            t('inquiries.field.hasPhoto')
          )}
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t('inquiries.field.resident')}>
        {c.anonymous ? <Tag>{t('inquiries.field.anonymous')}</Tag> : [c.name, c.phoneMasked].filter(Boolean).join(' · ') || '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('inquiries.field.publish')}>{yesNo(c.publish)}</Descriptions.Item>
      <Descriptions.Item label={t('inquiries.field.channel')}>
        {t(`inquiries.channel.${c.channel}`)}
        {c.programme && ` · ${c.airedOn ? t('inquiries.field.programmeLine', { name: c.programme.name, airedOn: c.airedOn }) : c.programme.name}`}
        {c.apiClient && ` · ${c.apiClient}`}
      </Descriptions.Item>
      <Descriptions.Item label={t('inquiries.field.caseNo')}>{c.caseNo}</Descriptions.Item>
      <Descriptions.Item label={t('inquiries.field.receivedAt')}>{formatDateTime(c.receivedAt)}</Descriptions.Item>
      {c.rejectReason && <Descriptions.Item label={t('inquiries.field.rejectReason')}>{c.rejectReason}</Descriptions.Item>}
      {c.reply && (
        <Descriptions.Item label={t('inquiries.field.reply')}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }} data-testid="inquiry-reply">
            {c.reply}
          </Typography.Paragraph>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatDateTime(c.repliedAt)}
          </Typography.Text>
        </Descriptions.Item>
      )}
      {c.closedAt && <Descriptions.Item label={t('inquiries.field.closedAt')}>{formatDateTime(c.closedAt)}</Descriptions.Item>}
      {c.rating && (
        <Descriptions.Item label={t('inquiries.field.rating')}>
          <RatingTag rating={c.rating} />
          {c.ratedVia && <Typography.Text type="secondary">{t(`inquiries.ratedVia.${c.ratedVia}`)}</Typography.Text>}
          {c.ratingComment && <div>{c.ratingComment}</div>}
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}
