import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class WithdrawPlanRequest {
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Merged into the regional plan led by SICA.', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string | null;
}
