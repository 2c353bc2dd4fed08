import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig } from '@accord/shared';
import { createWorkerApp } from './worker-app';

createWorkerApp(loadConfig())
  .then(() => new Logger('Accord').log(`Worker started, on Node.js ${process.version}`))
  .catch((error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  });
