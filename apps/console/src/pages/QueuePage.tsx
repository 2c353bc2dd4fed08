import { useState } from 'react';
import { ok, type Schemas } from '../api/client';
import { useCatalogue } from '../catalogue';
import { CheckBadge, RecommendationBadge } from '../components/Badges';
import { RefusalNotice } from '../components/Refusal';
import { age, dateTime } from '../format';
import { useLoad } from '../load';
import { Link } from '../router';
import { useApi } from '../session';

type QueueItem = Schemas['ReviewQueueItemResponse'];

/** Whether the revision addressed what the last request for changes cited: `2 cited: 1 field changed, 1 not`. */
function citedWords(cited: QueueItem['citedThreads']): string {
  const changed = cited.filter((thread) => thread.changed).length;
  return `${cited.length} cited: ${changed} field${changed === 1 ? '' : 's'} changed, ${cited.length - changed} not`;
}

function QueueEntry({ item }: { item: QueueItem }) {
  const { name } = useCatalogue();
  return (
    <li className="card queue-item">
      <h2>
        <Link to={`/plans/${item.id}`}>{item.title}</Link>
      </h2>
      <dl className="facts">
        <div>
          <dt>Lead</dt>
          <dd>{name('partners', item.leadPartner)}</dd>
        </div>
        <div>
          <dt>Countries</dt>
          <dd>{item.countries.map((code) => name('countries', code)).join(', ')}</dd>
        </div>
        <div>
          <dt>Waiting</dt>
          <dd>
            {age(item.ageSeconds)} <span className="muted">since {dateTime(item.awaitingSince)}</span>
            {item.overdue && <span className="badge overdue">Overdue</span>}
          </dd>
        </div>
        <div>
          <dt>Recommendation</dt>
          <dd>
            <RecommendationBadge recommendation={item.recommendation} />
          </dd>
        </div>
        <div>
          <dt>Approvals</dt>
          <dd>
            {item.approvals.length} of {item.approvalsRequired}
          </dd>
        </div>
        <div>
          <dt>Round</dt>
          <dd>
            {item.round} <span className="muted">(version {item.version})</span>
          </dd>
        </div>
        <div>
          <dt>Open threads</dt>
          <dd>{item.openThreads}</dd>
        </div>
        {item.citedThreads.length > 0 && (
          <div>
            <dt>Cited threads</dt>
            <dd>{citedWords(item.citedThreads)}</dd>
          </div>
        )}
      </dl>
      <ul className="checks-glance" aria-label="Checks">
        {item.checks.map((check) => (
          <li key={check.type}>
            <CheckBadge check={check} />
          </li>
        ))}
      </ul>
    </li>
  );
}

/** Plans awaiting a decision, oldest wait first, as the service orders them. */
export function QueuePage() {
  const { api } = useApi();
  const first = useLoad(async () => ok(await api.GET('/v1/review/queue', { params: { query: { limit: 50 } } })), [api]);
  const [later, setLater] = useState<{ items: QueueItem[]; nextCursor: string | null } | null>(null);
  const more = async (cursor: string) => {
    const page = ok(await api.GET('/v1/review/queue', { params: { query: { limit: 50, cursor } } }));
    setLater((previous) => ({ items: [...(previous?.items ?? []), ...page.items], nextCursor: page.nextCursor }));
  };
  const items = [...(first.data?.items ?? []), ...(later?.items ?? [])];
  const next = later ? later.nextCursor : (first.data?.nextCursor ?? null);

  return (
    <>
      <h1>Review queue</h1>
      <p>Plans awaiting a decision, the longest waiting first.</p>
      {first.error !== undefined && <RefusalNotice error={first.error} />}
      {first.loading && !first.data && <p role="status">Loading the queue…</p>}
      {first.data && items.length === 0 && <p>No plan awaits a decision.</p>}
      <ol className="queue">
        {items.map((item) => (
          <QueueEntry key={item.id} item={item} />
        ))}
      </ol>
      {next && (
        <button type="button" onClick={() => void more(next)}>
          Show more
        </button>
      )}
    </>
  );
}
