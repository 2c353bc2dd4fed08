import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter as BullBoardFastifyAdapter } from '@bull-board/fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Authenticator } from '@accord/identity';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { QUEUE_NAMES } from '@accord/queues';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/**
 * The BullMQ dashboard, in a Fastify scope of its own whose every request must carry an admin token:
 * it is served outside Nest's routing, so the global guard does not see it.
 */
export async function mountQueueDashboard(app: NestFastifyApplication): Promise<void> {
  const board = new BullBoardFastifyAdapter();
  board.setBasePath(QUEUE_DASHBOARD_PATH);
  // Read from the container, not from QueueRegistry, which fills itself only when the app initialises.
  const queues = QUEUE_NAMES.map((name) => app.get<Queue>(getQueueToken(name), { strict: false }));
  createBullBoard({ queues: queues.map((queue) => new BullMQAdapter(queue)), serverAdapter: board });
  const authenticator = app.get(Authenticator);
  await app.getHttpAdapter().getInstance().register(async (scope) => {
    scope.addHook('onRequest', async (request, reply) => {
      const match = /^Bearer\s+(\S{1,512})$/i.exec(request.headers.authorization ?? '');
      const actor = match ? await authenticator.authenticate(match[1]) : null;
      if (!actor) return reply.status(401).send({ statusCode: 401, error: 'Unauthorized', message: 'send an admin API key as Authorization: Bearer <token>', code: 'AUTH.UNAUTHENTICATED' });
      if (actor.role !== 'admin') return reply.status(403).send({ statusCode: 403, error: 'Forbidden', message: 'the queue dashboard is for admin keys', code: 'AUTH.FORBIDDEN' });
    });
    await scope.register(board.registerPlugin(), { prefix: QUEUE_DASHBOARD_PATH });
  });
}
