import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { NestFactory } from '@nestjs/core';
import helmet from '@fastify/helmet';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { useContainer } from 'class-validator';
import { Logger as PinoLogger } from 'nestjs-pino';
import { ReferenceCodeConstraint } from '@accord/reference-data';
import type { AppConfig } from '@accord/shared';
import { apiDocument } from './api-document';
import { ApiModule } from './api.module';
import { mountConsole } from './console/console-pages';
import { errorBody } from './http/error.filter';
import { RequestValidationPipe } from './http/validation.pipe';
import { ValidatorContainer } from './http/validator-container';
import { MetricsService } from './operations/metrics.service';
import { mountQueueDashboard } from './operations/queue-dashboard';

/** Bodies above this are refused with 413 before they are parsed. */
export const BODY_LIMIT_BYTES = 1024 * 1024;
/** IATI files (application/xml, text/xml) may be larger: they are imported from a stored copy by a worker. */
export const XML_BODY_LIMIT_BYTES = 10 * 1024 * 1024;

const REQUEST_ID_PATTERN = /^[\w.:-]{1,100}$/;

/** A caller's X-Request-Id is kept when it is sane, else a new one is made; either is logged and echoed. */
function requestId(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID_PATTERN.test(given) ? given : randomUUID();
}

/**
 * What Fastify's router refuses before any route, guard or filter runs (a path that is not valid
 * percent-encoding, a path parameter longer than its `maxParamLength` of 100): answered in the
 * contract's error shape as the invalid input it is, without echoing the path back.
 */
function routerError(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const message =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'a path parameter is longer than 100 characters' : error.code === 'FST_ERR_BAD_URL' ? 'the path is not valid percent-encoding' : 'the path cannot be routed';
  void reply.status(400).send(errorBody(400, message, 'REQUEST.INVALID', [{ field: 'path', message }]));
}

export interface ApiAppOptions {
  /** Where the console's build is (default: apps/console/dist of the checkout). */
  consoleDirectory?: string;
}

/** Builds the API application, ready to listen: used by main.ts and by the tests alike. */
export async function createApiApp(config: AppConfig, options: ApiAppOptions = {}): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({ bodyLimit: BODY_LIMIT_BYTES, trustProxy: false, genReqId: requestId, frameworkErrors: routerError });
  const fastify = adapter.getInstance();
  fastify.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  // Kept as text: the IATI importer parses it itself, safely (no entities, bounded depth).
  fastify.addContentTypeParser(['application/xml', 'text/xml'], { parseAs: 'string', bodyLimit: XML_BODY_LIMIT_BYTES }, (_request, body, done) => done(null, body));

  const app = await NestFactory.create<NestFastifyApplication>(ApiModule.forRoot(config), adapter, { bufferLogs: true });
  app.useLogger(app.get(PinoLogger));
  app.useGlobalPipes(new RequestValidationPipe());
  await app.register(helmet, {
    // The API answers JSON; only the documentation and the queue dashboard are pages, and they need
    // their own inline styles and scripts.
    contentSecurityPolicy: {
      directives: {
        defaultSrc: [`'self'`],
        scriptSrc: [`'self'`, `'unsafe-inline'`],
        styleSrc: [`'self'`, `'unsafe-inline'`],
        imgSrc: [`'self'`, 'data:'],
        frameAncestors: [`'none'`],
        // helmet adds it by default; the service speaks plain HTTP (TLS ends at a proxy in front of
        // it, if anywhere), and over plain HTTP from any address but loopback it made the browser
        // fetch the documentation's assets over https, where nothing answers: a blank /docs. Behind
        // TLS the pages' assets are same-origin, so https already.
        upgradeInsecureRequests: null,
      },
    },
  });
  // Browsers may call the API only from the origins named in CORS_ORIGINS; with none, from none.
  if (config.corsOrigins.length > 0) {
    app.enableCors({
      origin: config.corsOrigins.includes('*') ? true : config.corsOrigins,
      methods: ['GET', 'POST', 'PUT', 'DELETE'],
      allowedHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'If-Match', 'If-None-Match', 'X-Request-Id'],
      exposedHeaders: ['ETag', 'Location', 'Retry-After', 'X-Request-Id', 'Idempotent-Replayed'],
      maxAge: 600,
    });
  }
  app.enableShutdownHooks();
  useContainer(new ValidatorContainer(app, [ReferenceCodeConstraint]));

  const metrics = app.get(MetricsService);
  fastify.addHook('onResponse', async (request, reply) => {
    metrics.httpDuration.observe(
      { method: request.method, route: request.routeOptions.url ?? 'unmatched', status_code: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });

  SwaggerModule.setup('docs', app, apiDocument(app), { jsonDocumentUrl: 'docs-json' });
  await mountQueueDashboard(app);
  await mountConsole(app, options.consoleDirectory);
  return app;
}
