import { expect } from 'vitest';
import type { FigureRun, ReportContent, ReportJob, Run } from '../../contracts/reports/report.schemas';
import type { TestClient } from './harness';

/** Every figure run of a report, in reading order. */
export function figureRuns(content: ReportContent): FigureRun[] {
  const runs: Run[] = [...content.title];
  for (const s of content.sections) {
    if (s.heading) runs.push(...s.heading.runs);
    for (const b of s.blocks) runs.push(...b.runs);
  }
  return runs.filter((r): r is FigureRun => r.type === 'figure');
}

/** Queues a report through the API and polls until it is done; returns the job. */
export async function generate(client: TestClient, body: Record<string, unknown>): Promise<ReportJob> {
  const res = await client.request({ method: 'POST', url: '/api/reports/jobs', body });
  expect(res.statusCode, res.body).toBe(200);
  let job = res.json() as ReportJob;
  for (let i = 0; i < 600 && (job.status === 'queued' || job.status === 'running'); i++) {
    await new Promise((r) => setTimeout(r, 50));
    job = (await client.request({ method: 'GET', url: `/api/reports/jobs/${job.id}` })).json() as ReportJob;
  }
  return job;
}

/** The written report of a finished job. */
export async function contentOf(client: TestClient, jobId: number): Promise<ReportContent> {
  const res = await client.request({ method: 'GET', url: `/api/reports/jobs/${jobId}/content` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as ReportContent;
}
