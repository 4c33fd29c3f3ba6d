import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import type { NominationDetail } from '../../../../contracts/honours';
import { honourKeys } from '../../../api/honours';

/** After a step on a nomination: keeps the answer as the drawer's data, refreshes the lists, and says what was done. */
export function useNominationUpdate(): (detail: NominationDetail, text: string) => void {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  return (detail, text) => {
    queryClient.setQueryData(honourKeys.nomination(detail.id), detail);
    void queryClient.invalidateQueries({ queryKey: honourKeys.all, predicate: (q) => q.queryKey[1] !== 'nomination' });
    void message.success(text);
  };
}
