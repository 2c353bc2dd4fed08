import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldProblemResponse {
  @ApiProperty({ example: 'activities[0].budget.amount' })
  field: string;

  @ApiProperty({ example: 'amount must be a positive decimal string with at most two places, e.g. "1500000.00"' })
  message: string;
}

/** The one error shape of the API. */
export class ErrorResponse {
  @ApiProperty({ example: 400 })
  statusCode: number;

  @ApiProperty({ example: 'Bad Request' })
  error: string;

  @ApiProperty({ example: 'The request is invalid' })
  message: string;

  @ApiPropertyOptional({ example: 'REQUEST.INVALID', description: 'Stable machine-readable code' })
  code?: string;

  @ApiPropertyOptional({ type: [FieldProblemResponse] })
  details?: FieldProblemResponse[];
}
