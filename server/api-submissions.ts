import type { FastifyInstance } from 'fastify';
import { SCHEMAS } from '../src/core/schema';
import { DATASET_IDS } from '../src/core/types';
import { sendDecision } from './api-answers';
import { apiError, oneField, staffOf } from './api-guard';
import type { ApiOptions } from './api-plugin';
import { historyOf, readAudit } from './audit';
import { liveGeneration } from './generations';
import { baseOf } from './publish';
import { findSubmission, isSubmissionId, submissionFile } from './submissions';

const VERSION = '^[0-9a-f]{64}$';
const submissionBody = {
  type: 'object',
  required: ['fileName', 'contentBase64'],
  additionalProperties: false,
  properties: {
    fileName: { type: 'string', minLength: 1, maxLength: 255 },
    contentBase64: { type: 'string', pattern: '^[A-Za-z0-9+/]*={0,2}$' },
    base: {
      type: 'object',
      // Not additionalProperties (Fastify's Ajv would drop an unknown key silently): refuse it.
      propertyNames: { enum: [...DATASET_IDS] },
      additionalProperties: { type: 'string', pattern: VERSION },
    },
    sheet: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
  },
} as const;
interface SubmissionBody {
  fileName: string;
  contentBase64: string;
  base?: Record<string, string>;
  sheet?: string | string[];
}
const idParams = {
  type: 'object',
  properties: { id: { type: 'string', pattern: '^[0-9a-f]{16}$' } },
} as const;

const UNKNOWN_BASE = {
  zh: '基准版本不在该数据集的发布历史中。',
  en: 'The base version is not in that dataset’s published history.',
};

/** The live versions, publishing from the browser, and the review of submissions. */
export async function submissionRoutes(app: FastifyInstance, { config, review }: ApiOptions) {
  const { stateDir } = config;

  app.get('/live', { config: { access: 'staff' } }, async () => {
    const live = await liveGeneration(stateDir);
    const datasets: Record<string, { version: string; file: string }> = {};
    for (const [id, version] of Object.entries(baseOf(live)))
      datasets[id] = { version, file: SCHEMAS[id as keyof typeof SCHEMAS].file };
    return { generation: live?.id, datasets };
  });

  app.post<{ Body: SubmissionBody }>(
    '/submissions',
    { config: { access: 'editor' }, schema: { body: submissionBody } },
    async (req, reply) => {
      const { fileName, contentBase64, sheet } = req.body;
      const audit = await readAudit(stateDir);
      const given = req.body.base ?? {};
      for (const [id, version] of Object.entries(given))
        if (!historyOf(audit, id).some((r) => r.after === version))
          return apiError(reply, 400, UNKNOWN_BASE);
      const base = { ...baseOf(await liveGeneration(stateDir)), ...given };
      const bytes = new Uint8Array(Buffer.from(contentBase64, 'base64'));
      const sheets = sheet === undefined ? undefined : [sheet].flat();
      const who = staffOf(req).account.name;
      const file = { name: fileName, bytes, ...(sheets && { sheets }) };
      return sendDecision(
        reply,
        await review.submit({ door: 'browser', who, files: [file], base }),
      );
    },
  );

  app.get('/submissions', { config: { access: 'staff' } }, async () => {
    const all = await review.list();
    return {
      submissions: all.map((s) => ({
        id: s.id,
        by: s.by,
        at: s.at,
        door: s.door,
        fileName: s.fileName,
        parts: s.parts,
        status: s.status,
        ...(s.reviewer && { reviewer: s.reviewer, decidedAt: s.decidedAt }),
        ...(s.reason && { reason: s.reason }),
      })),
    };
  });

  app.get<{ Params: { id: string } }>(
    '/submissions/:id/file',
    { config: { access: 'staff' }, schema: { params: idParams } },
    async (req, reply) => {
      const s = isSubmissionId(req.params.id) && (await findSubmission(stateDir, req.params.id));
      if (!s) return sendDecision(reply, { status: 'not-found' });
      reply.header('content-type', 'application/octet-stream');
      reply.header(
        'content-disposition',
        `attachment; filename="submission.bin"; filename*=UTF-8''${encodeURIComponent(s.fileName)}`,
      );
      return reply.send(Buffer.from(await submissionFile(stateDir, s)));
    },
  );

  app.post<{ Params: { id: string } }>(
    '/submissions/:id/approve',
    { config: { access: 'reviewer' }, schema: { params: idParams } },
    async (req, reply) =>
      sendDecision(reply, await review.approve(req.params.id, staffOf(req).account.name)),
  );

  app.post<{ Params: { id: string }; Body: { reason: string } }>(
    '/submissions/:id/reject',
    {
      config: { access: 'reviewer' },
      schema: {
        params: idParams,
        body: oneField('reason', { minLength: 1, maxLength: 2000 }),
      },
    },
    async (req, reply) => {
      const who = staffOf(req).account.name;
      return sendDecision(reply, await review.reject(req.params.id, who, req.body.reason));
    },
  );
}
