import { Query } from '@nestjs/cqrs';
import type { PartnerView } from '../views';

export class ListPartnersQuery extends Query<PartnerView[]> {}
