import { ArrayType } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { ReferenceKind } from './reference-data';

/** One code of a code list (countries, goals, program areas, ESCA components, DAC sectors, currencies). */
@Entity({ tableName: 'reference_code' })
export class ReferenceCode {
  @PrimaryKey({ type: 'text' })
  kind: ReferenceKind;

  @PrimaryKey({ type: 'text' })
  code: string;

  @Property({ type: 'text' })
  name: string;

  @Property({ type: ArrayType })
  goals: string[] = [];
}

/** US dollars per unit of a currency from a date on; the rate in force is the latest not after the day asked. */
@Entity({ tableName: 'exchange_rate' })
export class ExchangeRate {
  @PrimaryKey({ type: 'text' })
  currency: string;

  @PrimaryKey({ type: 'date' })
  validFrom: string;

  @Property({ type: 'decimal', precision: 24, scale: 12 })
  usdPerUnit: string;
}
