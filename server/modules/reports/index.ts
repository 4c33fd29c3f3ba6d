import type { AppModule } from '../../platform/http/app';
import { defineReportJob } from './report.runner';
import { reportRoutes } from './report.routes';
import type { ReportsDeps } from './reports.deps';
import { templateRoutes } from './template.routes';

export type { ReportsDeps } from './reports.deps';

/** The reports module: templates with versions, report generation as jobs, the written report and its Word file. */
export function createReportsModule(deps: ReportsDeps): { module: AppModule } {
  defineReportJob(deps);
  return {
    module: {
      name: 'reports',
      plugin: async (app) => {
        await app.register(templateRoutes(deps));
        await app.register(reportRoutes(deps));
      },
    },
  };
}
