import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig } from '@accord/shared';
import { createApiApp } from './api-app';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApiApp(config);
  await app.listen({ port: config.port, host: '0.0.0.0' });
  new Logger('Accord').log(`API listening on port ${config.port}, on Node.js ${process.version}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
