import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUrl, MaxLength } from 'class-validator';
import { PageLimit } from '../http/paging';

export class RegisterWebhookRequest {
  @ApiProperty({ example: 'https://hooks.state.gov/accord', maxLength: 2000, description: 'An absolute http or https URL that accepts POST, on the public internet: a URL naming a loopback, private or reserved address is refused, and a host name that resolves to one is not called' })
  @IsString()
  @MaxLength(2000)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, { message: 'url must be an absolute http or https URL' })
  url: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Portfolio sync for the INL bureau', maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string | null;
}

export class ListWebhookDeliveriesRequest {
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 50 })
  @PageLimit()
  limit: number = 50;
}
