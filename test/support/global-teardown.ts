import { dropDatabase, TEMPLATE_DATABASE } from './databases';

export default async function globalTeardown(): Promise<void> {
  await dropDatabase(TEMPLATE_DATABASE);
}
