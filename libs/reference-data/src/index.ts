export * from './is-reference-code';
export * from './reference-code.entity';
export * from './reference-data';
export * from './reference-data.module';
export * from './reference-data.service';
