export * from './outbox-message.entity';
export * from './outbox-listener';
export * from './outbox-relay';
export * from './queues';
export * from './redis-connection';
export * from './queues.module';
