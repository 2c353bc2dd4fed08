import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ROLES, type Actor } from '@accord/shared';
import { ApiAuthenticated } from '../http/api-docs';
import { CurrentActor, Roles } from '../http/auth';

class MeResponse {
  @ApiProperty({ enum: ROLES, example: 'reviewer' })
  role: string;

  @ApiPropertyOptional({ type: String, example: 'OAS', nullable: true, description: 'The organisation a partner key acts for, or a reviewer’s affiliation; none for the admin token' })
  partnerCode: string | null;
}

/** Who a key is: what a client signing in with it needs to know to show the right pages. */
@ApiTags('identity')
@ApiAuthenticated()
@Controller('v1/me')
export class MeController {
  @Get()
  @Roles('partner', 'reviewer', 'admin')
  @ApiOperation({ summary: 'The caller’s role and organisation, as its key says' })
  @ApiOkResponse({ type: MeResponse })
  me(@CurrentActor() actor: Actor): MeResponse {
    return { role: actor.role, partnerCode: actor.partnerCode };
  }
}
