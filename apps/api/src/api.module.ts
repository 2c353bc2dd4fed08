import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { LoggerModule } from 'nestjs-pino';
import { ActionPlansModule } from '@accord/action-plans';
import { IdentityModule } from '@accord/identity';
import { NotificationsModule } from '@accord/notifications';
import { DatabaseModule } from '@accord/persistence';
import { QueuesModule } from '@accord/queues';
import { ReferenceDataModule } from '@accord/reference-data';
import type { AppConfig } from '@accord/shared';
import { AdminController } from './admin/admin.controller';
import { AuditController } from './admin/audit.controller';
import { AuthGuard } from './http/auth';
import { ErrorFilter } from './http/error.filter';
import { RateLimiter } from './http/rate-limiter';
import { MetricsService } from './operations/metrics.service';
import { OperationsController } from './operations/operations.controller';
import { MeController } from './partner/me.controller';
import { PartnersController } from './partner/partners.controller';
import { PlansController } from './partner/plans.controller';
import { ReferenceDataController } from './partner/reference-data.controller';
import { ThreadsController } from './partner/threads.controller';
import { WebhooksController } from './partner/webhooks.controller';
import { ReviewController } from './review/review.controller';
import { PortfolioController } from './portfolio/portfolio.controller';
import { IatiController } from './portfolio/iati.controller';
import { IatiModule } from '@accord/portfolio/iati';
import { PortfolioModule } from '@accord/portfolio';

@Module({})
export class ApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            redact: ['req.headers.authorization', 'req.headers.cookie'],
            customProps: () => ({ process: 'api' }),
          },
        }),
        DatabaseModule.forRoot(config),
        QueuesModule.forRoot(config),
        CqrsModule.forRoot(),
        ReferenceDataModule,
        IdentityModule,
        ActionPlansModule,
        NotificationsModule,
        PortfolioModule,
        IatiModule,
      ],
      controllers: [PlansController, ThreadsController, MeController, PartnersController, ReferenceDataController, WebhooksController, ReviewController, PortfolioController, IatiController, AdminController, AuditController, OperationsController],
      providers: [
        MetricsService,
        RateLimiter,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ErrorFilter },
      ],
    };
  }
}
