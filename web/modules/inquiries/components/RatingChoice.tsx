import { Radio } from 'antd';
import { INQUIRY_RATINGS, type InquiryRating } from '../../../../contracts/inquiries';
import { useT } from '../../../app/i18n/useT';

/** The three verdicts a resident gives an answer, as large buttons that read well on a phone; each is `${testId}-${rating}`. */
export function RatingChoice({ value, onChange, testId }: { value?: InquiryRating; onChange?: (rating: InquiryRating) => void; testId: string }) {
  const t = useT();
  return (
    <Radio.Group value={value} onChange={(e) => onChange?.(e.target.value as InquiryRating)} optionType="button" buttonStyle="solid" size="large">
      {INQUIRY_RATINGS.map((r) => (
        <Radio.Button key={r} value={r} data-testid={`${testId}-${r}`}>
          {t(`inquiries.rating.${r}`)}
        </Radio.Button>
      ))}
    </Radio.Group>
  );
}
