import { Module, type DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { LoggerModule } from 'nestjs-pino';
import { ActionPlansModule } from '@accord/action-plans';
import { NotificationsModule } from '@accord/notifications';
import { IatiModule } from '@accord/portfolio/iati';
import { DatabaseModule } from '@accord/persistence';
import { configureWorkerLocks, QueuesModule } from '@accord/queues';
import type { AppConfig } from '@accord/shared';
import { ActionPlanEventsProcessor } from './action-plan-events.processor';
import { ActionPlanChecksProcessor } from './action-plan-checks.processor';
import { IatiImportsProcessor } from './iati-imports.processor';
import { OutboxRelayService } from './outbox-relay.service';
import { MaintenanceProcessor } from './maintenance.processor';
import { WebhookDeliveriesProcessor } from './webhook-deliveries.processor';
import { WorkerMetrics } from './worker-metrics';

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    configureWorkerLocks(config.workerLockMs);
    return {
      module: WorkerModule,
      imports: [
        LoggerModule.forRoot({ pinoHttp: { level: config.logLevel, customProps: () => ({ process: 'worker' }) } }),
        DatabaseModule.forRoot(config),
        QueuesModule.forRoot(config),
        CqrsModule.forRoot(),
        ActionPlansModule,
        NotificationsModule,
        IatiModule,
      ],
      providers: [WorkerMetrics, OutboxRelayService, ActionPlanEventsProcessor, ActionPlanChecksProcessor, MaintenanceProcessor, WebhookDeliveriesProcessor, IatiImportsProcessor],
    };
  }
}
