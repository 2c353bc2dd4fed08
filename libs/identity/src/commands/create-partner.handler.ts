import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ReferenceDataService } from '@accord/reference-data';
import { CountryHasGovernmentError, IatiOrgRefTakenError, PartnerCodeTakenError } from '../identity.errors';
import { Partner } from '../partner.entity';
import { toPartnerView, type PartnerView } from '../views';
import { CreatePartnerCommand } from './create-partner.command';

@CommandHandler(CreatePartnerCommand)
export class CreatePartnerHandler implements ICommandHandler<CreatePartnerCommand> {
  constructor(
    private readonly em: EntityManager,
    private readonly referenceData: ReferenceDataService,
  ) {}

  async execute({ code, name, kind, country, iatiOrgRef }: CreatePartnerCommand): Promise<PartnerView> {
    const em = this.em.fork();
    const partner = em.create(Partner, { code, name, kind, country, iatiOrgRef });
    try {
      await em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException && iatiOrgRef && /iati_org_ref/.test(error.message)) throw new IatiOrgRefTakenError(iatiOrgRef);
      if (error instanceof UniqueConstraintViolationException && country && /partner_government_country_key/.test(error.message)) throw new CountryHasGovernmentError(country);
      if (error instanceof UniqueConstraintViolationException) throw new PartnerCodeTakenError(code);
      throw error;
    }
    this.referenceData.invalidate();
    return toPartnerView(partner);
  }
}
