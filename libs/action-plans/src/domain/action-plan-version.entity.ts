import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Actor } from '@accord/shared';
import type { PlanContent } from './plan-content';

/** One immutable revision of a plan's content. Check results and decisions belong to a version. */
@Entity({ tableName: 'action_plan_version' })
@Unique({ properties: ['planId', 'number'] })
export class ActionPlanVersion {
  @PrimaryKey({ type: 'uuid' })
  id: string;

  @Property({ type: 'uuid' })
  planId: string;

  @Property({ type: 'integer' })
  number: number;

  @Property({ type: 'jsonb' })
  content: PlanContent;

  @Property({ type: 'jsonb' })
  createdBy: Actor;

  @Property({ type: 'datetime' })
  createdAt: Date;

  constructor(id: string, planId: string, number: number, content: PlanContent, createdBy: Actor, createdAt: Date) {
    this.id = id;
    this.planId = planId;
    this.number = number;
    this.content = content;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }
}
