import { FIGURES, STYLES_BY_VALUE_TYPE } from '../../../contracts/reports/figures';
import type { EffectiveTemplate, FigureInfo, TemplateCheck, TemplateSave, TemplateVersion } from '../../../contracts/reports/report.schemas';
import { figuresOf, parseTemplate } from '../../../contracts/reports/template-grammar';
import { describeProblem } from '../../../contracts/reports/template-messages';
import type { Locale } from '../../../contracts/common/locale';
import type { Actor, RequestContext } from '../../platform/http/actor';
import { isUniqueViolation } from '../../platform/db/errors';
import { AppError } from '../../platform/http/app-error';
import { assertOrgInScope, auditActorOf, recordAudit } from '../identity';
import { DEFAULT_TEMPLATE } from './default-template';
import { parseOrRefuse } from './report.resolve';
import type { ReportsDeps } from './reports.deps';
import { findNearestTemplate, findVersions, insertVersion, latestVersion } from './template.repository';

/** Checks a template text: every problem at its spot, in the caller's language, and the figures it places. */
export function checkTemplate(text: string, locale: Locale): TemplateCheck {
  const parsed = parseTemplate(text);
  return { problems: parsed.problems.map((p) => ({ ...p, message: describeProblem(p, locale) })), figures: figuresOf(parsed) };
}

/** Every figure a template may place, with whether a module provides it yet. */
export function listFigures(deps: ReportsDeps): FigureInfo[] {
  return FIGURES.map((f) => ({ ...f, styles: [...STYLES_BY_VALUE_TYPE[f.valueType]], available: deps.indicators.get(f.indicator)?.available ?? false }));
}

/** The template in force for an org (its own, an ancestor's, or the built-in default), without a scope check. */
export async function effectiveTemplate(deps: ReportsDeps, orgId: number): Promise<EffectiveTemplate> {
  const [stored, own] = await Promise.all([findNearestTemplate(deps.db, orgId), latestVersion(deps.db, orgId)]);
  if (!stored) return { orgId, sourceOrgId: null, sourceOrgName: null, version: 0, text: DEFAULT_TEMPLATE, ownVersion: own };
  return { orgId, sourceOrgId: stored.orgId, sourceOrgName: stored.orgName, version: stored.version, text: stored.body, ownVersion: own };
}

/** The template in force for an org in the caller's view. */
export async function getTemplate(deps: ReportsDeps, actor: Actor, orgId: number): Promise<EffectiveTemplate> {
  await assertOrgInScope(deps.db, actor, 'view', orgId);
  return effectiveTemplate(deps, orgId);
}

/** The saved versions of an org's own template, newest first. */
export async function listVersions(deps: ReportsDeps, actor: Actor, orgId: number): Promise<TemplateVersion[]> {
  await assertOrgInScope(deps.db, actor, 'view', orgId);
  const rows = await findVersions(deps.db, orgId);
  return rows.map((r) => ({ ...r, createdAt: new Date(r.createdAt).toISOString() }));
}

async function saveVersion(
  deps: ReportsDeps,
  ctx: RequestContext,
  orgId: number,
  text: string,
  opts: { note: string; restoredDefault: boolean; baseVersion: number | null },
): Promise<EffectiveTemplate> {
  await assertOrgInScope(deps.db, ctx.actor, 'entry', orgId);
  parseOrRefuse(text, ctx.locale);
  try {
    await deps.db.transaction().execute(async (tx) => {
      const current = await latestVersion(tx, orgId);
      if (opts.baseVersion !== null && opts.baseVersion !== current) throw new AppError('REPORTS_TEMPLATE_CHANGED', { current });
      const version = current + 1;
      await insertVersion(tx, { orgId, version, body: text, note: opts.note, restoredDefault: opts.restoredDefault, createdBy: ctx.actor.userId });
      await recordAudit(tx, auditActorOf(ctx), {
        action: opts.restoredDefault ? 'report_template.restore_default' : 'report_template.save',
        targetType: 'report_template',
        targetId: `${orgId}:${version}`,
        summary: { orgId, version, note: opts.note },
      });
    });
  } catch (err) {
    // Two saves from the same version at once: the (org, version) key lets one through and the other learns of it.
    if (isUniqueViolation(err)) throw new AppError('REPORTS_TEMPLATE_CHANGED', { current: await latestVersion(deps.db, orgId) });
    throw err;
  }
  return effectiveTemplate(deps, orgId);
}

/** Saves a new version of an org's template after checking it; the org must be in the caller's entry scope. */
export async function saveTemplate(deps: ReportsDeps, ctx: RequestContext, input: TemplateSave): Promise<EffectiveTemplate> {
  return saveVersion(deps, ctx, input.orgId, input.text, { note: input.note, restoredDefault: false, baseVersion: input.baseVersion });
}

/** Makes the built-in default the org's template again, as a new version, so the history stays whole. */
export async function restoreDefault(deps: ReportsDeps, ctx: RequestContext, orgId: number): Promise<EffectiveTemplate> {
  return saveVersion(deps, ctx, orgId, DEFAULT_TEMPLATE, { note: '', restoredDefault: true, baseVersion: null });
}
