import { useMutation } from '@tanstack/react-query';
import { App } from 'antd';
import type { DownloadedFile } from '../../api/client';
import { useNotifyError } from '../../app/feedback';
import { saveFile } from '../save-file';

/** A list's export: what the filters select, as the server's xlsx, saved under the server's file name. */
export interface ListExport<F> {
  exporting: boolean;
  run(filters: F): void;
}

/**
 * The one export of a list: downloads what the current filters select (every page, not only the one shown), saves it,
 * says so, and reports a failure in the user's words. `fallbackName` names the file when the server sends none.
 */
export function useListExport<F>(download: (filters: F) => Promise<DownloadedFile>, fallbackName: () => string, doneText?: string): ListExport<F> {
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const mutation = useMutation({ mutationFn: download });
  return {
    exporting: mutation.isPending,
    run(filters) {
      mutation.mutate(filters, {
        onSuccess: ({ blob, filename }) => {
          saveFile(blob, filename ?? fallbackName());
          if (doneText) void message.success(doneText);
        },
        onError: notifyError,
      });
    },
  };
}
