import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditService, type AuditReport } from '@accord/action-plans';
import { ApiAuthenticated } from '../http/api-docs';
import { Roles } from '../http/auth';

@ApiTags('admin')
@ApiAuthenticated()
@Roles('admin')
@Controller('v1/admin/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get('verify')
  @ApiOperation({
    summary: 'Check the whole recorded history: hash chains, gapless numbering, legal transitions, cross-table invariants',
    description:
      'Reads every history row; reports the first broken link when a row was altered behind the service’s back, a history that ends before the event its plan records as its last (HASH_CHAIN), and a plan whose status is not the one its history leaves it in (CURRENT_STATUS).',
  })
  @ApiOkResponse({
    schema: {
      example: {
        ok: false,
        plansChecked: 1200,
        eventsChecked: 7400,
        firstBrokenLink: { planId: '0192f5c0-7a1b-7c3d-8e4f-5a6b7c8d9e0f', seq: 3, invariant: 'HASH_CHAIN', message: 'its content does not match its hash: the row was altered' },
        violations: [],
        invariants: [{ invariant: 'one approval event per approved version', ok: true, detail: '0 versions approved more than once' }],
      },
    },
  })
  verify(): Promise<AuditReport> {
    return this.audit.verify();
  }
}
