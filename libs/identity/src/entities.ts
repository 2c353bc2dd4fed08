export * from './api-key.entity';
export * from './partner.entity';
