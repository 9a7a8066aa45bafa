import type { FastifyInstance } from 'fastify';
import { SCHEMAS } from '../src/core/schema';
import { DATASET_IDS, type DatasetId } from '../src/core/types';
import { sendDecision } from './api-answers';
import { apiError, oneField, staffOf } from './api-guard';
import type { ApiOptions } from './api-plugin';
import { historyOf, readAudit } from './audit';
import { liveGeneration } from './generations';
import { baseOf } from './publish';
import { compareVersions } from './publish-parts';
import { getVersion } from './versions';

const datasetParams = {
  type: 'object',
  properties: { dataset: { type: 'string', enum: [...DATASET_IDS] } },
} as const;
/** The newest versions listed with their diff; older ones are in `npm run publish -- --history`. */
const LISTED = 100;

const NOT_PUBLISHED = {
  zh: '此版本从未作为该数据集发布过。',
  en: 'This version was never published as this dataset.',
};

/** Every published version of a dataset, and publishing one of them again. */
export async function historyRoutes(app: FastifyInstance, { config, review }: ApiOptions) {
  const { stateDir } = config;

  app.get<{ Params: { dataset: DatasetId } }>(
    '/history/:dataset',
    { config: { access: 'staff' }, schema: { params: datasetParams } },
    async (req) => {
      const id = req.params.dataset;
      const file = SCHEMAS[id].file;
      const records = historyOf(await readAudit(stateDir), id)
        .reverse()
        .slice(0, LISTED);
      const versions = await Promise.all(
        records.map(async (r) => {
          const part = r.after
            ? await compareVersions(stateDir, id, file, r.before, r.after).catch(() => undefined)
            : undefined;
          return {
            version: r.after,
            at: r.time,
            by: r.who,
            door: r.door,
            ...(r.reviewer && { reviewer: r.reviewer }),
            ...(r.noReview && { noReview: true }),
            diff: part?.diff ?? r.diff,
            lines: part?.lines ?? [],
          };
        }),
      );
      return { versions };
    },
  );

  app.post<{ Params: { dataset: DatasetId }; Body: { version: string } }>(
    '/history/:dataset/rollback',
    {
      config: { access: 'editor' },
      schema: {
        params: datasetParams,
        body: oneField('version', { pattern: '^[0-9a-f]{64}$' }),
      },
    },
    async (req, reply) => {
      const id = req.params.dataset;
      const wanted = req.body.version;
      const known = historyOf(await readAudit(stateDir), id).find((r) => r.after === wanted);
      if (!known?.after) return apiError(reply, 400, NOT_PUBLISHED);
      const bytes = await getVersion(stateDir, known.after);
      const base = baseOf(await liveGeneration(stateDir));
      const who = staffOf(req).account.name;
      const files = [{ name: SCHEMAS[id].file, bytes }];
      return sendDecision(reply, await review.submit({ door: 'rollback', who, files, base }));
    },
  );
}
