import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { IATI_IMPORT_STATUSES } from '@accord/portfolio/iati';

export class IatiProblemResponse {
  @ApiProperty({ example: 'MISSING_BUDGET', description: 'Stable code of the problem' })
  code: string;

  @ApiProperty({ example: 'the activity has no budget: the total of its outgoing commitments stands for it' })
  message: string;
}

export class ImportedDraftResponse {
  @ApiProperty({ example: 'XM-DAC-46007-302253' })
  iatiIdentifier: string;

  @ApiProperty({ format: 'uuid', example: '0192f5c0-0000-7000-8000-000000000000', description: 'The draft plan, led by the importing partner' })
  planId: string;

  @ApiProperty({
    enum: ['created', 'updated', 'unchanged'],
    example: 'created',
    description: 'A re-import of the same activity revises its draft (updated), or leaves it when nothing changed (unchanged)',
  })
  outcome: string;

  @ApiProperty({ type: [IatiProblemResponse], description: 'What was wrong in the activity, or approximated to make a draft of it' })
  problems: IatiProblemResponse[];
}

export class SkippedActivityResponse {
  @ApiProperty({ example: 'XM-DAC-46007-501247' })
  iatiIdentifier: string;

  @ApiProperty({ example: 'no CARSI goal can be inferred from its DAC sectors (24030): a plan needs at least one' })
  reason: string;
}

export class IatiImportResultResponse {
  @ApiProperty({ type: [ImportedDraftResponse] })
  imported: ImportedDraftResponse[];

  @ApiProperty({ type: [SkippedActivityResponse] })
  skipped: SkippedActivityResponse[];
}

@ApiExtraModels(IatiImportResultResponse)
export class IatiImportResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: IATI_IMPORT_STATUSES, example: 'running' })
  status: string;

  @ApiPropertyOptional({ type: Number, example: 92, nullable: true, description: 'Activities in the file: counted on receipt, exact once the worker has read it' })
  total: number | null;

  @ApiProperty({ example: 40, description: 'Activities written so far' })
  processed: number;

  // OpenAPI 3.0 has no null type, and `nullable` beside a $ref does not reach it: null is the one
  // value of a nullable schema with an enum of null.
  @ApiPropertyOptional({
    oneOf: [{ $ref: getSchemaPath(IatiImportResultResponse) }, { type: 'object', nullable: true, enum: [null] }],
    description: 'Once done; null until then',
  })
  result: IatiImportResultResponse | null;

  @ApiPropertyOptional({ type: String, example: null, nullable: true, description: 'Why the import failed' })
  error: string | null;

  @ApiProperty({ example: '2026-11-25T13:00:00.000Z' })
  createdAt: string;

  @ApiPropertyOptional({ type: String, example: null, nullable: true })
  finishedAt: string | null;
}
