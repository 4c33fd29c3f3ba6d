import { z } from 'zod';
import { type CertificateCreate, CertificateCheckSchema, CertificateSchema } from '../../contracts/volunteers';
import { apiDownload, apiRequest, type DownloadedFile } from './client';

/** Volunteer service certificates: issue, list, print, withdraw, and the public check behind the QR code. */
export const certificatesApi = {
  list: (volunteerId: number) => apiRequest(`/volunteers/${volunteerId}/certificates`, z.array(CertificateSchema)),
  mine: () => apiRequest('/me/volunteer/certificates', z.array(CertificateSchema)),
  issue: (volunteerId: number, input: CertificateCreate) =>
    apiRequest(`/volunteers/${volunteerId}/certificates`, CertificateSchema, { method: 'POST', body: input }),
  docx: (id: number): Promise<DownloadedFile> => apiDownload(`/volunteer-certificates/${id}/docx`),
  revoke: (id: number, reason: string) => apiRequest(`/volunteer-certificates/${id}/revoke`, CertificateSchema, { method: 'POST', body: { reason } }),
  check: (code: string) => apiRequest(`/public/certificates/${encodeURIComponent(code)}`, CertificateCheckSchema, { quietUnauthorized: true }),
};
