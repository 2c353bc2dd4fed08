import { useState, type FormEvent } from 'react';
import { ok, type Plan } from '../api/client';
import { useCatalogue } from '../catalogue';
import { RecommendationBadge, StatusBadge } from '../components/Badges';
import { RefusalNotice } from '../components/Refusal';
import { money, statusWords } from '../format';
import { useLoad } from '../load';
import { Link, navigate } from '../router';
import { useApi } from '../session';

type Status = Plan['status'];
const STATUSES: Status[] = ['draft', 'submitted', 'in_review', 'awaiting_decision', 'changes_requested', 'approved', 'rejected', 'withdrawn', 'superseded'];
interface Filters {
  status?: Status;
  country?: string;
  goal?: string;
  partner?: string;
}

const isStatus = (value: string | null): value is Status => STATUSES.some((status) => status === value);

function filtersOf(query: URLSearchParams, ownPartner: string | null): Filters {
  const status = query.get('status');
  return {
    status: isStatus(status) ? status : undefined,
    country: query.get('country') ?? undefined,
    goal: query.get('goal') ?? undefined,
    // A partner's list is its own plans (led or joined) unless it asks for another partner's.
    partner: query.get('partner') ?? ownPartner ?? undefined,
  };
}

function queryOf(filters: Filters): string {
  const query = new URLSearchParams(Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1])));
  return query.size ? `?${query}` : '';
}

function PlanRow({ plan }: { plan: Plan }) {
  const { name } = useCatalogue();
  return (
    <li className="card">
      <h2>
        <Link to={`/plans/${plan.id}`}>{plan.title}</Link>
      </h2>
      <p className="facts-inline">
        <StatusBadge status={plan.status} /> <RecommendationBadge recommendation={plan.recommendation} />
        <span>Version {plan.version}</span>
        <span>Lead: {name('partners', plan.leadPartner)}</span>
        <span>{plan.countries.map((code) => name('countries', code)).join(', ')}</span>
        <span>{money(plan.budget)}</span>
      </p>
    </li>
  );
}

export function PlansPage({ query }: { query: URLSearchParams }) {
  const { api, session } = useApi();
  const { reference, name } = useCatalogue();
  const filters = filtersOf(query, session.role === 'partner' ? session.partnerCode : null);
  const key = queryOf(filters);
  const [later, setLater] = useState<{ items: Plan[]; nextCursor: string | null } | null>(null);
  const first = useLoad(async () => {
    setLater(null);
    return ok(await api.GET('/v1/plans', { params: { query: { ...filters, limit: 50 } } }));
    // The filters are the query string: `key` changes when they do.
  }, [api, key]);
  const more = async (cursor: string) => {
    const page = ok(await api.GET('/v1/plans', { params: { query: { ...filters, limit: 50, cursor } } }));
    setLater((previous) => ({ items: [...(previous?.items ?? []), ...page.items], nextCursor: page.nextCursor }));
  };
  const plans = [...(first.data?.items ?? []), ...(later?.items ?? [])];
  const next = later ? later.nextCursor : (first.data?.nextCursor ?? null);

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (field: string) => String(form.get(field) ?? '') || undefined;
    const status = value('status') ?? null;
    navigate(`/plans${queryOf({ status: isStatus(status) ? status : undefined, country: value('country'), goal: value('goal'), partner: value('partner') })}`);
  };

  const title =
    session.role === 'partner' && filters.partner === session.partnerCode
      ? 'Our plans'
      : [filters.goal && name('goals', filters.goal), filters.country && name('countries', filters.country)].filter(Boolean).join(' in ') || 'Plans';

  return (
    <>
      <h1>{title}</h1>
      <form className="filters" onSubmit={apply} key={key} aria-label="Filter the plans">
        <div className="field">
          <label htmlFor="filter-status">Status</label>
          <select id="filter-status" name="status" defaultValue={filters.status ?? ''}>
            <option value="">Any</option>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {statusWords(status)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-country">Country</label>
          <select id="filter-country" name="country" defaultValue={filters.country ?? ''}>
            <option value="">Any</option>
            {reference.countries.map((country) => (
              <option key={country.code} value={country.code}>
                {country.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-goal">Goal</label>
          <select id="filter-goal" name="goal" defaultValue={filters.goal ?? ''}>
            <option value="">Any</option>
            {reference.goals.map((goal) => (
              <option key={goal.code} value={goal.code}>
                {goal.name}
              </option>
            ))}
          </select>
        </div>
        <input type="hidden" name="partner" value={filters.partner ?? ''} />
        <button type="submit">Filter</button>
      </form>
      {first.error !== undefined && <RefusalNotice error={first.error} />}
      {first.loading && !first.data && <p role="status">Loading the plans…</p>}
      {first.data && plans.length === 0 && <p>No plan matches.</p>}
      <ul className="plans">
        {plans.map((plan) => (
          <PlanRow key={plan.id} plan={plan} />
        ))}
      </ul>
      {next && (
        <button type="button" onClick={() => void more(next)}>
          Show more
        </button>
      )}
    </>
  );
}
