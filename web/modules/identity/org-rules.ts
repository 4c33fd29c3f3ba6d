import type { FormRule } from 'antd';
import { formatMessage, type Locale } from '../../../contracts/common/locale';
import { ERRORS } from '../../../contracts/errors';
import type { Org, OrgLevel } from '../../../contracts/identity/org.schemas';
import { checkOrgCode, childLevelOf } from '../../../contracts/identity/org-code';
import type { Translate } from '../../app/i18n/useT';
import { ORG_LEVEL_LABEL } from './labels';

type OrgKind = Org['kind'];
/** What the code check needs to know of the parent. */
export type ParentForCode = { code: string | null; level: OrgLevel; kind: OrgKind } | null;

/**
 * Form rule checking an org code with the same function the server uses. When the parent is
 * unknown (outside the user's view) only shape and level are checked; the server checks the rest.
 */
export function orgCodeRule(t: Translate, locale: Locale, target: () => { level: OrgLevel; kind: OrgKind }, parent: ParentForCode | undefined): FormRule {
  return {
    validator: async (_, raw: string | undefined) => {
      const code = raw?.trim() ?? '';
      const { level, kind } = target();
      if (!code) {
        if (kind === 'region') throw new Error(ERRORS.IDENTITY_ORG_CODE_REQUIRED.message[locale]);
        return;
      }
      const problem = checkOrgCode(code, level, kind, parent ?? null);
      if (!problem || (problem === 'IDENTITY_ORG_CODE_PARENT' && parent === undefined)) return;
      throw new Error(formatMessage(ERRORS[problem].message[locale], { code, level: t(ORG_LEVEL_LABEL[level]), parentCode: parent?.code ?? '' }));
    },
  };
}

/** The level a new unit gets under `parent`: one level down for regions, the parent's own level for agencies. */
export function newChildLevel(parent: Pick<Org, 'level'>, kind: OrgKind): OrgLevel | null {
  return kind === 'agency' ? parent.level : childLevelOf(parent.level);
}

/** The level a unit's parent must have: the level above for regions, the same level for agencies. */
export function requiredParentLevel(org: Pick<Org, 'level' | 'kind'>): OrgLevel | null {
  if (org.kind === 'agency') return org.level;
  return org.level === 'county' ? 'city' : org.level === 'township' ? 'county' : org.level === 'village' ? 'township' : null;
}
