import { Injectable } from '@nestjs/common';
import { DeadlockException, LockMode, OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager, type EntityProperty } from '@mikro-orm/postgresql';
import { QUEUES, type ActionPlanEventJob } from '@accord/queues';
import { inTransaction, preparedQuery, type Actor } from '@accord/shared';
import { ActionPlan, ActionPlanNotFoundError, ActionPlanVersion, ActionPlanVersionNotFoundError, ACTIVE_STATUSES, ConcurrentChangeError, isVisibleTo, type PlanContent } from './domain';
import { PortfolioIndex } from './review/portfolio-index';

/**
 * Loads and saves ActionPlan aggregates. Saving writes the plan, its new versions, its history
 * events and one outbox row per event in the caller's transaction.
 */
@Injectable()
export class ActionPlanRepository {
  private columns?: string;
  private row?: PlanRowStatements;

  constructor(
    private readonly em: EntityManager,
    private readonly portfolio: PortfolioIndex,
  ) {}

  /**
   * Runs `work` in a transaction and maps a lost optimistic race (another request changed the plan
   * first) to a 409 the client can retry.
   */
  async transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await inTransaction(this.em, work);
    } catch (error) {
      if (error instanceof OptimisticLockError) throw new ConcurrentChangeError(String(error.entity?.id ?? ''));
      if (error instanceof DeadlockException) throw new ConcurrentChangeError('');
      if (error instanceof UniqueConstraintViolationException && /action_plan_event_plan_id_seq|outbox_message_job_id_key/.test(error.message)) {
        throw new ConcurrentChangeError('');
      }
      throw error;
    }
  }

  /**
   * The plan as the actor may see it: one it may not see is reported as not found. `forUpdate` locks
   * its row until the transaction ends, for a change to apply to the plan as it is.
   */
  async loadVisible(em: EntityManager, id: string, actor: Actor, forUpdate = false): Promise<ActionPlan> {
    const plan = await em.findOne(ActionPlan, { id }, forUpdate ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
    if (!plan || !isVisibleTo(plan, actor)) throw new ActionPlanNotFoundError(id);
    return plan;
  }

  /**
   * The plan as `loadVisible` gives it, with its current version's content, in one query instead
   * of two: what a change that keeps the version answers with. Its row is locked until the
   * transaction ends, so the change applies to the plan as it is (and If-Match is checked against
   * it) rather than failing as a lost race when the workers change the plan meanwhile.
   */
  async loadVisibleWithContent(em: EntityManager, id: string, actor: Actor): Promise<{ plan: ActionPlan; content: PlanContent }> {
    const loaded = await this.loadWithContent(em, id, true);
    if (!loaded || !isVisibleTo(loaded.plan, actor)) throw new ActionPlanNotFoundError(id);
    return loaded;
  }

  /** The plan with its current version's content, in one query; undefined when there is no such plan. */
  async loadWithContent(em: EntityManager, id: string, lock = false): Promise<{ plan: ActionPlan; content: PlanContent } | undefined> {
    const [row] = await preparedQuery<Record<string, unknown> & { content: PlanContent }>(
      em,
      `select ${this.planColumns(em)}, v.content from action_plan p join action_plan_version v on v.plan_id = p.id and v.number = p.current_version where p.id = $1${lock ? ' for update of p' : ''}`,
      [id],
    );
    if (!row) return undefined;
    const { content, ...columns } = row;
    return { plan: em.map(ActionPlan, columns), content };
  }

  /** The plan, its row locked until the transaction ends; undefined when there is no such plan. */
  async lockForUpdate(em: EntityManager, id: string): Promise<ActionPlan | undefined> {
    const [row] = await preparedQuery<Record<string, unknown>>(em, `select ${this.planColumns(em)} from action_plan p where p.id = $1 for update`, [id]);
    return row ? em.map(ActionPlan, row) : undefined;
  }

  /** The mapped columns by name, not `p.*`: a prepared statement must not change its result's shape. */
  private planColumns(em: EntityManager): string {
    return (this.columns ??= em
      .getMetadata(ActionPlan)
      .props.flatMap((prop) => prop.fieldNames ?? [])
      .map((column) => `p.${column}`)
      .join(', '));
  }

  async loadVersion(em: EntityManager, planId: string, number: number): Promise<ActionPlanVersion> {
    const version = await em.findOne(ActionPlanVersion, { planId, number });
    if (!version) throw new ActionPlanVersionNotFoundError(planId, number);
    return version;
  }

  /**
   * Writes the plan's changes. A plan whose status just left the active ones (withdrawn, rejected,
   * sent back, superseded) leaves the portfolio indexes in the same transaction.
   *
   * Everything goes now, in prepared statements, rather than at the unit of work's flush, which
   * wrote each row with its values inlined, a text PostgreSQL parsed and planned on every call, and
   * cost a change set each (docs/performance.md, steps 8 and 10): the plan's row (an insert, or an
   * update of every mapped column that checks and bumps the revision), then its new versions,
   * history events and their outbox rows in one statement. The unit of work is then told the row
   * as written, so the entity the caller holds stays managed and a flush finds nothing to write.
   */
  async save(em: EntityManager, plan: ActionPlan): Promise<void> {
    // The plan's row and the rows written with it must commit together.
    if (!em.isInTransaction()) throw new Error('ActionPlanRepository.save needs the transaction of ActionPlanRepository.transaction');
    const { versions, events } = plan.pullChanges();
    const statusChanged = events.some((event) => event.data.status !== undefined && event.data.from !== undefined);
    if (statusChanged && !ACTIVE_STATUSES.includes(plan.status)) await this.portfolio.remove(em, plan.id);
    await this.writeRow(em, plan);
    if (versions.length === 0 && events.length === 0) return;
    await preparedQuery(em, APPEND_CHANGES, [
      plan.id,
      versions.map((version) => version.id),
      versions.map((version) => version.number),
      versions.map((version) => JSON.stringify(version.content)),
      versions.map((version) => JSON.stringify(version.createdBy)),
      versions.map((version) => version.createdAt),
      events.map((event) => event.seq),
      events.map((event) => event.type),
      events.map((event) => event.version),
      events.map((event) => JSON.stringify(event.actor)),
      events.map((event) => JSON.stringify(event.data)),
      events.map((event) => event.occurredAt),
      events.map((event) => event.prevHash),
      events.map((event) => event.hash),
      QUEUES.actionPlanEvents,
      events.map((event) => `${plan.id}-${event.seq}`),
      events.map((event) => JSON.stringify({ planId: plan.id, seq: event.seq, version: event.version } satisfies ActionPlanEventJob)),
    ]);
  }

  /**
   * Inserts a new plan's row (revision 1), or updates every mapped column where the revision is the
   * one the plan was loaded at, bumping it: no row updated means another transaction changed the
   * plan first.
   */
  private async writeRow(em: EntityManager, plan: ActionPlan): Promise<void> {
    const { insert, update, props } = (this.row ??= planRowStatements(em));
    const values = props.map((prop) => plan[prop.name as keyof ActionPlan]);
    if (plan.revision === undefined) {
      plan.revision = 1;
      await preparedQuery(em, insert, [...values, plan.revision]);
    } else {
      const [written] = await preparedQuery<{ revision: number }>(em, update, [...values, plan.revision]);
      if (!written) throw new ConcurrentChangeError(plan.id);
      plan.revision = written.revision;
    }
    em.getUnitOfWork().register(plan, em.getComparator().prepareEntity(plan), { refresh: true });
  }
}

interface PlanRowStatements {
  insert: string;
  update: string;
  /** The mapped properties but the revision, in the order of the statements' parameters ($1 is the id). */
  props: EntityProperty<ActionPlan>[];
}

/** The plan row's insert and update over every mapped column, from the entity's metadata. */
function planRowStatements(em: EntityManager): PlanRowStatements {
  const meta = em.getMetadata(ActionPlan);
  const id = meta.props.find((prop) => prop.primary)!;
  const revision = meta.props.find((prop) => prop.version)!;
  const others = meta.props.filter((prop) => prop !== id && prop !== revision && prop.fieldNames?.length === 1 && prop.persist !== false);
  const props = [id, ...others];
  const columns = props.map((prop) => prop.fieldNames[0]);
  const versionColumn = revision.fieldNames[0];
  const last = props.length + 1;
  return {
    props,
    insert: `insert into action_plan (${[...columns, versionColumn].join(', ')}) values (${columns.map((_, index) => `$${index + 1}`).join(', ')}, $${last})`,
    update: `update action_plan set ${columns
      .slice(1)
      .map((column, index) => `${column} = $${index + 2}`)
      .join(', ')}, ${versionColumn} = ${versionColumn} + 1 where ${columns[0]} = $1 and ${versionColumn} = $${last} returning ${versionColumn} as revision`,
  };
}

/** A plan's new versions, its new history events and one outbox row per event, named after the event. */
const APPEND_CHANGES = `with versions as (
    insert into action_plan_version (id, plan_id, number, content, created_by, created_at)
    select id, $1::uuid, number, content, created_by, created_at
      from unnest($2::uuid[], $3::int[], $4::jsonb[], $5::jsonb[], $6::timestamptz[]) as v (id, number, content, created_by, created_at)),
  events as (
    insert into action_plan_event (plan_id, seq, type, version, actor, data, occurred_at, prev_hash, hash)
    select $1::uuid, seq, type, version, actor, data, occurred_at, prev_hash, hash
      from unnest($7::int[], $8::text[], $9::int[], $10::jsonb[], $11::jsonb[], $12::timestamptz[], $13::text[], $14::text[])
        as e (seq, type, version, actor, data, occurred_at, prev_hash, hash))
  insert into outbox_message (queue, job_name, job_id, payload, created_at)
  select $15::text, job_name, job_id, payload, statement_timestamp() from unnest($8::text[], $16::text[], $17::jsonb[]) as o (job_name, job_id, payload)`;
