import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { Logger as PinoLogger } from 'nestjs-pino';
import type { AppConfig } from '@accord/shared';
import { WorkerModule } from './worker.module';

/** Builds and starts the worker: the outbox relay and the queue processors. Used by main.ts and tests. */
export async function createWorkerApp(config: AppConfig): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(PinoLogger));
  app.enableShutdownHooks();
  await app.init();
  return app;
}
