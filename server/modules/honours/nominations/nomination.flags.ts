import type { NominationFlag } from '../../../../contracts/honours/nomination.schemas';
import type { Db } from '../../../platform/db/database';
import '../honours.tables';

interface Person {
  id: number;
  cycleId: number;
  nomineeIdHash: Buffer | null;
  nameKey: Buffer;
}

const same = (a: Buffer | null, b: Buffer | null) => a !== null && b !== null && a.equals(b);

/**
 * What a reviewer should see about the same person: titles they already hold, and other nominations of them in the same
 * cycle (two units nominating one person), each with the earlier record; matched by ID number, or by name and unit.
 */
export async function flagsOf(db: Db, people: readonly Person[]): Promise<Map<number, NominationFlag[]>> {
  const out = new Map<number, NominationFlag[]>(people.map((p) => [p.id, []]));
  if (people.length === 0) return out;
  const nameKeys = people.map((p) => p.nameKey);
  const idHashes = people.flatMap((p) => (p.nomineeIdHash ? [p.nomineeIdHash] : []));
  const held = await db
    .selectFrom('roleModels as r')
    .innerJoin('honourTitles as t', 't.id', 'r.titleId')
    .select(['r.id', 'r.nominationId', 'r.idHash', 'r.nameKey', 'r.awardedOn', 't.nameZh as titleName'])
    .where('r.revokedOn', 'is', null)
    .where((eb) => eb.or([eb('r.nameKey', 'in', nameKeys), ...(idHashes.length > 0 ? [eb('r.idHash', 'in', idHashes)] : [])]))
    .execute();
  const others = await db
    .selectFrom('nominations as n')
    .innerJoin('honourTitles as t', 't.id', 'n.titleId')
    .innerJoin('orgs as o', 'o.id', 'n.orgId')
    .select(['n.id', 'n.cycleId', 'n.nomineeIdHash', 'n.nameKey', 'n.status', 'n.nominatorName', 'o.name as orgName', 't.nameZh as titleName'])
    .where('n.cycleId', 'in', [...new Set(people.map((p) => p.cycleId))])
    .where('n.status', '!=', 'not_awarded')
    .where((eb) => eb.or([eb('n.nameKey', 'in', nameKeys), ...(idHashes.length > 0 ? [eb('n.nomineeIdHash', 'in', idHashes)] : [])]))
    .execute();
  for (const p of people) {
    const flags = out.get(p.id) ?? [];
    for (const h of held) {
      // The title this very nomination won is its outcome, not an earlier record.
      if (h.nominationId === p.id) continue;
      const byId = same(h.idHash, p.nomineeIdHash);
      if (!byId && !h.nameKey.equals(p.nameKey)) continue;
      flags.push({ kind: 'holds_title', recordId: h.id, titleName: h.titleName, detail: h.awardedOn, matchedBy: byId ? 'id_number' : 'name_unit' });
    }
    for (const o of others) {
      if (o.id === p.id || o.cycleId !== p.cycleId) continue;
      const byId = same(o.nomineeIdHash, p.nomineeIdHash);
      if (!byId && !o.nameKey.equals(p.nameKey)) continue;
      flags.push({
        kind: 'nominated_in_cycle',
        recordId: o.id,
        titleName: o.titleName,
        detail: `${o.orgName} · ${o.nominatorName}`,
        matchedBy: byId ? 'id_number' : 'name_unit',
      });
    }
  }
  return out;
}
