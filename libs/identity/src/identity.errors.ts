import { DomainError } from '@accord/shared';

export class PartnerCodeTakenError extends DomainError {
  constructor(code: string) {
    super('PARTNER.CODE_TAKEN', 'conflict', `a partner with code ${code} already exists`);
  }
}

export class ApiKeyNotFoundError extends DomainError {
  constructor(id: string) {
    super('API_KEY.NOT_FOUND', 'not_found', `api key ${id} was not found`);
  }
}
