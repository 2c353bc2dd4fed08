export * from './action-plan-event.entity';
export * from './action-plan-status';
export * from './action-plan-version.entity';
export * from './action-plan.entity';
export * from './action-plan.errors';
export * from './money';
export * from './period';
export * from './plan-content';
