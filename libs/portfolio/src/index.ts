export * from './coverage/coverage';
export * from './overlaps/clusters';
export * from './portfolio-filters';
export * from './portfolio.module';
export * from './queries/portfolio.queries';
