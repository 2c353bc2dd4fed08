export * from './webhook-delivery.entity';
export * from './webhook.entity';
