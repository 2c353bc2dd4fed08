export * from './migrate';
export * from './orm-config';
export * from './database.module';
