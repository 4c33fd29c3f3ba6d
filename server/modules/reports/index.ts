import type { AppModule } from '../../platform/http/app';
import { failInterruptedJobs } from './job.repository';
import { JobQueue } from './job.queue';
import { reportRoutes } from './report.routes';
import type { ReportsDeps } from './reports.deps';
import { templateRoutes } from './template.routes';

export type { ReportsDeps } from './reports.deps';

/** The reports module: templates with versions, report generation as jobs, the written report and its Word file. */
export function createReportsModule(deps: ReportsDeps): { module: AppModule; queue: JobQueue } {
  const queue = new JobQueue();
  return {
    queue,
    module: {
      name: 'reports',
      plugin: async (app) => {
        await failInterruptedJobs(deps.db);
        // Let a running generation finish before the database closes under it.
        app.addHook('onClose', async () => queue.idle());
        await app.register(templateRoutes(deps));
        await app.register(reportRoutes(deps, queue));
      },
    },
  };
}
