import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength, Validate, ValidateIf, ValidatorConstraint, type ValidationArguments, type ValidatorConstraintInterface } from 'class-validator';
import { PARTNER_KINDS, IsReferenceCode, type PartnerKind } from '@accord/reference-data';
import { ROLES, type Role } from '@accord/shared';

/** A recipient government names its country; no other kind of partner has one. */
@ValidatorConstraint({ name: 'partnerCountry' })
class PartnerCountry implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    return isGovernment(args) ? typeof value === 'string' : value === undefined || value === null;
  }

  defaultMessage(args: ValidationArguments): string {
    return isGovernment(args) ? 'country is required for a recipient government' : 'country is only for a recipient government';
  }
}

const isGovernment = (args: ValidationArguments) => (args.object as CreatePartnerRequest).kind === 'RECIPIENT_GOVERNMENT';

export class CreatePartnerRequest {
  @ApiProperty({ example: 'JP', maxLength: 20, pattern: '^[A-Z0-9][A-Z0-9-]{0,18}[A-Z0-9]$', description: 'Upper-case letters, digits and dashes, 2 to 20 characters, starting and ending with a letter or digit' })
  @Matches(/^[A-Z0-9][A-Z0-9-]{0,18}[A-Z0-9]$/, { message: 'code must be 2 to 20 upper-case letters, digits or dashes, starting and ending with a letter or digit' })
  code: string;

  @ApiProperty({ example: 'Japan', maxLength: 200 })
  @IsString()
  @Matches(/\S/, { message: 'name must not be blank' })
  @MaxLength(200)
  name: string;

  @ApiProperty({ enum: PARTNER_KINDS, example: 'DONOR_GOVERNMENT' })
  @IsIn(PARTNER_KINDS)
  kind: PartnerKind;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'HN',
    maxLength: 2,
    description: 'A recipient government’s country, required for that kind and refused for the others. A country has one government partner: it endorses the plans for that country',
  })
  @ValidateIf((request: CreatePartnerRequest) => request.kind === 'RECIPIENT_GOVERNMENT' || (request.country !== undefined && request.country !== null))
  @Validate(PartnerCountry)
  @IsReferenceCode('country')
  country?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 100,
    example: 'XM-DAC-46007',
    description: 'Its IATI organisation identifier; the IATI export reports the activities it leads under it (XI-ACCORD-<code> without one)',
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{1,99}$/, { message: 'iatiOrgRef must be an IATI organisation identifier: 2 to 100 letters, digits, dots, dashes or underscores' })
  iatiOrgRef?: string | null;
}

export class CreateApiKeyRequest {
  @ApiProperty({ enum: ROLES, example: 'partner' })
  @IsIn(ROLES)
  role: Role;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'US',
    maxLength: 20,
    description:
      'Required for partner and reviewer keys; absent for admin keys. A partner key’s organisation; a reviewer key’s affiliation, the organisation the reviewer works for: a reviewer may not decide on a plan that organisation leads or takes part in (403). A reviewer with no stake in any plan takes a partner created for its own organisation (POST /v1/admin/partners)',
  })
  @IsOptional()
  @IsString()
  @IsReferenceCode('partner')
  partnerCode?: string | null;

  @ApiProperty({ example: 'US State Department integration', maxLength: 200 })
  @IsString()
  @Matches(/\S/, { message: 'label must not be blank' })
  @MaxLength(200)
  label: string;
}
