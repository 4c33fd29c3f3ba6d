import type { Org } from '../../contracts/identity/org.schemas';

/**
 * Builds nested tree nodes from the roots and the children loaded so far. `makeNode` gets the
 * built children, or undefined while an org's children are not loaded (so the tree can lazy-load them).
 * The subtree of `hiddenId` is left out (a unit cannot move under itself).
 */
export function buildOrgNodes<N>(
  roots: readonly Org[],
  children: ReadonlyMap<number, Org[]>,
  makeNode: (org: Org, kids: N[] | undefined) => N,
  hiddenId?: number,
): N[] {
  const build = (orgs: readonly Org[]): N[] =>
    orgs
      .filter((org) => org.id !== hiddenId)
      .map((org) => {
        const loaded = children.get(org.id);
        return makeNode(org, loaded ? build(loaded) : undefined);
      });
  return build(roots);
}
