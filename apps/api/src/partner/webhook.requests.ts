import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUrl, MaxLength, ValidateBy, type ValidationOptions } from 'class-validator';
import { PageLimit } from '../http/paging';

const URL_REASON = 'url must be an absolute http or https URL';

/**
 * The URL parses as the worker's HTTP client will parse it. `IsUrl` checks its own grammar and lets
 * through host names that the WHATWG parser refuses (a U+FFFD left by a body that was not UTF-8, for
 * one): the registration's address check threw on them (a 500), and with private addresses allowed
 * they would fail only at delivery.
 */
function ParsesAsUrl(options: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'parsesAsUrl', validator: { validate: (value: unknown) => typeof value === 'string' && URL.canParse(value) } }, options);
}

/** Deliveries prove themselves by their signature; a password in the URL would be stored and listed in clear. */
function WithoutCredentials(options: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'withoutCredentials', validator: { validate: (value: unknown) => typeof value !== 'string' || !URL.canParse(value) || (!new URL(value).username && !new URL(value).password) } },
    options,
  );
}

export class RegisterWebhookRequest {
  @ApiProperty({ example: 'https://hooks.state.gov/accord', maxLength: 2000, description: 'An absolute http or https URL that accepts POST, on the public internet: a URL naming a loopback, private or reserved address is refused, and a host name that resolves to one is not called' })
  @IsString()
  @MaxLength(2000)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, { message: URL_REASON })
  @ParsesAsUrl({ message: URL_REASON })
  @WithoutCredentials({ message: 'url must not carry a user name or password: deliveries are signed with the webhook’s secret' })
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
