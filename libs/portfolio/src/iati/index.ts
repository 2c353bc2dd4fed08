export * from './iati-codes';
export * from './iati-export';
export * from './iati-import';
export * from './iati-xml';
