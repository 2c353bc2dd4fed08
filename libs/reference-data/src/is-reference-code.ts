import { Injectable } from '@nestjs/common';
import { registerDecorator, ValidatorConstraint, type ValidationArguments, type ValidationOptions, type ValidatorConstraintInterface } from 'class-validator';
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

  defaultMessage(args: ValidationArguments): string {
    const [kind] = args.constraints as [CodeKind];
    return `${args.property} has an unknown ${LABELS[kind]}: "${String(args.value)}"`;
  }
}

export function IsReferenceCode(kind: CodeKind, options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({ target: target.constructor, propertyName: String(propertyName), options, constraints: [kind], validator: ReferenceCodeConstraint });
}
