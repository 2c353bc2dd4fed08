export * from './reference-code.entity';
export * from './reference-data';
