import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, Validate, ValidatorConstraint, type ValidationArguments, type ValidatorConstraintInterface } from 'class-validator';
import { THREAD_BODY_MAX_LENGTH, THREAD_VISIBILITIES, threadBodyProblem, type ThreadVisibility } from '@accord/action-plans';

/** One message for a comment's text, whichever way it is wrong (the domain's rule). */
@ValidatorConstraint({ name: 'threadBody' })
class ThreadBody implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return threadBodyProblem(value) === null;
  }

  defaultMessage(args: ValidationArguments): string {
    return threadBodyProblem(args.value) ?? 'body is invalid';
  }
}

export class ThreadCommentRequest {
  @ApiProperty({
    example: 'The total went up by 250,000 USD: which activity does it fund?',
    minLength: 1,
    maxLength: THREAD_BODY_MAX_LENGTH,
    description: 'Plain text (shown as written, never as HTML or markdown), 1 to 10,000 characters, not only blanks',
  })
  @Validate(ThreadBody)
  body: string;
}

export class OpenThreadRequest extends ThreadCommentRequest {
  @ApiProperty({ enum: THREAD_VISIBILITIES, example: 'participants', description: '`reviewers`: reviewers and admins only; `participants`: also the plan’s lead and participants' })
  @IsIn(THREAD_VISIBILITIES)
  visibility: ThreadVisibility;

  @ApiPropertyOptional({ type: 'integer', format: 'int32', minimum: 1, maximum: 999999999, example: 1, description: 'The version `path` is in; the current one by default. Only with `path`' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(999999999)
  version?: number;

  @ApiPropertyOptional({
    example: '/activities/A2/sector',
    maxLength: 1000,
    pattern: '^/',
    description: 'The field the thread is about, a JSON Pointer as the changes address fields (activities and indicators by ref); none for the plan as a whole',
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  @Matches(/^\//, { message: 'path must be a JSON Pointer into the content, such as /budget/amount' })
  path?: string;
}
