import { z } from 'zod';
import { PERIOD_KINDS, isWholePeriod, MISSING_REASONS } from '../stats/indicator.schemas';
import { DrillDescriptorSchema, LocalDateSchema, RecordLinkSchema } from '../stats/query.schemas';
import { FIGURE_KINDS, FIGURE_STYLES } from './figures';
import { MAX_TEMPLATE_LENGTH, TEMPLATE_PROBLEMS } from './template-grammar';

const OrgIdSchema = z.coerce.number().int().positive();

/** A problem of a template at its spot. */
export const TemplateProblemSchema = z.object({
  code: z.enum(TEMPLATE_PROBLEMS),
  line: z.number().int(),
  column: z.number().int(),
  offset: z.number().int(),
  length: z.number().int(),
  name: z.string().optional(),
  expected: z.string().optional(),
  /** The problem in the caller's language, with its line and column. */
  message: z.string(),
});
/** A described template problem. */
export type TemplateProblemView = z.infer<typeof TemplateProblemSchema>;

/** The org whose template is asked for. */
export const TemplateQuerySchema = z.object({ orgId: OrgIdSchema });

/** A template text to check or save. */
export const TemplateTextSchema = z.object({ text: z.string().max(MAX_TEMPLATE_LENGTH) });

/** Saving a new version of an org's template. */
export const TemplateSaveSchema = z.object({
  orgId: OrgIdSchema,
  text: z.string().max(MAX_TEMPLATE_LENGTH),
  note: z.string().trim().max(200).default(''),
  /** The version the editor started from (0 for the built-in default); a later save in between is a conflict. */
  baseVersion: z.number().int().min(0),
});
/** A template save. */
export type TemplateSave = z.infer<typeof TemplateSaveSchema>;

/** Restoring the built-in default as a new version. */
export const TemplateRestoreSchema = z.object({ orgId: OrgIdSchema });

/** The check of a template text. */
export const TemplateCheckSchema = z.object({
  problems: z.array(TemplateProblemSchema),
  figures: z.array(z.string()),
});
/** A template check. */
export type TemplateCheck = z.infer<typeof TemplateCheckSchema>;

/** The template a report for an org uses: its own latest version, else the nearest ancestor's, else the built-in default. */
export const EffectiveTemplateSchema = z.object({
  orgId: z.number().int(),
  /** The org whose version this is; null for the built-in default. */
  sourceOrgId: z.number().int().nullable(),
  sourceOrgName: z.string().nullable(),
  /** 0 for the built-in default. */
  version: z.number().int(),
  text: z.string(),
  /** The org's own latest version (0 when it has none), which a save must start from. */
  ownVersion: z.number().int(),
});
/** An effective template. */
export type EffectiveTemplate = z.infer<typeof EffectiveTemplateSchema>;

/** One saved version of an org's template. */
export const TemplateVersionSchema = z.object({
  version: z.number().int(),
  note: z.string(),
  restoredDefault: z.boolean(),
  createdBy: z.string(),
  createdAt: z.string(),
  text: z.string(),
});
/** A template version. */
export type TemplateVersion = z.infer<typeof TemplateVersionSchema>;

/** A figure a template may place, with whether any module provides it yet. */
export const FigureInfoSchema = z.object({
  name: z.string(),
  part: z.number().int(),
  kind: z.enum(FIGURE_KINDS),
  style: z.enum(FIGURE_STYLES),
  styles: z.array(z.enum(FIGURE_STYLES)),
  unit: z.string(),
  indicator: z.string(),
  seed: z.string(),
  labelZh: z.string(),
  labelEn: z.string(),
  available: z.boolean(),
});
/** Figure info. */
export type FigureInfo = z.infer<typeof FigureInfoSchema>;

/** A report to generate: an org (its whole subtree) and a year, half-year or quarter. */
export const ReportRequestSchema = z
  .object({
    orgId: OrgIdSchema,
    kind: z.enum(PERIOD_KINDS),
    year: z.coerce.number().int().min(2000).max(2100),
    index: z.coerce.number().int().min(1).max(4).optional(),
  })
  .refine(isWholePeriod, { message: 'index must be 1-2 for a half-year, 1-4 for a quarter, and absent for a year', path: ['index'] });
/** A report request. */
export type ReportRequest = z.infer<typeof ReportRequestSchema>;

/** Why a figure has no words in a report: no module provides it, no approved records in the period, no ratio, no previous figure. */
export const FIGURE_MISSING_REASONS = [...MISSING_REASONS, 'no_records', 'no_previous'] as const;
/** One of FIGURE_MISSING_REASONS. */
export type FigureMissingReason = (typeof FIGURE_MISSING_REASONS)[number];

/** A run of a paragraph: plain text, or a figure with its words, value and the records behind it. */
export const RunSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), text: z.string() }),
  z.object({
    type: z.literal('figure'),
    name: z.string(),
    label: z.string(),
    kind: z.enum(FIGURE_KINDS),
    style: z.enum(FIGURE_STYLES),
    /** The words printed; null when the figure is missing. */
    text: z.string().nullable(),
    value: z.number().nullable(),
    previous: z.number().nullable(),
    recordCount: z.number().int(),
    missing: z.enum(FIGURE_MISSING_REASONS).nullable(),
    drills: z.array(DrillDescriptorSchema),
    /** Pages listing the registry rows behind a count. */
    links: z.array(RecordLinkSchema).default([]),
  }),
]);
/** A run. */
export type Run = z.infer<typeof RunSchema>;
/** A figure run. */
export type FigureRun = Extract<Run, { type: 'figure' }>;

/** A sub-heading or paragraph of a section. */
export const ReportBlockSchema = z.object({
  kind: z.enum(['heading2', 'paragraph']),
  /** "（一）" for sub-headings. */
  number: z.string().nullable(),
  runs: z.array(RunSchema),
});
/** A report block. */
export type ReportBlock = z.infer<typeof ReportBlockSchema>;

/** A section: the introduction or closing (no heading), or a part "一、…" with its blocks. */
export const ReportSectionSchema = z.object({
  heading: z.object({ number: z.string(), runs: z.array(RunSchema) }).nullable(),
  blocks: z.array(ReportBlockSchema),
});
/** A report section. */
export type ReportSection = z.infer<typeof ReportSectionSchema>;

/** Something the reader of a report must know: a figure left out, or a period without records. */
export const ReportWarningSchema = z.object({
  code: z.enum(['FIGURE_MISSING', 'NO_DATA']),
  figure: z.string().optional(),
  reason: z.enum(FIGURE_MISSING_REASONS).optional(),
  message: z.string(),
});
/** A report warning. */
export type ReportWarning = z.infer<typeof ReportWarningSchema>;

/** The written report, structured so the web shows it with links and the docx writer lays it out. */
export const ReportContentSchema = z.object({
  orgId: z.number().int(),
  orgName: z.string(),
  period: z.object({ kind: z.enum(PERIOD_KINDS), year: z.number().int(), index: z.number().int().optional() }),
  periodName: z.string(),
  from: LocalDateSchema,
  to: LocalDateSchema,
  title: z.array(RunSchema),
  sections: z.array(ReportSectionSchema),
  /** True when no figure of the period rests on any approved record. */
  noData: z.boolean(),
  warnings: z.array(ReportWarningSchema),
  template: z.object({ sourceOrgId: z.number().int().nullable(), version: z.number().int() }),
});
/** Report content. */
export type ReportContent = z.infer<typeof ReportContentSchema>;

/** States of a generation job. */
export const JOB_STATUSES = ['queued', 'running', 'done', 'failed'] as const;

/** A generation job as the web polls it. */
export const ReportJobSchema = z.object({
  id: z.number().int(),
  orgId: z.number().int(),
  orgName: z.string(),
  period: z.object({ kind: z.enum(PERIOD_KINDS), year: z.number().int(), index: z.number().int().optional() }),
  status: z.enum(JOB_STATUSES),
  /** 0-100. */
  progress: z.number().int(),
  warnings: z.array(ReportWarningSchema),
  error: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  /** Milliseconds from start to finish. */
  durationMs: z.number().int().nullable(),
});
/** A report job. */
export type ReportJob = z.infer<typeof ReportJobSchema>;

/** A job id in the path. */
export const ReportJobParamsSchema = z.object({ id: z.coerce.number().int().positive() });

/** Recent jobs of an org. */
export const ReportJobListQuerySchema = z.object({ orgId: OrgIdSchema });
