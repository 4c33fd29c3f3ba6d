import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CertificateCheckSchema, CertificateCreateSchema, CertificateRevokeSchema, CertificateSchema, IdParamsSchema } from '../../../../contracts/volunteers';
import { contextOf } from '../../../platform/http/context';
import { certificateDocx } from './certificate.docx';
import { certificateForPrint, checkCertificate, issueCertificate, listCertificates, myCertificates, revokeCertificate } from './certificate.service';
import type { VolunteersDeps } from '../volunteers.deps';

const tags = ['volunteers: certificates'];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Volunteer service certificates: issued by staff, printed as Word, withdrawn when wrong, checked by anyone through their QR code. */
export function certificateRoutes(deps: VolunteersDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/volunteers/:id/certificates',
      {
        config: {
          access: { permission: 'volunteer.write' },
          probe: (t) => ({
            params: { id: String(t.volunteerA) },
            body: { issuerOrgId: Number(t.villageA), personInCharge: '探测', handler: '探测', contact: '0371-1234567' },
          }),
        },
        schema: {
          tags,
          summary: 'Issue a service certificate of the completed service in a period, by an org in my entry scope',
          params: IdParamsSchema,
          body: CertificateCreateSchema,
          response: { 200: CertificateSchema },
        },
      },
      async (req) => issueCertificate(deps, contextOf(req), req.params.id, req.body),
    );

    app.get(
      '/volunteers/:id/certificates',
      {
        config: { access: { permission: 'volunteer.read' }, probe: (t) => ({ params: { id: String(t.volunteerA) } }) },
        schema: { tags, summary: 'A volunteer’s certificates, newest first', params: IdParamsSchema, response: { 200: z.array(CertificateSchema) } },
      },
      async (req) => listCertificates(deps, contextOf(req), req.params.id),
    );

    app.get(
      '/me/volunteer/certificates',
      {
        config: { access: { signedIn: true }, probe: () => ({}) },
        schema: { tags, summary: 'My certificates', response: { 200: z.array(CertificateSchema) } },
      },
      async (req) => myCertificates(deps, contextOf(req)),
    );

    app.get(
      '/volunteer-certificates/:id/docx',
      {
        config: { access: { signedIn: true }, probe: (t) => ({ params: { id: String(t.certificateA) } }) },
        schema: { tags, summary: 'A certificate as a Word file, for its volunteer or staff who can see them', params: IdParamsSchema },
      },
      async (req, reply) => {
        const { certificate, idNumber } = await certificateForPrint(deps, contextOf(req), req.params.id);
        return reply
          .header('content-type', DOCX)
          .header(
            'content-disposition',
            `attachment; filename="certificate-${certificate.certNo}.docx"; filename*=UTF-8''${encodeURIComponent(`志愿服务记录证明-${certificate.certNo}.docx`)}`,
          )
          .header('cache-control', 'private, no-store')
          .send(await certificateDocx(certificate, idNumber));
      },
    );

    app.post(
      '/volunteer-certificates/:id/revoke',
      {
        config: { access: { permission: 'volunteer.write' }, probe: (t) => ({ params: { id: String(t.certificateA) }, body: { reason: '探测作废' } }) },
        schema: {
          tags,
          summary: 'Withdraw a certificate issued in error',
          params: IdParamsSchema,
          body: CertificateRevokeSchema,
          response: { 200: CertificateSchema },
        },
      },
      async (req) => revokeCertificate(deps, contextOf(req), req.params.id, req.body.reason),
    );

    app.get(
      '/public/certificates/:code',
      {
        config: { access: { public: true }, rateLimit: { max: 30, timeWindow: '1 minute' } },
        schema: {
          tags: ['public'],
          summary: 'Check a certificate by the code in its QR: number, masked name, hours, issuer, valid or withdrawn',
          params: z.object({ code: z.string().regex(/^[A-Za-z0-9_-]{8,32}$/) }),
          response: { 200: CertificateCheckSchema },
        },
      },
      async (req) => checkCertificate(deps, req.params.code),
    );
  };
}
