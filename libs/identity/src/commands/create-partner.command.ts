import { Command } from '@nestjs/cqrs';
import type { PartnerKind } from '@accord/reference-data';
import type { PartnerView } from '../views';

export class CreatePartnerCommand extends Command<PartnerView> {
  constructor(
    readonly code: string,
    readonly name: string,
    readonly kind: PartnerKind,
    readonly country: string | null,
    readonly iatiOrgRef: string | null = null,
  ) {
    super();
  }
}
