import { Controller, Get, Headers, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiProperty, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ReferenceDataService, type ReferenceDataView } from '@accord/reference-data';
import { ApiAuthenticated } from '../http/api-docs';
import { Roles } from '../http/auth';

/** Code lists change when an admin edits them, rarely: a client may keep a copy for this long before it asks again. */
const MAX_AGE_SECONDS = 300;

class ReferenceCodeResponse {
  @ApiProperty({ example: 'HN' })
  code: string;

  @ApiProperty({ example: 'Honduras' })
  name: string;
}

class GoalSupportingCodeResponse extends ReferenceCodeResponse {
  @ApiProperty({ type: [String], example: ['SAFE_STREETS', 'STATE_PRESENCE'], description: 'The CARSI goals it supports, as the alignment check counts them' })
  goals: string[];
}

class ReferenceDataResponse {
  @ApiProperty({ type: [ReferenceCodeResponse], description: 'Recipient countries (ISO 3166-1 alpha-2)' })
  countries: ReferenceCodeResponse[];

  @ApiProperty({ type: [ReferenceCodeResponse], description: 'CARSI goals' })
  goals: ReferenceCodeResponse[];

  @ApiProperty({ type: [GoalSupportingCodeResponse] })
  programAreas: GoalSupportingCodeResponse[];

  @ApiProperty({ type: [ReferenceCodeResponse], description: 'Components of the Central American Security Strategy (ESCA)' })
  escaComponents: ReferenceCodeResponse[];

  @ApiProperty({ type: [GoalSupportingCodeResponse], description: 'OECD-DAC purpose codes' })
  dacSectors: GoalSupportingCodeResponse[];

  @ApiProperty({ type: [ReferenceCodeResponse], description: 'ISO 4217 currencies with a reference rate to USD' })
  currencies: ReferenceCodeResponse[];
}

const CACHE_HEADERS = {
  ETag: { description: 'The lists’ version: send it back as If-None-Match to be answered 304 while they are unchanged', schema: { type: 'string' } },
  'Cache-Control': { description: `private, max-age=${MAX_AGE_SECONDS}`, schema: { type: 'string' } },
};

/** RFC 9110's weak comparison: `*`, or any listed tag with or without `W/`. */
function matchesNoneOf(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return true;
  const tags = ifNoneMatch.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
  return !tags.includes('*') && !tags.includes(etag);
}

@ApiTags('reference-data')
@ApiAuthenticated()
@Controller('v1/reference-data')
export class ReferenceDataController {
  constructor(private readonly referenceData: ReferenceDataService) {}

  @Get()
  @Roles('partner', 'reviewer', 'admin')
  @ApiOperation({
    summary: 'Every code list a plan’s content uses: countries, goals, program areas, ESCA components, DAC sectors and currencies',
    description: 'Partner codes are listed by GET /v1/partners. An unknown code in a request is a 400 that names the list here.',
  })
  @ApiHeader({ name: 'If-None-Match', required: false, description: 'The ETag last read: 304 without a body while the lists are unchanged' })
  @ApiOkResponse({ type: ReferenceDataResponse, headers: CACHE_HEADERS })
  @ApiResponse({ status: 304, description: 'Unchanged since the ETag sent in If-None-Match', headers: CACHE_HEADERS })
  async get(@Headers('if-none-match') ifNoneMatch: string | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<ReferenceDataView | undefined> {
    const { lists, etag } = await this.referenceData.catalogue();
    reply.header('etag', etag).header('cache-control', `private, max-age=${MAX_AGE_SECONDS}`);
    if (matchesNoneOf(ifNoneMatch, etag)) return lists;
    reply.status(304);
    return undefined;
  }
}
