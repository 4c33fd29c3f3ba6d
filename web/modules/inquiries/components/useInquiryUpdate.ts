import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import type { InquiryDetail } from '../../../../contracts/inquiries';
import { inquiryKeys } from '../../../api/inquiries';

/** After a step on a case: keeps the answer as the drawer's data, refreshes the lists and the league, and says what was done. */
export function useInquiryUpdate(): (detail: InquiryDetail, text: string) => void {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  return (detail, text) => {
    queryClient.setQueryData(inquiryKeys.case(detail.id), detail);
    void queryClient.invalidateQueries({ queryKey: inquiryKeys.all, predicate: (q) => q.queryKey[1] !== 'case' });
    void message.success(text);
  };
}
