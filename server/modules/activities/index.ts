import type { AppModule } from '../../platform/http/app';
import type { ActivitiesDeps } from './activities.deps';
import { activityRoutes } from './activity.routes';
import { activityTypeRoutes } from './activity-type.routes';
import { attachmentRoutes } from './attachment.routes';
import { defineImportJob } from './import.job';
import { importRoutes } from './import.routes';

export type { ActivitiesDeps, ReferenceResolver } from './activities.deps';
export type { ActivityView } from './activity.repository';
export { referenceCounts } from './references';
export { activityForChange, activityInView, type AlongsideEdit, createActivity, updateActivity } from './activity.service';

/** The activities module: activity types as data, records and their review, feeding the statistics spine on approval. */
export function createActivitiesModule(deps: ActivitiesDeps): { module: AppModule } {
  defineImportJob(deps);
  return {
    module: {
      name: 'activities',
      plugin: async (app) => {
        await app.register(activityTypeRoutes(deps));
        await app.register(importRoutes(deps));
        await app.register(activityRoutes(deps));
        await app.register(attachmentRoutes(deps));
      },
    },
  };
}
