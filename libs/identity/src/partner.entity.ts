import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { PARTNER_KINDS, type PartnerKind } from '@accord/reference-data';
import { uuidv7 } from '@accord/shared';

/** An organisation taking part in CARSI. Its `code` is how the API, plans and keys name it. */
@Entity({ tableName: 'partner' })
export class Partner {
  [OptionalProps]?: 'id' | 'createdAt' | 'country' | 'iatiOrgRef';

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'text', unique: true })
  code: string;

  @Property({ type: 'text' })
  name: string;

  @Enum({ items: () => PARTNER_KINDS, type: 'text' })
  kind: PartnerKind;

  @Property({ type: 'text', nullable: true })
  country: string | null = null;

  /** Its IATI organisation identifier: what IATI activities it leads are reported under. */
  @Property({ type: 'text', nullable: true })
  iatiOrgRef: string | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
