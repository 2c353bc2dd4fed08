import { Logger } from '@nestjs/common';
import { Client } from 'pg';

const CHANNEL = 'outbox_message';
const RECONNECT_MS = 1000;

/**
 * Listens on the channel the outbox trigger notifies on commit, on a connection of its own (LISTEN
 * holds its session). A lost connection is reopened; meanwhile the relay's polling carries on, so a
 * missed notification only delays rows until the next poll.
 */
export class OutboxListener {
  private readonly logger = new Logger('OutboxListener');
  private client?: Client;
  private retry?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    private readonly connectionString: string,
    /** The role the application acts as (see the database module), or null. */
    private readonly role: string | null,
    private readonly onNotification: () => void,
  ) {}

  start(): void {
    this.stopped = false;
    void this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new Client({
      connectionString: this.connectionString,
      keepAlive: true,
      application_name: 'accord-outbox-listener',
      ...(this.role ? { options: `-c role=${this.role}` } : {}),
    });
    client.on('notification', () => this.onNotification());
    client.on('error', (error) => this.logger.warn(`outbox listener connection failed: ${error.message}`));
    client.on('end', () => this.reconnectLater(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      if (this.stopped) return void (await client.end());
      this.client = client;
      // Rows committed while no one listened would otherwise wait for the next poll.
      this.onNotification();
    } catch (error) {
      this.logger.warn(`could not listen for outbox rows, retrying: ${(error as Error).message}`);
      await client.end().catch(() => undefined);
      this.reconnectLater(client);
    }
  }

  private reconnectLater(client: Client): void {
    if (this.stopped || this.retry || (this.client && this.client !== client)) return;
    this.client = undefined;
    this.retry = setTimeout(() => {
      this.retry = undefined;
      void this.connect();
    }, RECONNECT_MS);
  }
}
