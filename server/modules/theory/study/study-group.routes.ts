import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  LevelMinimumsSchema,
  LevelMinimumsWriteSchema,
  StudyGroupCreateSchema,
  StudyGroupDetailSchema,
  StudyGroupListQuerySchema,
  StudyGroupMemberParamsSchema,
  StudyGroupMemberUpdateSchema,
  StudyGroupMemberWriteSchema,
  StudyGroupPageSchema,
  StudyGroupParamsSchema,
  StudyGroupUpdateSchema,
  StudyPlanParamsSchema,
  StudyPlanSchema,
  StudyPlanWriteSchema,
} from '../../../../contracts/theory/study-group.schemas';
import { contextOf } from '../../../platform/http/context';
import { addMember, createStudyGroup, getStudyGroup, listStudyGroups, updateMember, updateStudyGroup } from './study-group.service';
import { getLevelMinimums, getPlan, saveLevelMinimums, savePlan } from './study-plan.service';
import type { TheoryDeps } from '../theory.deps';

const tags = ['theory'];
const read = { permission: 'theory.read' } as const;
const write = { permission: 'theory.write' } as const;
const admin = { permission: 'theory.admin' } as const;

/** Study groups: the scoped list, one group with its members, creating and editing, members, yearly plans, minimums. */
export function studyGroupRoutes(deps: TheoryDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/theory/study-groups',
      {
        config: { access: read, probe: (t) => ({ query: { orgId: Number(t.countyA) } }) },
        schema: { tags, summary: 'Study groups owned within my view', querystring: StudyGroupListQuerySchema, response: { 200: StudyGroupPageSchema } },
      },
      async (req) => listStudyGroups(deps, contextOf(req), req.query),
    );

    app.get(
      '/theory/study-groups/:id',
      {
        config: { access: read, probe: (t) => ({ params: { id: String(t.studyGroupA) } }) },
        schema: { tags, summary: 'One study group with its members', params: StudyGroupParamsSchema, response: { 200: StudyGroupDetailSchema } },
      },
      async (req) => getStudyGroup(deps, contextOf(req), req.params.id),
    );

    app.post(
      '/theory/study-groups',
      {
        config: { access: write, probe: (t) => ({ body: { orgId: Number(t.townshipA), level: 'township_committee', name: '探测中心组' } }) },
        schema: {
          tags,
          summary: 'Create the study group of an org in my entry scope',
          body: StudyGroupCreateSchema,
          response: { 200: StudyGroupDetailSchema },
        },
      },
      async (req) => createStudyGroup(deps, contextOf(req), req.body),
    );

    app.patch(
      '/theory/study-groups/:id',
      {
        config: { access: write, probe: (t) => ({ params: { id: String(t.studyGroupA) }, body: { version: 1, name: '探测改名' } }) },
        schema: {
          tags,
          summary: 'Change a study group’s level, name, own yearly minimum or whether it is active',
          params: StudyGroupParamsSchema,
          body: StudyGroupUpdateSchema,
          response: { 200: StudyGroupDetailSchema },
        },
      },
      async (req) => updateStudyGroup(deps, contextOf(req), req.params.id, req.body),
    );

    app.post(
      '/theory/study-groups/:id/members',
      {
        config: { access: write, probe: (t) => ({ params: { id: String(t.studyGroupA) }, body: { name: '探测成员', post: '委员' } }) },
        schema: {
          tags,
          summary: 'Add a member; naming a new secretary replaces the old one',
          params: StudyGroupParamsSchema,
          body: StudyGroupMemberWriteSchema,
          response: { 200: StudyGroupDetailSchema },
        },
      },
      async (req) => addMember(deps, contextOf(req), req.params.id, req.body),
    );

    app.patch(
      '/theory/study-groups/:id/members/:memberId',
      {
        config: {
          access: write,
          probe: (t) => ({ params: { id: String(t.studyGroupA), memberId: String(t.studyMemberA) }, body: { post: '探测职务' } }),
        },
        schema: {
          tags,
          summary: 'Change a member, or mark one who left inactive',
          params: StudyGroupMemberParamsSchema,
          body: StudyGroupMemberUpdateSchema,
          response: { 200: StudyGroupDetailSchema },
        },
      },
      async (req) => updateMember(deps, contextOf(req), req.params.id, req.params.memberId, req.body),
    );

    app.get(
      '/theory/study-groups/:id/plans/:year',
      {
        config: { access: read, probe: (t) => ({ params: { id: String(t.studyGroupA), year: 2023 } }) },
        schema: { tags, summary: 'A study group’s yearly plan: topics by month', params: StudyPlanParamsSchema, response: { 200: StudyPlanSchema } },
      },
      async (req) => getPlan(deps, contextOf(req), req.params.id, req.params.year),
    );

    app.put(
      '/theory/study-groups/:id/plans/:year',
      {
        config: { access: write, probe: (t) => ({ params: { id: String(t.studyGroupA), year: 2023 }, body: { months: [{ month: 3, topics: ['探测'] }] } }) },
        schema: {
          tags,
          summary: 'Replace a study group’s yearly plan as a whole',
          params: StudyPlanParamsSchema,
          body: StudyPlanWriteSchema,
          response: { 200: StudyPlanSchema },
        },
      },
      async (req) => savePlan(deps, contextOf(req), req.params.id, req.params.year, req.body),
    );

    app.get(
      '/theory/study-group-minimums',
      {
        config: { access: read, probe: () => ({}) },
        schema: { tags, summary: 'The yearly minimum of collective sessions by level', response: { 200: LevelMinimumsSchema } },
      },
      async () => getLevelMinimums(deps),
    );

    app.put(
      '/theory/study-group-minimums',
      {
        config: { access: admin, probe: () => ({ body: { minimums: [{ level: 'agency', minimum: 7 }] } }) },
        schema: {
          tags,
          summary: 'Set the yearly minimums by level; the city’s rule, set by an admin whose scope covers the city',
          body: LevelMinimumsWriteSchema,
          response: { 200: LevelMinimumsSchema },
        },
      },
      async (req) => saveLevelMinimums(deps, contextOf(req), req.body),
    );
  };
}
