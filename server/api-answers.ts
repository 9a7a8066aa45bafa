import type { FastifyReply } from 'fastify';
import { apiError } from './api-guard';
import type { Decision } from './review';

const SAME = {
  zh: '与线上数据相同，无需发布。',
  en: 'This is the same as the live data: nothing to publish.',
};
const OWN = {
  zh: '不能审核自己提交的内容，请由另一位审核人处理。',
  en: 'You cannot review your own submission: another reviewer must decide.',
};
const NOT_FOUND = { zh: '没有此提交。', en: 'No such submission.' };
const decided = (was: string) => ({
  zh: `此提交已处理（${was === 'approved' ? '已批准' : '已退回'}）。`,
  en: `This submission was already ${was}.`,
});

/** Every outcome of a submission, an approval or a rejection, as the contract's HTTP answer. */
export function sendDecision(reply: FastifyReply, d: Decision) {
  switch (d.status) {
    case 'published':
      return reply.code(200).send({ status: d.status, generation: d.generation, parts: d.parts });
    case 'pending':
      return reply.code(202).send({ status: d.status, id: d.id, parts: d.parts });
    case 'unchanged':
      return reply.code(422).send({ status: 'refused', reason: SAME, parts: d.parts });
    case 'conflict':
      return reply
        .code(409)
        .send({ status: d.status, live: d.live, reason: d.reason, parts: d.parts });
    case 'refused':
      return reply.code(422).send({ status: d.status, reason: d.reason, parts: d.parts });
    case 'failed':
      return reply.code(500).send({ status: d.status, error: d.reason, reason: d.reason });
    case 'rejected':
      return reply.code(200).send({ status: d.status });
    case 'own':
      return apiError(reply, 403, OWN);
    case 'not-found':
      return apiError(reply, 400, NOT_FOUND);
    case 'decided':
      return apiError(reply, 409, decided(d.was));
  }
}
