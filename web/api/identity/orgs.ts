import { z } from 'zod';
import {
  type Org,
  type OrgClose,
  type OrgCreate,
  type OrgLevel,
  type OrgLink,
  OrgLinkSchema,
  type OrgMove,
  OrgPageSchema,
  OrgSchema,
  OrgSearchPageSchema,
  type OrgUpdate,
  type OrgWithPath,
  OrgWithPathSchema,
} from '../../../contracts/identity/org.schemas';
import { apiRequest } from '../client';

const CHILD_PAGE_SIZE = 500;
// A guard against a runaway loop; no real parent has this many children.
const MAX_CHILD_PAGES = 20;

const orgPath = (id: number) => `/orgs/${id}`;

/** Reading and changing the org tree. */
export const orgsApi = {
  roots: (): Promise<Org[]> => apiRequest('/orgs/roots', z.array(OrgSchema)),
  get: (id: number): Promise<OrgWithPath> => apiRequest(orgPath(id), OrgWithPathSchema),
  /** Every child of an org, fetched page by page. */
  async allChildren(id: number, includeClosed: boolean): Promise<Org[]> {
    const items: Org[] = [];
    for (let page = 1; page <= MAX_CHILD_PAGES; page++) {
      const res = await apiRequest(`${orgPath(id)}/children`, OrgPageSchema, {
        query: { includeClosed: String(includeClosed), page, pageSize: CHILD_PAGE_SIZE },
      });
      items.push(...res.items);
      if (res.items.length === 0 || items.length >= res.total) break;
    }
    return items;
  },
  ancestors: (id: number): Promise<Org[]> => apiRequest(`${orgPath(id)}/ancestors`, z.array(OrgSchema)),
  history: (id: number): Promise<OrgLink[]> => apiRequest(`${orgPath(id)}/history`, z.array(OrgLinkSchema)),
  search: (q: string, level?: OrgLevel, pageSize = 20) => apiRequest('/orgs/search', OrgSearchPageSchema, { query: { q, level, page: 1, pageSize } }),
  create: (input: OrgCreate): Promise<Org> => apiRequest('/orgs', OrgSchema, { method: 'POST', body: input }),
  update: (id: number, input: OrgUpdate): Promise<Org> => apiRequest(orgPath(id), OrgSchema, { method: 'PATCH', body: input }),
  move: (id: number, input: OrgMove): Promise<Org> => apiRequest(`${orgPath(id)}/move`, OrgSchema, { method: 'POST', body: input }),
  close: (id: number, input: OrgClose): Promise<Org> => apiRequest(`${orgPath(id)}/close`, OrgSchema, { method: 'POST', body: input }),
};

/** Query keys of org data; everything starts with 'orgs' so one invalidation refreshes it all. */
export const orgKeys = {
  all: ['orgs'] as const,
  roots: () => ['orgs', 'roots'] as const,
  detail: (id: number) => ['orgs', 'detail', id] as const,
  history: (id: number) => ['orgs', 'history', id] as const,
  children: (id: number, includeClosed: boolean) => ['orgs', 'children', id, includeClosed] as const,
  search: (q: string) => ['orgs', 'search', q] as const,
};
