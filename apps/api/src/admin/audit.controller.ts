import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { AuditService, type AuditReport } from '@accord/action-plans';
import { ApiAuthenticated } from '../http/api-docs';
import { Roles } from '../http/auth';

class HistoryViolationResponse {
  @ApiProperty({ format: 'uuid' })
  planId: string;

  @ApiProperty({ example: 3, description: 'The history row at fault' })
  seq: number;

  @ApiProperty({ enum: ['HASH_CHAIN', 'GAPLESS', 'LEGAL_TRANSITION', 'CURRENT_STATUS'], example: 'HASH_CHAIN' })
  invariant: string;

  @ApiProperty({ example: 'its content does not match its hash: the row was altered' })
  message: string;
}

class InvariantResultResponse {
  @ApiProperty({ example: 'one approval event per approved version' })
  invariant: string;

  @ApiProperty({ example: true })
  ok: boolean;

  @ApiProperty({ example: '0 versions approved more than once' })
  detail: string;
}

class AuditReportResponse {
  @ApiProperty({ example: false, description: 'No violation and every invariant holds' })
  ok: boolean;

  @ApiProperty({ example: 1200 })
  plansChecked: number;

  @ApiProperty({ example: 7400 })
  eventsChecked: number;

  @ApiProperty({ type: HistoryViolationResponse, nullable: true, description: 'The first row whose hash does not hold, in plan then seq order; null when every chain is whole' })
  firstBrokenLink: HistoryViolationResponse | null;

  @ApiProperty({ type: [HistoryViolationResponse] })
  violations: HistoryViolationResponse[];

  @ApiProperty({ type: [InvariantResultResponse], description: 'The cross-table invariants' })
  invariants: InvariantResultResponse[];
}

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
  @ApiOkResponse({ type: AuditReportResponse })
  verify(): Promise<AuditReport> {
    return this.audit.verify();
  }
}
