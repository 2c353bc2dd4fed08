import { Injectable } from '@nestjs/common';
import { registerDecorator, ValidatorConstraint, type ValidationArguments, type ValidationOptions, type ValidatorConstraintInterface } from 'class-validator';
import { REFERENCE_LISTS } from './reference-data';
import { ReferenceDataService, type CodeKind } from './reference-data.service';

const LABELS: Record<CodeKind, string> = {
  country: 'recipient country (ISO 3166-1 alpha-2)',
  goal: 'CARSI goal',
  program_area: 'program area',
  esca_component: 'ESCA component',
  dac_sector: 'OECD-DAC purpose code',
  currency: 'currency (ISO 4217)',
  partner: 'partner code',
};

/** A list this short is spelled out in the error; a longer one is only pointed to. */
const LISTED_BELOW = 30;

/** Checks a code against the reference data in the database. Needs class-validator's `useContainer`. */
@ValidatorConstraint({ name: 'isReferenceCode', async: true })
@Injectable()
export class ReferenceCodeConstraint implements ValidatorConstraintInterface {
  constructor(private readonly referenceData: ReferenceDataService) {}

  async validate(value: unknown, args: ValidationArguments): Promise<boolean> {
    const [kind] = args.constraints as [CodeKind];
    // Type errors are reported by the field's own type rule; this one speaks of codes only.
    return typeof value !== 'string' || (await this.referenceData.has(kind, value));
  }

  /** Names where the valid codes are listed and, for a short list, the codes themselves. */
  defaultMessage(args: ValidationArguments): string {
    const [kind] = args.constraints as [CodeKind];
    const where = kind === 'partner' ? 'GET /v1/partners' : `GET /v1/reference-data (${REFERENCE_LISTS[kind]})`;
    const codes = this.referenceData.knownCodes(kind);
    const listed = codes && codes.length > 0 && codes.length < LISTED_BELOW ? `: ${codes.join(', ')}` : '';
    // With `each`, the value is the whole list: only its unknown codes are wrong.
    const values: unknown[] = Array.isArray(args.value) ? args.value : [args.value];
    const unknown = values.filter((value) => typeof value === 'string' && !codes?.includes(value));
    return `${args.property} has an unknown ${LABELS[kind]}: ${unknown.map((value) => `"${String(value)}"`).join(', ')}; the valid codes are listed by ${where}${listed}`;
  }
}

export function IsReferenceCode(kind: CodeKind, options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({ target: target.constructor, propertyName: String(propertyName), options, constraints: [kind], validator: ReferenceCodeConstraint });
}
