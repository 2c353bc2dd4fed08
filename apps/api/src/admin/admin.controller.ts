import { Body, Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { CreateApiKeyCommand, CreatePartnerCommand, ListApiKeysQuery, RevokeApiKeyCommand, type ApiKeyView, type PartnerView } from '@accord/identity';
import { ROLES } from '@accord/shared';
import { ApiAuthenticated, ApiErrors } from '../http/api-docs';
import { Roles } from '../http/auth';
import { UuidParam } from '../http/params';
import { PartnerResponse } from '../partner/partners.controller';
import { CreateApiKeyRequest, CreatePartnerRequest } from './admin.requests';

export class ApiKeyResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: ROLES, example: 'partner' })
  role: string;

  @ApiPropertyOptional({ type: String, example: 'US', nullable: true })
  partnerCode: string | null;

  @ApiProperty({ example: 'US State Department integration' })
  label: string;

  @ApiProperty({ example: '2026-11-25T13:00:00.000Z' })
  createdAt: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: null })
  revokedAt: string | null;
}

export class CreatedApiKeyResponse extends ApiKeyResponse {
  @ApiProperty({ example: 'acc_Vq3n9cW1m2yYk0b8uXb0yF7dC5l7sUeJmQk2hQ1v9rI', description: 'Shown once: only its hash is stored' })
  token: string;
}

@ApiTags('admin')
@ApiAuthenticated()
@Roles('admin')
@Controller('v1/admin')
export class AdminController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post('partners')
  @ApiOperation({ summary: 'Create a partner organisation' })
  @ApiCreatedResponse({ type: PartnerResponse })
  @ApiErrors(400, 409)
  createPartner(@Body() body: CreatePartnerRequest): Promise<PartnerView> {
    return this.commands.execute(new CreatePartnerCommand(body.code, body.name, body.kind, body.country ?? null, body.iatiOrgRef ?? null));
  }

  @Post('api-keys')
  @ApiOperation({ summary: 'Issue an API key; the token is in this response only' })
  @ApiCreatedResponse({ type: CreatedApiKeyResponse })
  @ApiErrors(400)
  createApiKey(@Body() body: CreateApiKeyRequest): Promise<ApiKeyView & { token: string }> {
    return this.commands.execute(new CreateApiKeyCommand(body.role, body.partnerCode ?? null, body.label));
  }

  @Get('api-keys')
  @ApiOperation({ summary: 'Every API key, without tokens' })
  @ApiOkResponse({ type: [ApiKeyResponse] })
  listApiKeys(): Promise<ApiKeyView[]> {
    return this.queries.execute(new ListApiKeysQuery());
  }

  @Delete('api-keys/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke a key; it is refused from the next request on' })
  @ApiNoContentResponse({ description: 'Revoked' })
  @ApiErrors(400, 404)
  revokeApiKey(@UuidParam('id') id: string): Promise<void> {
    return this.commands.execute(new RevokeApiKeyCommand(id));
  }
}
