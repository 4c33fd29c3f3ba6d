import { App } from 'antd';
import { useState } from 'react';
import type { ActivityAction } from '../../../api/activities/activities';
import { ApiError } from '../../../api/client';
import { useNotifyError } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import type { MessageKey } from '../../../app/i18n/messages';
import { useActivityMutations } from './useActivities';

const DONE_KEY: Record<ActivityAction, MessageKey> = {
  submit: 'activities.done.submit',
  approve: 'activities.done.approve',
  return: 'activities.done.return',
  withdraw: 'activities.done.withdraw',
};

/**
 * Runs a review transition with the version the user saw. A version conflict (someone else acted first) is kept as
 * `conflict` for the page to show prominently, since a toast would vanish before the reviewer understood it.
 */
export function useTransition() {
  const t = useT();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const { transition } = useActivityMutations();
  const [conflict, setConflict] = useState<string | null>(null);
  const run = (id: number, action: ActivityAction, version: number, reason?: string, onDone?: () => void) => {
    setConflict(null);
    transition.mutate(
      { id, action, version, reason },
      {
        onSuccess: () => {
          void message.success(t(DONE_KEY[action]));
          onDone?.();
        },
        onError: (error) => {
          if (error instanceof ApiError && (error.code === 'ACTIVITIES_VERSION_CONFLICT' || error.code === 'ACTIVITIES_BAD_TRANSITION'))
            setConflict(error.message);
          else notifyError(error);
        },
      },
    );
  };
  return { run, pending: transition.isPending, conflict, clearConflict: () => setConflict(null) };
}
