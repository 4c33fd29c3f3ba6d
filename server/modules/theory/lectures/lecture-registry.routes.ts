import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  LectureIdParamsSchema,
  LectureMenuCreateSchema,
  LectureMenuItemSchema,
  LectureMenuPageSchema,
  LectureMenuQuerySchema,
  LectureMenuUpdateSchema,
  LecturerCreateSchema,
  LecturerListQuerySchema,
  LecturerPageSchema,
  LecturerSchema,
  LecturerUpdateSchema,
  TroupeCreateSchema,
  TroupeListQuerySchema,
  TroupePageSchema,
  TroupeSchema,
  TroupeUpdateSchema,
} from '../../../../contracts/theory/lecture.schemas';
import { contextOf } from '../../../platform/http/context';
import type { TheoryDeps } from '../theory.deps';
import { createLecturer, listLecturers, updateLecturer } from './lecturer.service';
import { createMenuItem, listMenu, updateMenuItem } from './lecture-menu.service';
import { createTroupe, listTroupes, updateTroupe } from './troupe.service';

const tags = ['theory'];
const read = { permission: 'theory.read' } as const;
const write = { permission: 'theory.write' } as const;

/** The lecture system's registries: troupes, lecturers and each org's topic menu. */
export function lectureRegistryRoutes(deps: TheoryDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/theory/troupes',
      {
        config: { access: read, probe: (t) => ({ query: { orgId: Number(t.countyA) } }) },
        schema: { tags, summary: 'Lecture troupes owned within my view', querystring: TroupeListQuerySchema, response: { 200: TroupePageSchema } },
      },
      async (req) => listTroupes(deps, contextOf(req), req.query),
    );
    app.post(
      '/theory/troupes',
      {
        config: { access: write, probe: (t) => ({ body: { orgId: Number(t.countyA), kind: 'youth', name: '探测宣讲团' } }) },
        schema: { tags, summary: 'Create a troupe of an org in my entry scope', body: TroupeCreateSchema, response: { 200: TroupeSchema } },
      },
      async (req) => createTroupe(deps, contextOf(req), req.body),
    );
    app.patch(
      '/theory/troupes/:id',
      {
        config: { access: write, probe: (t) => ({ params: { id: String(t.troupeA) }, body: { version: 1, name: '探测改名' } }) },
        schema: { tags, summary: 'Change or retire a troupe', params: LectureIdParamsSchema, body: TroupeUpdateSchema, response: { 200: TroupeSchema } },
      },
      async (req) => updateTroupe(deps, contextOf(req), req.params.id, req.body),
    );

    app.get(
      '/theory/lecturers',
      {
        config: { access: read, probe: (t) => ({ query: { orgId: Number(t.countyA) } }) },
        schema: { tags, summary: 'Lecturers owned within my view', querystring: LecturerListQuerySchema, response: { 200: LecturerPageSchema } },
      },
      async (req) => listLecturers(deps, contextOf(req), req.query),
    );
    app.post(
      '/theory/lecturers',
      {
        config: { access: write, probe: (t) => ({ body: { orgId: Number(t.countyA), name: '探测宣讲员', level: 'county', troupeId: Number(t.troupeA) } }) },
        schema: { tags, summary: 'Add a lecturer to an org in my entry scope', body: LecturerCreateSchema, response: { 200: LecturerSchema } },
      },
      async (req) => createLecturer(deps, contextOf(req), req.body),
    );
    app.patch(
      '/theory/lecturers/:id',
      {
        config: { access: write, probe: (t) => ({ params: { id: String(t.lecturerA) }, body: { version: 1, name: '探测改名' } }) },
        schema: { tags, summary: 'Change or retire a lecturer', params: LectureIdParamsSchema, body: LecturerUpdateSchema, response: { 200: LecturerSchema } },
      },
      async (req) => updateLecturer(deps, contextOf(req), req.params.id, req.body),
    );

    app.get(
      '/theory/lecture-menu',
      {
        config: { access: read, probe: (t) => ({ query: { offeredTo: Number(t.villageA) } }) },
        schema: {
          tags,
          summary: 'Topic menu items owned within my view, or those an org in my view may order from',
          querystring: LectureMenuQuerySchema,
          response: { 200: LectureMenuPageSchema },
        },
      },
      async (req) => listMenu(deps, contextOf(req), req.query),
    );
    app.post(
      '/theory/lecture-menu',
      {
        config: { access: write, probe: (t) => ({ body: { orgId: Number(t.countyA), title: '探测菜单', troupeId: Number(t.troupeA) } }) },
        schema: {
          tags,
          summary: 'Add an item to the topic menu of an org in my entry scope',
          body: LectureMenuCreateSchema,
          response: { 200: LectureMenuItemSchema },
        },
      },
      async (req) => createMenuItem(deps, contextOf(req), req.body),
    );
    app.patch(
      '/theory/lecture-menu/:id',
      {
        config: { access: write, probe: (t) => ({ params: { id: String(t.lectureMenuA) }, body: { title: '探测改名' } }) },
        schema: {
          tags,
          summary: 'Change a menu item or take it off the menu',
          params: LectureIdParamsSchema,
          body: LectureMenuUpdateSchema,
          response: { 200: LectureMenuItemSchema },
        },
      },
      async (req) => updateMenuItem(deps, contextOf(req), req.params.id, req.body),
    );
  };
}
