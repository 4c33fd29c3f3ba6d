import type { AppModule } from '../../platform/http/app';
import type { Db } from '../../platform/db/database';
import { inboxRoutes } from './inbox.routes';

export { postNotices, type NoticeInput } from './notice.writer';

/** The in-app inbox: notices other modules post to an org's accounts or to one account (reminders, escalations). */
export function createInboxModule(db: Db): AppModule {
  return {
    name: 'inbox',
    plugin: async (app) => {
      await app.register(inboxRoutes(db));
    },
  };
}
