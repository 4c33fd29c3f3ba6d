import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  EffectiveTemplateSchema,
  FigureInfoSchema,
  TemplateCheckSchema,
  TemplateQuerySchema,
  TemplateRestoreSchema,
  TemplateSaveSchema,
  TemplateTextSchema,
  TemplateVersionSchema,
} from '../../../contracts/reports/report.schemas';
import { contextOf } from '../../platform/http/context';
import type { ReportsDeps } from './reports.deps';
import { checkTemplate, getTemplate, listFigures, listVersions, restoreDefault, saveTemplate } from './template.service';

const tags = ['reports: templates'];
const read = { permission: 'report.read' } as const;
const admin = { permission: 'report_template.admin' } as const;

/** Report templates: the figures they may place, the template in force for an org, its versions, checks, saves and restoring the default. */
export function templateRoutes(deps: ReportsDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/reports/figures',
      {
        config: { access: read, probe: () => ({}) },
        schema: {
          tags,
          summary: 'Every figure a template may place, its kind, phrase style and whether a module provides it yet',
          response: { 200: z.array(FigureInfoSchema) },
        },
      },
      async () => listFigures(deps),
    );

    app.get(
      '/reports/template',
      {
        config: { access: read, probe: (t) => ({ query: { orgId: Number(t.countyA) } }) },
        schema: {
          tags,
          summary: 'The template in force for an org: its own latest version, an ancestor’s, or the built-in default',
          querystring: TemplateQuerySchema,
          response: { 200: EffectiveTemplateSchema },
        },
      },
      async (req) => getTemplate(deps, contextOf(req).actor, req.query.orgId),
    );

    app.get(
      '/reports/template/versions',
      {
        config: { access: read, probe: (t) => ({ query: { orgId: Number(t.countyA) } }) },
        schema: {
          tags,
          summary: 'The saved versions of an org’s own template, newest first',
          querystring: TemplateQuerySchema,
          response: { 200: z.array(TemplateVersionSchema) },
        },
      },
      async (req) => listVersions(deps, contextOf(req).actor, req.query.orgId),
    );

    app.post(
      '/reports/template/check',
      {
        config: { access: read, probe: () => ({ body: { text: '= 标题\n正文{online_lectures}' } }) },
        schema: {
          tags,
          summary: 'Checks a template text and lists every problem with its line, column and offset',
          body: TemplateTextSchema,
          response: { 200: TemplateCheckSchema },
        },
      },
      async (req) => checkTemplate(req.body.text, contextOf(req).locale),
    );

    app.put(
      '/reports/template',
      {
        config: { access: admin, probe: (t) => ({ body: { orgId: Number(t.countyA), text: '= 探测\n探测', note: '探测', baseVersion: 0 } }) },
        schema: { tags, summary: 'Saves a checked template as the org’s next version', body: TemplateSaveSchema, response: { 200: EffectiveTemplateSchema } },
      },
      async (req) => saveTemplate(deps, contextOf(req), req.body),
    );

    app.post(
      '/reports/template/restore-default',
      {
        config: { access: admin, probe: (t) => ({ body: { orgId: Number(t.countyA) } }) },
        schema: {
          tags,
          summary: 'Makes the built-in default the org’s template again, as a new version',
          body: TemplateRestoreSchema,
          response: { 200: EffectiveTemplateSchema },
        },
      },
      async (req) => restoreDefault(deps, contextOf(req), req.body.orgId),
    );
  };
}
