import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { loadConfig } from '@accord/shared';
import { ApiModule } from './api.module';
import { eventUnionSchemas } from './partner/event.responses';

/**
 * The OpenAPI document of every route: served at /docs-json, and, built from a preview of the
 * application (no database, no Redis), what the console's client types are generated from.
 */
export function apiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Accord')
      .setDescription('Coordinated CARSI action plans: proposed by partners, checked, reviewed, and seen as one portfolio.')
      .setVersion('1')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'opaque API key', description: 'An API key issued by an admin (not a JWT: an opaque token, stored hashed)' })
      .build(),
  );
  // The event unions are schemas of their own, which no class decorator can declare.
  Object.assign((document.components ??= {}).schemas ??= {}, eventUnionSchemas());
  return document;
}

/**
 * The same document without a running service: Nest's preview builds the module graph without
 * instantiating providers, so nothing connects to the (placeholder) database and Redis.
 */
export async function previewApiDocument(): Promise<OpenAPIObject> {
  const config = loadConfig({ DATABASE_URL: 'postgres://preview@127.0.0.1:1/preview', REDIS_URL: 'redis://127.0.0.1:1', LOG_LEVEL: 'silent' });
  const app = await NestFactory.create(ApiModule.forRoot(config), new FastifyAdapter(), { preview: true, logger: false });
  try {
    return apiDocument(app);
  } finally {
    await app.close();
  }
}
