import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsDefined,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  Validate,
  ValidateNested,
  ValidatorConstraint,
  type ValidationArguments,
  type ValidatorConstraintInterface,
} from 'class-validator';
import { AMOUNT_PATTERN, isCalendarDate, ITEM_REF_PATTERN, PARTICIPANT_ROLES, type ParticipantRole, type PlanContentInput } from '@accord/action-plans';
import { IsReferenceCode } from '@accord/reference-data';

const DECIMAL_PATTERN = /^-?(0|[1-9]\d{0,14})(\.\d{1,6})?$/;

@ValidatorConstraint({ name: 'isCalendarDate' })
export class CalendarDate implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value !== 'string' || isCalendarDate(value);
  }

  defaultMessage(args: ValidationArguments): string {
    return `${args.property} must be a calendar date written YYYY-MM-DD`;
  }
}

@ValidatorConstraint({ name: 'endsAfterStart' })
class EndsAfterStart implements ValidatorConstraintInterface {
  validate(end: unknown, args: ValidationArguments): boolean {
    const { start } = args.object as PeriodRequest;
    return typeof end !== 'string' || typeof start !== 'string' || !isCalendarDate(start) || !isCalendarDate(end) || end >= start;
  }

  defaultMessage(): string {
    return 'the period ends before it starts';
  }
}

@ValidatorConstraint({ name: 'isPositiveAmount' })
class PositiveAmount implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value !== 'string' || (AMOUNT_PATTERN.test(value) && /[1-9]/.test(value));
  }

  defaultMessage(args: ValidationArguments): string {
    return `${args.property} must be a positive decimal string with at most two places, e.g. "1500000.00"`;
  }
}

export class PeriodRequest {
  @ApiProperty({ example: '2027-01-01', format: 'date', maxLength: 10, description: 'First day, YYYY-MM-DD' })
  @IsString()
  @Validate(CalendarDate)
  start: string;

  @ApiProperty({ example: '2028-12-31', format: 'date', maxLength: 10, description: 'Last day, YYYY-MM-DD; not before start' })
  @IsString()
  @Validate(CalendarDate)
  @Validate(EndsAfterStart)
  end: string;
}

export class MoneyRequest {
  @ApiProperty({ example: '1500000.00', maxLength: 18, pattern: AMOUNT_PATTERN.source, description: 'A positive decimal string with at most two places (never a number)' })
  @IsString()
  @Validate(PositiveAmount)
  amount: string;

  @ApiProperty({ example: 'USD', maxLength: 3, description: 'ISO 4217 currency code known to the service' })
  @IsString()
  @IsReferenceCode('currency')
  currency: string;
}

export class ParticipantRequest {
  @ApiProperty({ example: 'GOV-HN', maxLength: 20 })
  @IsString()
  @IsReferenceCode('partner')
  partnerCode: string;

  @ApiProperty({ enum: PARTICIPANT_ROLES, example: 'IMPLEMENTING' })
  @IsIn(PARTICIPANT_ROLES)
  role: ParticipantRole;
}

export class ActivityRequest {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'A1',
    minLength: 1,
    maxLength: 40,
    pattern: ITEM_REF_PATTERN.source,
    description: 'What identifies the activity across versions, unique within the plan: send it back to revise this activity. Without one the service assigns `A1`, `A2`, …',
  })
  @IsOptional()
  @IsString()
  @Matches(ITEM_REF_PATTERN, { message: 'ref must be 1 to 40 visible ASCII characters' })
  ref?: string | null;

  @ApiProperty({ example: 'Model precincts', maxLength: 300 })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  title: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Train and equip three community police units.', maxLength: 5000 })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'HN', maxLength: 2 })
  @IsOptional()
  @IsString()
  @IsReferenceCode('country')
  country?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '15132', maxLength: 5, description: 'OECD-DAC purpose code' })
  @IsOptional()
  @IsString()
  @IsReferenceCode('dac_sector')
  sector?: string | null;

  @ApiPropertyOptional({ type: PeriodRequest, nullable: true })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => PeriodRequest)
  period?: PeriodRequest | null;

  @ApiPropertyOptional({ type: MoneyRequest, nullable: true })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => MoneyRequest)
  budget?: MoneyRequest | null;
}

export class IndicatorRequest {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'I1',
    minLength: 1,
    maxLength: 40,
    pattern: ITEM_REF_PATTERN.source,
    description: 'What identifies the indicator across versions, unique within the plan: send it back to revise this indicator. Without one the service assigns `I1`, `I2`, …',
  })
  @IsOptional()
  @IsString()
  @Matches(ITEM_REF_PATTERN, { message: 'ref must be 1 to 40 visible ASCII characters' })
  ref?: string | null;

  @ApiProperty({ example: 'Homicides per 100,000 people', maxLength: 300 })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  name: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'rate', maxLength: 50 })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  unit?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '38.0', maxLength: 23, pattern: DECIMAL_PATTERN.source, description: 'Decimal string' })
  @IsOptional()
  @Matches(DECIMAL_PATTERN, { message: 'baseline must be a decimal string, e.g. "38.0"' })
  baseline?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '30.0', maxLength: 23, pattern: DECIMAL_PATTERN.source, description: 'Decimal string' })
  @IsOptional()
  @Matches(DECIMAL_PATTERN, { message: 'target must be a decimal string, e.g. "30.0"' })
  target?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'date', maxLength: 10, example: '2028-12-31' })
  @IsOptional()
  @IsString()
  @Validate(CalendarDate)
  targetDate?: string | null;
}

/** The content of an action plan, as `POST /v1/plans` and `PUT /v1/plans/{id}` take it. */
export class PlanContentRequest implements PlanContentInput {
  @ApiProperty({ example: 'Community policing in San Pedro Sula', maxLength: 300 })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  title: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Model police precincts and youth outreach in three high-crime neighbourhoods.', maxLength: 10000 })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  summary?: string | null;

  @ApiProperty({ type: [String], maxItems: 7, maxLength: 2, example: ['HN'], description: 'Recipient countries (ISO 3166-1 alpha-2), at least one' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(7)
  @ArrayUnique()
  @IsString({ each: true })
  @IsReferenceCode('country', { each: true })
  countries: string[];

  @ApiProperty({ type: [String], maxItems: 5, maxLength: 50, example: ['SAFE_STREETS', 'STATE_PRESENCE'], description: 'CARSI goals claimed, at least one' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @ArrayUnique()
  @IsString({ each: true })
  @IsReferenceCode('goal', { each: true })
  goals: string[];

  @ApiPropertyOptional({ type: [String], nullable: true, maxItems: 3, maxLength: 50, example: ['PREVENTION'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(3)
  @ArrayUnique()
  @IsString({ each: true })
  @IsReferenceCode('program_area', { each: true })
  programAreas?: string[] | null;

  @ApiPropertyOptional({ type: [String], nullable: true, maxItems: 4, maxLength: 50, example: ['VIOLENCE_PREVENTION'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(4)
  @ArrayUnique()
  @IsString({ each: true })
  @IsReferenceCode('esca_component', { each: true })
  escaComponents?: string[] | null;

  @ApiProperty({ type: PeriodRequest })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => PeriodRequest)
  period: PeriodRequest;

  @ApiPropertyOptional({ type: [ParticipantRequest], maxItems: 50 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ParticipantRequest)
  participants?: ParticipantRequest[] | null;

  @ApiProperty({ type: [ActivityRequest], maxItems: 200, description: 'At least one' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ActivityRequest)
  activities: ActivityRequest[];

  @ApiProperty({ type: MoneyRequest })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => MoneyRequest)
  budget: MoneyRequest;

  @ApiPropertyOptional({ type: [IndicatorRequest], maxItems: 100 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => IndicatorRequest)
  indicators?: IndicatorRequest[] | null;

  @ApiPropertyOptional({ type: [String], format: 'uuid', maxLength: 36, maxItems: 50, description: 'Plans this consolidated plan replaces once approved' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  supersedes?: string[] | null;

  @ApiPropertyOptional({ type: [String], format: 'uuid', maxLength: 36, maxItems: 50, description: 'Plans this plan co-funds' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  coFunds?: string[] | null;
}
