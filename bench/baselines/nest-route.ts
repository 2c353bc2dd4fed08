/**
 * Baseline: a bare Nest application on the same Fastify adapter (same body limit) with the same two
 * routes a plan needs: `POST /v1/plans` validating a plan body with class-validator (the same shape,
 * nesting and rules as the API's request class; codes checked against constant lists instead of the
 * reference data) and `POST /v1/plans/:id/submit` with no body. No database, no queue, no auth: what
 * the HTTP layer alone can serve on this machine. Sends `{ready, port}` over IPC once listening.
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Body, Controller, HttpCode, Module, Param, Post, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
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
  ValidateNested,
} from 'class-validator';

const COUNTRIES = ['BZ', 'CR', 'SV', 'GT', 'HN', 'NI', 'PA'];
const GOALS = ['SAFE_STREETS', 'DISRUPT_TRAFFICKING', 'ACCOUNTABLE_GOVERNMENT', 'STATE_PRESENCE', 'REGIONAL_COOPERATION'];
const AREAS = ['LAW_ENFORCEMENT', 'JUSTICE_CAPACITY', 'PREVENTION'];
const ESCA = ['COMBAT_CRIME', 'VIOLENCE_PREVENTION', 'REHABILITATION_AND_PRISONS', 'INSTITUTIONAL_STRENGTHENING'];
const CURRENCIES = ['USD', 'EUR', 'CAD', 'GBP', 'MXN', 'COP', 'CLP', 'JPY', 'CHF', 'SEK', 'NOK', 'DKK', 'BZD', 'CRC', 'GTQ', 'HNL', 'NIO', 'PAB'];
const PARTNERS = ['US', 'CA', 'MX', 'CO', 'CL', 'ES', 'EU', 'OAS', 'UN', 'IDB', 'WB', 'SICA', ...COUNTRIES.map((country) => `GOV-${country}`)];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const AMOUNT = /^(0|[1-9]\d{0,14})(\.\d{1,2})?$/;
const DECIMAL = /^-?(0|[1-9]\d{0,14})(\.\d{1,6})?$/;

class PeriodDto {
  @IsString() @Matches(DATE) start: string;
  @IsString() @Matches(DATE) end: string;
}

class MoneyDto {
  @IsString() @Matches(AMOUNT) amount: string;
  @IsString() @IsIn(CURRENCIES) currency: string;
}

class ParticipantDto {
  @IsString() @IsIn(PARTNERS) partnerCode: string;
  @IsIn(['FUNDING', 'ACCOUNTABLE', 'EXTENDING', 'IMPLEMENTING']) role: string;
}

class ActivityDto {
  @IsString() @MinLength(1) @MaxLength(300) title: string;
  @IsOptional() @IsString() @MaxLength(5000) description?: string | null;
  @IsOptional() @IsString() @IsIn(COUNTRIES) country?: string | null;
  @IsOptional() @IsString() @Matches(/^\d{5}$/) sector?: string | null;
  @IsOptional() @IsObject() @ValidateNested() @Type(() => PeriodDto) period?: PeriodDto | null;
  @IsOptional() @IsObject() @ValidateNested() @Type(() => MoneyDto) budget?: MoneyDto | null;
}

class IndicatorDto {
  @IsString() @MinLength(1) @MaxLength(300) name: string;
  @IsOptional() @IsString() @MaxLength(50) unit?: string | null;
  @IsOptional() @Matches(DECIMAL) baseline?: string | null;
  @IsOptional() @Matches(DECIMAL) target?: string | null;
  @IsOptional() @IsString() @Matches(DATE) targetDate?: string | null;
}

class PlanDto {
  @IsString() @MinLength(1) @MaxLength(300) title: string;
  @IsOptional() @IsString() @MaxLength(10000) summary?: string | null;
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(7) @ArrayUnique() @IsString({ each: true }) @IsIn(COUNTRIES, { each: true }) countries: string[];
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(5) @ArrayUnique() @IsString({ each: true }) @IsIn(GOALS, { each: true }) goals: string[];
  @IsOptional() @IsArray() @ArrayMaxSize(3) @ArrayUnique() @IsString({ each: true }) @IsIn(AREAS, { each: true }) programAreas?: string[] | null;
  @IsOptional() @IsArray() @ArrayMaxSize(4) @ArrayUnique() @IsString({ each: true }) @IsIn(ESCA, { each: true }) escaComponents?: string[] | null;
  @IsDefined() @IsObject() @ValidateNested() @Type(() => PeriodDto) period: PeriodDto;
  @IsOptional() @IsArray() @ArrayMaxSize(50) @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => ParticipantDto) participants?: ParticipantDto[] | null;
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(200) @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => ActivityDto) activities: ActivityDto[];
  @IsDefined() @IsObject() @ValidateNested() @Type(() => MoneyDto) budget: MoneyDto;
  @IsOptional() @IsArray() @ArrayMaxSize(100) @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => IndicatorDto) indicators?: IndicatorDto[] | null;
  @IsOptional() @IsArray() @ArrayMaxSize(50) @ArrayUnique() @IsUUID('all', { each: true }) supersedes?: string[] | null;
  @IsOptional() @IsArray() @ArrayMaxSize(50) @ArrayUnique() @IsUUID('all', { each: true }) coFunds?: string[] | null;
}

@Controller('v1/plans')
class PlansController {
  @Post()
  create(@Body() body: PlanDto): { id: string; title: string; status: string } {
    return { id: randomUUID(), title: body.title, status: 'draft' };
  }

  @Post(':id/submit')
  @HttpCode(202)
  submit(@Param('id') id: string): { id: string; status: string } {
    return { id, status: 'submitted' };
  }
}

@Module({ controllers: [PlansController] })
class BaselineModule {}

async function main(): Promise<void> {
  const app = await NestFactory.create<NestFastifyApplication>(BaselineModule, new FastifyAdapter({ bodyLimit: 1024 * 1024, trustProxy: false }), { logger: false });
  app.useGlobalPipes(
    new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true, transformOptions: { exposeDefaultValues: true }, validationError: { target: false, value: false } }),
  );
  await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
  const address = app.getHttpServer().address() as { port: number };
  process.send?.({ ready: true, port: address.port });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
