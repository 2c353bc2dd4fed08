import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ListPartnersQuery, type PartnerView } from '@accord/identity';
import { PARTNER_KINDS } from '@accord/reference-data';
import { ApiAuthenticated } from '../http/api-docs';
import { Roles } from '../http/auth';

export class PartnerResponse {
  @ApiProperty({ example: 'GOV-HN' })
  code: string;

  @ApiProperty({ example: 'Government of Honduras' })
  name: string;

  @ApiProperty({ enum: PARTNER_KINDS, example: 'RECIPIENT_GOVERNMENT' })
  kind: string;

  @ApiPropertyOptional({ type: String, example: 'HN', nullable: true })
  country: string | null;

  @ApiPropertyOptional({ type: String, example: 'XM-DAC-46007', nullable: true, description: 'IATI organisation identifier' })
  iatiOrgRef: string | null;

  @ApiProperty({ example: '2026-11-25T13:00:00.000Z' })
  createdAt: string;
}

@ApiTags('partners')
@ApiAuthenticated()
@Controller('v1/partners')
export class PartnersController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Roles('partner', 'reviewer', 'admin')
  @ApiOperation({ summary: 'Every partner organisation' })
  @ApiOkResponse({ type: [PartnerResponse] })
  list(): Promise<PartnerView[]> {
    return this.queries.execute(new ListPartnersQuery());
  }
}
