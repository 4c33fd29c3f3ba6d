import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  OrgCloseSchema,
  OrgCreateSchema,
  OrgIdParamsSchema,
  OrgLinkSchema,
  OrgListQuerySchema,
  OrgMoveSchema,
  OrgPageSchema,
  OrgSchema,
  OrgSearchPageSchema,
  OrgSearchQuerySchema,
  OrgUpdateSchema,
  OrgWithPathSchema,
} from '../../../contracts/identity/org.schemas';
import { contextOf } from '../../platform/http/context';
import type { IdentityDeps } from './identity.deps';
import { closeOrg, createOrg, findOrgs, getOrg, listAncestors, listChildren, listHistory, listRoots, listSubtree, moveOrg, updateOrg } from './org.service';

const tags = ['identity: orgs'];
const read = { permission: 'org.read' } as const;
const write = { permission: 'org.write' } as const;

/** The org tree: browse, search, and create, edit, move or close units within the caller's scope. */
export function orgRoutes(deps: IdentityDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/orgs/roots',
      {
        config: { access: read, probe: () => ({}) },
        schema: { tags, summary: 'The tops of my view scope', response: { 200: z.array(OrgSchema) } },
      },
      async (req) => listRoots(deps, contextOf(req)),
    );

    app.get(
      '/orgs/search',
      {
        config: { access: read, probe: () => ({ query: { q: '甲' } }) },
        schema: {
          tags,
          summary: 'Units in my view whose name contains q or whose code starts with q',
          querystring: OrgSearchQuerySchema,
          response: { 200: OrgSearchPageSchema },
        },
      },
      async (req) => findOrgs(deps, contextOf(req), req.query),
    );

    app.get(
      '/orgs/:id',
      {
        config: { access: read, probe: (t) => ({ params: { id: String(t.townshipA) } }) },
        schema: { tags, summary: 'One unit with its path from the top of my view', params: OrgIdParamsSchema, response: { 200: OrgWithPathSchema } },
      },
      async (req) => getOrg(deps, contextOf(req), req.params.id),
    );

    app.get(
      '/orgs/:id/children',
      {
        config: { access: read, probe: (t) => ({ params: { id: String(t.countyA) } }) },
        schema: {
          tags,
          summary: 'Children of a unit, by code then name',
          params: OrgIdParamsSchema,
          querystring: OrgListQuerySchema,
          response: { 200: OrgPageSchema },
        },
      },
      async (req) => listChildren(deps, contextOf(req), req.params.id, req.query),
    );

    app.get(
      '/orgs/:id/subtree',
      {
        config: { access: read, probe: (t) => ({ params: { id: String(t.countyA) } }) },
        schema: {
          tags,
          summary: 'A unit and everything under it, by depth then code',
          params: OrgIdParamsSchema,
          querystring: OrgListQuerySchema,
          response: { 200: OrgPageSchema },
        },
      },
      async (req) => listSubtree(deps, contextOf(req), req.params.id, req.query),
    );

    app.get(
      '/orgs/:id/ancestors',
      {
        config: { access: read, probe: (t) => ({ params: { id: String(t.villageA) } }) },
        schema: { tags, summary: 'Ancestors within my view, top first', params: OrgIdParamsSchema, response: { 200: z.array(OrgSchema) } },
      },
      async (req) => listAncestors(deps, contextOf(req), req.params.id),
    );

    app.get(
      '/orgs/:id/history',
      {
        config: { access: read, probe: (t) => ({ params: { id: String(t.townshipA) } }) },
        schema: { tags, summary: 'Parent links over time, oldest first', params: OrgIdParamsSchema, response: { 200: z.array(OrgLinkSchema) } },
      },
      async (req) => listHistory(deps, contextOf(req), req.params.id),
    );

    app.post(
      '/orgs',
      {
        config: {
          access: write,
          probe: (t) => ({ body: { parentId: Number(t.townshipA), code: '419902001099', name: '甲九九社区', level: 'village', kind: 'region' } }),
        },
        schema: { tags, summary: 'Create a unit under a parent in my entry scope', body: OrgCreateSchema, response: { 200: OrgSchema } },
      },
      async (req) => createOrg(deps, contextOf(req), req.body),
    );

    app.patch(
      '/orgs/:id',
      {
        config: { access: write, probe: (t) => ({ params: { id: String(t.villageA) }, body: { name: '甲一社区（改）' } }) },
        schema: {
          tags,
          summary: 'Edit a unit’s name, short name, code or population',
          params: OrgIdParamsSchema,
          body: OrgUpdateSchema,
          response: { 200: OrgSchema },
        },
      },
      async (req) => updateOrg(deps, contextOf(req), req.params.id, req.body),
    );

    app.post(
      '/orgs/:id/move',
      {
        config: { access: write, probe: (t) => ({ params: { id: String(t.villageA) }, body: { newParentId: Number(t.townshipB) } }) },
        schema: {
          tags,
          summary: 'Move a unit and its subtree under a new parent from a date on',
          params: OrgIdParamsSchema,
          body: OrgMoveSchema,
          response: { 200: OrgSchema },
        },
      },
      async (req) => moveOrg(deps, contextOf(req), req.params.id, req.body),
    );

    app.post(
      '/orgs/:id/close',
      {
        config: { access: write, probe: (t) => ({ params: { id: String(t.villageA2) }, body: { closedOn: '2026-01-01' } }) },
        schema: { tags, summary: 'Close a unit that has no open children', params: OrgIdParamsSchema, body: OrgCloseSchema, response: { 200: OrgSchema } },
      },
      async (req) => closeOrg(deps, contextOf(req), req.params.id, req.body),
    );
  };
}
