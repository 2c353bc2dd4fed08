import { Controller, createParamDecorator, Get, Header, HttpCode, Post, Res, type ExecutionContext } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  ExportIatiActivitiesQuery,
  GetIatiImportQuery,
  ImportIatiActivitiesCommand,
  StartIatiImportCommand,
  type IatiImportResult,
  type IatiImportView,
} from '@accord/portfolio/iati';
import { InvalidInputError, type Actor } from '@accord/shared';
import { ApiAuthenticated, ApiErrors } from '../http/api-docs';
import { CurrentActor, Roles } from '../http/auth';
import { UuidParam } from '../http/params';
import { IatiImportResponse, IatiImportResultResponse } from './iati.responses';

/** Files up to this size are imported while the client waits; larger ones go to the worker. */
export const IATI_SYNC_IMPORT_BYTES = 1024 * 1024;

/**
 * The raw XML body (the content-type parser of api-app.ts keeps application/xml and text/xml as
 * text). A custom decorator, so the JSON validation pipe never sees it.
 */
const XmlBody = createParamDecorator((_: unknown, context: ExecutionContext): string => {
  const { body } = context.switchToHttp().getRequest<FastifyRequest>();
  if (typeof body !== 'string' || body.trim() === '') {
    throw new InvalidInputError([{ field: 'body', message: 'send an IATI activities document with Content-Type application/xml or text/xml' }]);
  }
  return body;
});

const EXAMPLE_ACTIVITIES = `<?xml version="1.0" encoding="UTF-8"?>
<iati-activities version="2.03" generated-datetime="2026-11-25T13:00:00.000Z">
<iati-activity last-updated-datetime="2026-11-20T10:00:00.000Z" default-currency="USD" hierarchy="1"><iati-identifier>US-GOV-1-0192f5c0-0000-7000-8000-000000000000</iati-identifier><reporting-org ref="US-GOV-1" type="10"><narrative>United States</narrative></reporting-org><title><narrative>Community policing in San Pedro Sula</narrative></title><description type="1"><narrative>Model police precincts and youth outreach in three high-crime neighbourhoods.</narrative></description><participating-org ref="US-GOV-1" type="10" role="1"><narrative>United States</narrative></participating-org><participating-org ref="XI-ACCORD-GOV-HN" type="10" role="4"><narrative>Government of Honduras</narrative></participating-org><activity-status code="2"/><activity-date type="1" iso-date="2027-01-01"/><activity-date type="3" iso-date="2027-12-31"/><recipient-country code="HN" percentage="100"/><sector vocabulary="1" code="15132" percentage="100"/><sector vocabulary="99" vocabulary-uri="urn:accord:vocabulary:carsi-goal" code="SAFE_STREETS" percentage="50"/><sector vocabulary="99" vocabulary-uri="urn:accord:vocabulary:carsi-goal" code="STATE_PRESENCE" percentage="50"/><sector vocabulary="98" vocabulary-uri="urn:accord:vocabulary:esca-component" code="VIOLENCE_PREVENTION" percentage="100"/><budget type="1" status="1"><period-start iso-date="2027-01-01"/><period-end iso-date="2027-12-31"/><value currency="USD" value-date="2027-01-01">1500000.00</value></budget><result type="2"><title><narrative>Indicators of the action plan</narrative></title><indicator measure="1"><title><narrative>Homicides per 100,000 people</narrative></title><baseline year="2027" iso-date="2027-01-01" value="38.0"/><period><period-start iso-date="2027-01-01"/><period-end iso-date="2027-12-31"/><target value="30.0"/></period></indicator></result></iati-activity>
</iati-activities>
`;

@ApiTags('iati')
@ApiAuthenticated()
@Controller('v1')
export class IatiController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get('portfolio/iati')
  @Roles('partner', 'reviewer', 'admin')
  @Header('content-type', 'application/xml; charset=utf-8')
  @ApiOperation({
    summary: 'Approved plans as IATI 2.03 activities',
    description:
      'One iati-activity per approved plan, valid against the IATI 2.03 activity schema. The identifier is the lead partner’s IATI organisation ' +
      'reference and the plan id (XI-ACCORD-<partner code> for a partner without one, which is not a registered prefix). Goals are sectors of ' +
      'vocabulary 99 (urn:accord:vocabulary:carsi-goal), ESCA components of vocabulary 98 (urn:accord:vocabulary:esca-component); budgets are ' +
      'split into periods of at most a year; co-funded plans published in the same document are related activities of type 4.',
  })
  @ApiProduces('application/xml')
  @ApiOkResponse({ description: 'An iati-activities document', content: { 'application/xml': { schema: { type: 'string' }, example: EXAMPLE_ACTIVITIES } } })
  export(): Promise<string> {
    return this.queries.execute(new ExportIatiActivitiesQuery());
  }

  @Post('plans/import/iati')
  @HttpCode(200)
  @Roles('partner')
  @ApiOperation({
    summary: 'Import IATI activities as draft plans led by the caller’s organisation',
    description:
      'Activities for BZ, CR, SV, GT, HN, NI or PA, or for the Central America region, become drafts; the others are skipped with the reason, ' +
      'as are activities from which no CARSI goal can be inferred (a plan needs one). Each draft lists the problems found or approximated. ' +
      'Re-importing an activity revises its draft while it is a draft or sent back for changes; no duplicate is ever made. A body up to 1 MB ' +
      'is imported at once (200); a larger one, up to 10 MB, by a worker (202, with the import to poll at Location). DOCTYPE declarations, ' +
      'entities and nesting deeper than 100 are refused (400).',
  })
  @ApiConsumes('application/xml', 'text/xml')
  @ApiBody({ description: 'An IATI 2.0x iati-activities document', schema: { type: 'string', maxLength: 10 * 1024 * 1024 }, examples: { activities: { value: EXAMPLE_ACTIVITIES } } })
  @ApiOkResponse({
    type: IatiImportResultResponse,
    description: 'Imported at once',
    example: {
      imported: [
        {
          iatiIdentifier: 'XM-DAC-46007-302253',
          planId: '0192f5c0-0000-7000-8000-000000000000',
          outcome: 'created',
          problems: [{ code: 'MISSING_END_DATE', message: 'no end date: the period ends on the latest date of the activity, 2025-08-29' }],
        },
      ],
      skipped: [{ iatiIdentifier: 'XM-DAC-46007-501247', reason: 'no CARSI goal can be inferred from its DAC sectors (24030): a plan needs at least one' }],
    },
  })
  @ApiAcceptedResponse({ type: IatiImportResponse, description: 'A large file, queued for the worker', headers: { Location: { description: 'The import to poll', schema: { type: 'string' } } } })
  @ApiErrors(400, 409, 413)
  async import(@CurrentActor() actor: Actor, @XmlBody() xml: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<IatiImportResult | IatiImportView> {
    if (Buffer.byteLength(xml, 'utf8') <= IATI_SYNC_IMPORT_BYTES) return this.commands.execute(new ImportIatiActivitiesCommand(actor, xml));
    const started = await this.commands.execute(new StartIatiImportCommand(actor, xml));
    reply.status(202).header('location', `/v1/plans/import/iati/${started.id}`);
    return started;
  }

  @Get('plans/import/iati/:id')
  @Roles('partner')
  @ApiOperation({ summary: 'A background import: its progress, then its result (the importing partner only)' })
  @ApiOkResponse({ type: IatiImportResponse })
  @ApiErrors(400, 404)
  importStatus(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<IatiImportView> {
    return this.queries.execute(new GetIatiImportQuery(actor, id));
  }
}
