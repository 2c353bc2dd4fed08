import { DomainError } from '@accord/shared';

export class PartnerCodeTakenError extends DomainError {
  constructor(code: string) {
    super('PARTNER.CODE_TAKEN', 'conflict', `a partner with code ${code} already exists`);
  }
}

export class IatiOrgRefTakenError extends DomainError {
  constructor(ref: string) {
    super('PARTNER.IATI_ORG_REF_TAKEN', 'conflict', `another partner already has the IATI organisation reference ${ref}`);
  }
}

/** A country's government partner endorses the plans for it: a second one would take that over unseen. */
export class CountryHasGovernmentError extends DomainError {
  constructor(country: string) {
    super('PARTNER.COUNTRY_HAS_GOVERNMENT', 'conflict', `${country} already has a government partner, which endorses the plans for it`);
  }
}

export class ApiKeyNotFoundError extends DomainError {
  constructor(id: string) {
    super('API_KEY.NOT_FOUND', 'not_found', `api key ${id} was not found`);
  }
}
