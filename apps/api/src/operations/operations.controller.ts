import { Controller, Get, Header, Res } from '@nestjs/common';
import { ApiExcludeEndpoint, ApiOkResponse, ApiOperation, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { EntityManager } from '@mikro-orm/postgresql';
import type { FastifyReply } from 'fastify';
import { QueueRegistry } from '@accord/queues';
import { Public } from '../http/auth';
import { MetricsService } from './metrics.service';

const CHECK_TIMEOUT_MS = 1500;
const PROBE_STATES = ['up', 'down'] as const;
type ProbeState = (typeof PROBE_STATES)[number];

async function probe(check: () => Promise<unknown>): Promise<ProbeState> {
  const timeout = new Promise<ProbeState>((resolve) => setTimeout(() => resolve('down'), CHECK_TIMEOUT_MS).unref());
  return Promise.race([check().then(() => 'up' as const, () => 'down' as const), timeout]);
}

class LiveResponse {
  @ApiProperty({ enum: ['ok'] })
  status!: 'ok';

  @ApiProperty({ description: 'The Node.js version that answered (`process.version`), so no one is unsure which runtime runs the service.', example: 'v24.21.0' })
  node!: string;
}

class ReadinessChecksResponse {
  @ApiProperty({ enum: PROBE_STATES, example: 'up' })
  database: ProbeState;

  @ApiProperty({ enum: PROBE_STATES, example: 'up' })
  redis: ProbeState;
}

class ReadinessResponse {
  @ApiProperty({ enum: ['ok', 'unavailable'], example: 'ok', description: '`ok` when every check is up' })
  status: 'ok' | 'unavailable';

  @ApiProperty({ type: ReadinessChecksResponse })
  checks: ReadinessChecksResponse;
}

@ApiTags('operations')
@Public()
@Controller()
export class OperationsController {
  constructor(
    private readonly em: EntityManager,
    private readonly queues: QueueRegistry,
    private readonly metrics: MetricsService,
  ) {}

  @Get('health/live')
  @ApiOperation({ summary: 'The process answers' })
  @ApiOkResponse({ type: LiveResponse })
  live(): LiveResponse {
    return { status: 'ok', node: process.version };
  }

  @Get('health/ready')
  @ApiOperation({ summary: 'The database and Redis answer' })
  @ApiOkResponse({ type: ReadinessResponse })
  @ApiServiceUnavailableResponse({ type: ReadinessResponse, example: { status: 'unavailable', checks: { database: 'up', redis: 'down' } } })
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<ReadinessResponse> {
    const [database, redis] = await Promise.all([
      probe(() => this.em.fork().execute('select 1')),
      probe(() => this.queues.ping()),
    ]);
    const ok = database === 'up' && redis === 'up';
    reply.status(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'unavailable', checks: { database, redis } };
  }

  @Get('metrics')
  @ApiExcludeEndpoint()
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  metricsText(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
