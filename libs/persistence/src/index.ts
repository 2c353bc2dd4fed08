export * from './migrate';
export * from './orm-config';
