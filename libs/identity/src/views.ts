import type { ApiKey } from './api-key.entity';
import type { Partner } from './partner.entity';

export interface PartnerView {
  code: string;
  name: string;
  kind: string;
  country: string | null;
  iatiOrgRef: string | null;
  createdAt: string;
}

export interface ApiKeyView {
  id: string;
  role: string;
  partnerCode: string | null;
  label: string;
  createdAt: string;
  revokedAt: string | null;
}

export const toPartnerView = (partner: Partner): PartnerView => ({
  code: partner.code,
  name: partner.name,
  kind: partner.kind,
  country: partner.country,
  iatiOrgRef: partner.iatiOrgRef,
  createdAt: partner.createdAt.toISOString(),
});

export const toApiKeyView = (key: ApiKey): ApiKeyView => ({
  id: key.id,
  role: key.role,
  partnerCode: key.partnerCode,
  label: key.label,
  createdAt: key.createdAt.toISOString(),
  revokedAt: key.revokedAt?.toISOString() ?? null,
});
