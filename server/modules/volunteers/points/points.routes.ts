import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  PointsAccountSchema,
  PointsRateSchema,
  RedemptionCancelSchema,
  RedemptionSchema,
  RewardCreateSchema,
  RewardListQuerySchema,
  RewardSchema,
  RewardUpdateSchema,
} from '../../../../contracts/volunteers/points.schemas';
import { IdParamsSchema } from '../../../../contracts/volunteers/volunteer.schemas';
import { contextOf } from '../../../platform/http/context';
import { getPointsRate, myPoints, setPointsRate, volunteerPoints } from './points.service';
import { cancelRedemption, createReward, listRedemptions, listRewards, myRewards, redeemReward, updateReward } from './rewards.service';
import type { VolunteersDeps } from '../volunteers.deps';

const tags = ['volunteers'];
const read = { permission: 'volunteer.read' } as const;
const write = { permission: 'volunteer.write' } as const;
// A volunteer's own account holds no staff role; the service finds the volunteer behind it.
const signedIn = { signedIn: true } as const;

/** Points and the rewards store: balances with their ledgers, the points rate, items, redemption and cancellation. */
export function pointsRoutes(deps: VolunteersDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/volunteers/:id/points',
      {
        config: { access: read, probe: (t) => ({ params: { id: String(t.volunteerA) } }) },
        schema: { tags, summary: 'A volunteer’s points balance and ledger', params: IdParamsSchema, response: { 200: PointsAccountSchema } },
      },
      async (req) => volunteerPoints(deps, contextOf(req), req.params.id),
    );

    app.get(
      '/me/volunteer/points',
      {
        config: { access: signedIn, probe: () => ({}) },
        schema: { tags, summary: 'My own points balance and ledger, as a volunteer', response: { 200: PointsAccountSchema } },
      },
      async (req) => myPoints(deps, contextOf(req)),
    );

    app.get(
      '/volunteer-points-rate',
      {
        config: { access: read, probe: () => ({}) },
        schema: { tags, summary: 'Points per hour of service', response: { 200: PointsRateSchema } },
      },
      async () => getPointsRate(deps),
    );

    app.put(
      '/volunteer-points-rate',
      {
        config: { access: write, probe: () => ({ body: { pointsPerHour: 12 } }) },
        schema: { tags, summary: 'Set the points per hour of service, for the whole city', body: PointsRateSchema, response: { 200: PointsRateSchema } },
      },
      async (req) => setPointsRate(deps, contextOf(req), req.body),
    );

    app.get(
      '/rewards',
      {
        config: { access: read, probe: (t) => ({ query: { orgId: Number(t.countyA) } }) },
        schema: { tags, summary: 'Items of the rewards stores in my view', querystring: RewardListQuerySchema, response: { 200: z.array(RewardSchema) } },
      },
      async (req) => listRewards(deps, contextOf(req), req.query),
    );

    app.get(
      '/me/volunteer/rewards',
      {
        config: { access: signedIn, probe: () => ({}) },
        schema: { tags, summary: 'Items I may redeem: my community’s store and those above it', response: { 200: z.array(RewardSchema) } },
      },
      async (req) => myRewards(deps, contextOf(req)),
    );

    app.post(
      '/rewards',
      {
        config: { access: write, probe: (t) => ({ body: { orgId: Number(t.villageA), name: '探测物品', pointsPrice: 10, stock: 1 } }) },
        schema: { tags, summary: 'Add an item to the rewards store of an org in my entry scope', body: RewardCreateSchema, response: { 200: RewardSchema } },
      },
      async (req) => createReward(deps, contextOf(req), req.body),
    );

    app.patch(
      '/rewards/:id',
      {
        config: { access: write, probe: (t) => ({ params: { id: String(t.rewardA) }, body: { stock: 0 } }) },
        schema: {
          tags,
          summary: 'Change an item’s name, price, stock or whether it is offered',
          params: IdParamsSchema,
          body: RewardUpdateSchema,
          response: { 200: RewardSchema },
        },
      },
      async (req) => updateReward(deps, contextOf(req), req.params.id, req.body),
    );

    app.post(
      '/rewards/:id/redeem',
      {
        config: { access: signedIn, probe: (t) => ({ params: { id: String(t.rewardA) } }) },
        schema: {
          tags,
          summary: 'Redeem one item for its price in points, as the signed-in volunteer',
          params: IdParamsSchema,
          response: { 200: RedemptionSchema },
        },
      },
      async (req) => redeemReward(deps, contextOf(req), req.params.id),
    );

    app.get(
      '/rewards/:id/redemptions',
      {
        config: { access: read, probe: (t) => ({ params: { id: String(t.rewardA) } }) },
        schema: { tags, summary: 'Who redeemed an item', params: IdParamsSchema, response: { 200: z.array(RedemptionSchema) } },
      },
      async (req) => listRedemptions(deps, contextOf(req), req.params.id),
    );

    app.post(
      '/reward-redemptions/:id/cancel',
      {
        config: { access: write, probe: (t) => ({ params: { id: String(t.redemptionA) }, body: { reason: '探测取消' } }) },
        schema: {
          tags,
          summary: 'Cancel a redemption: the points go back and the item returns to stock',
          params: IdParamsSchema,
          body: RedemptionCancelSchema,
          response: { 200: RedemptionSchema },
        },
      },
      async (req) => cancelRedemption(deps, contextOf(req), req.params.id, req.body),
    );
  };
}
