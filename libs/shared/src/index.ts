export * from './auth/actor';
export * from './config/app-config';
export * from './errors/domain-error';
export * from './ids/uuid-v7';
export * from './idempotency/idempotency-record.entity';
export * from './canonical-json';
export * from './sql/prepared-query';
