import { useState } from 'react';
import { ApiError, ok, type Schemas } from '../api/client';
import { useCatalogue } from '../catalogue';
import { RefusalNotice } from '../components/Refusal';
import { amount, coordinationWords, dateTime, HEAT_STEPS, heatStep, shortUsd, statusWords } from '../format';
import { useLoad } from '../load';
import { Link } from '../router';
import { useApi } from '../session';

type Cell = Schemas['CoverageCellResponse'];
type Cluster = Schemas['OverlapClusterResponse'];

function HeatMap({ cells }: { cells: Cell[] }) {
  const { reference } = useCatalogue();
  const byKey = new Map(cells.map((cell) => [`${cell.goal}:${cell.country}`, cell]));
  const largest = Math.max(0, ...cells.map((cell) => Number(cell.approved.usd)));
  const bound = (step: number) => shortUsd(String((largest * step) / HEAT_STEPS));

  return (
    <>
      <div className="table-scroll" role="region" aria-labelledby="heatmap-caption" tabIndex={0}>
        <table className="heatmap">
          <caption id="heatmap-caption">Approved funding in USD by CARSI goal and country; the pipeline (submitted, in review, awaiting a decision) apart</caption>
          <thead>
            <tr>
              <th scope="col">Goal</th>
              {reference.countries.map((country) => (
                <th scope="col" key={country.code}>
                  {country.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {reference.goals.map((goal) => (
              <tr key={goal.code}>
                <th scope="row">{goal.name}</th>
                {reference.countries.map((country) => {
                  const cell = byKey.get(`${goal.code}:${country.code}`);
                  const usd = cell ? Number(cell.approved.usd) : 0;
                  const plans = cell?.approved.plans ?? 0;
                  const pipeline = cell ? Number(cell.pipeline.usd) : 0;
                  const label = `${goal.name} in ${country.name}: ${usd > 0 ? `${amount(cell?.approved.usd ?? '0')} USD approved in ${plans} plan${plans === 1 ? '' : 's'}` : 'nothing approved'}${pipeline > 0 ? `; ${amount(cell?.pipeline.usd ?? '0')} USD in the pipeline` : ''}`;
                  return (
                    <td key={country.code} className={`heat heat-${heatStep(usd, largest)}`}>
                      <Link to={`/plans?goal=${goal.code}&country=${country.code}`} data-cell={`${goal.code}:${country.code}`}>
                        <span className="visually-hidden">{label}</span>
                        <span className="heat-usd" aria-hidden="true">
                          {usd > 0 ? shortUsd(String(usd)) : '—'}
                        </span>
                        {pipeline > 0 && (
                          <span className="heat-pipeline" aria-hidden="true">
                            +{shortUsd(String(pipeline))} pipeline
                          </span>
                        )}
                      </Link>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="legend" aria-label="Colour scale of approved USD">
        <li>
          <span className="swatch heat-0" aria-hidden="true" /> nothing approved
        </li>
        {Array.from({ length: HEAT_STEPS }, (_, index) => index + 1).map((step) => (
          <li key={step}>
            <span className={`swatch heat-${step}`} aria-hidden="true" /> {largest > 0 ? `up to ${bound(step)}` : `step ${step}`}
          </li>
        ))}
      </ul>
    </>
  );
}

function Gaps({ gaps }: { gaps: Schemas['GapResponse'][] }) {
  const { name } = useCatalogue();
  if (gaps.length === 0) return <p>No gap: every goal in every country has approved funding.</p>;
  return (
    <div className="table-scroll" role="region" aria-label="Gaps table" tabIndex={0}>
      <table className="gaps">
        <thead>
          <tr>
            <th scope="col">Goal</th>
            <th scope="col">Country</th>
            <th scope="col">Gap</th>
            <th scope="col">Approved USD</th>
            <th scope="col">Share of the region</th>
            <th scope="col">Pipeline USD</th>
          </tr>
        </thead>
        <tbody>
          {gaps.map((gap) => (
            <tr key={`${gap.goal}:${gap.country}`}>
              <td>{name('goals', gap.goal)}</td>
              <td>{name('countries', gap.country)}</td>
              <td>{gap.severity}</td>
              <td className="number">{amount(gap.approvedUsd)}</td>
              <td className="number">{(gap.share * 100).toFixed(1)} %</td>
              <td className="number">{amount(gap.pipelineUsd)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function OverlapCluster({ cluster }: { cluster: Cluster }) {
  const { name } = useCatalogue();
  const list = (codes: string[], kind: 'countries' | 'dacSectors' | 'programAreas') => (codes.length ? codes.map((code) => name(kind, code)).join(', ') : '—');
  return (
    <li className="card">
      <ul className="plain">
        {cluster.plans.map((plan) => (
          <li key={plan.id}>
            {plan.title ? <Link to={`/plans/${plan.id}`}>{plan.title}</Link> : <span>A plan you may not open</span>}
            {plan.leadPartner && `, led by ${name('partners', plan.leadPartner)}`}
            {plan.status && ` (${statusWords(plan.status).toLowerCase()})`}
            {plan.budgetUsd && `, ${amount(plan.budgetUsd)} USD`}
          </li>
        ))}
      </ul>
      <dl className="facts">
        <div>
          <dt>Score</dt>
          <dd>{cluster.maxScore}</dd>
        </div>
        <div>
          <dt>Shared countries</dt>
          <dd>{list(cluster.sharedCountries, 'countries')}</dd>
        </div>
        <div>
          <dt>Shared sectors</dt>
          <dd>{list(cluster.sharedSectors, 'dacSectors')}</dd>
        </div>
        <div>
          <dt>Shared program areas</dt>
          <dd>{list(cluster.sharedProgramAreas, 'programAreas')}</dd>
        </div>
        <div>
          <dt>Overlapping period</dt>
          <dd>{cluster.period ? `${cluster.period.start} to ${cluster.period.end}` : '—'}</dd>
        </div>
        <div>
          <dt>Combined budget</dt>
          <dd>{amount(cluster.combinedBudgetUsd)} USD</dd>
        </div>
        <div>
          <dt>Suggested action</dt>
          <dd>{coordinationWords(cluster.suggestedAction)}</dd>
        </div>
        <div>
          <dt>Resolution</dt>
          <dd>{cluster.resolution ? `${coordinationWords(cluster.resolution.action)}: “${cluster.resolution.note}” (${dateTime(cluster.resolution.decidedAt)})` : 'Not yet resolved'}</dd>
        </div>
      </dl>
    </li>
  );
}

/** Downloads the IATI export: it needs the key in a header, so it is fetched, then saved from memory. */
function IatiDownload() {
  const { session } = useApi();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    setError(null);
    try {
      const response = await fetch('/v1/portfolio/iati', { headers: { Authorization: `Bearer ${session.token}` } });
      if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => undefined));
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = `accord-iati-activities-${new Date().toISOString().slice(0, 10)}.xml`;
      link.click();
      URL.revokeObjectURL(url);
    } catch (refused) {
      setError(refused);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" onClick={() => void download()} disabled={busy}>
        {busy ? 'Preparing the file…' : 'Download the IATI 2.03 activities (XML)'}
      </button>
      {error !== null && <RefusalNotice error={error} />}
    </>
  );
}

export function PortfolioPage() {
  const { api } = useApi();
  const loaded = useLoad(async () => {
    const [coverage, gaps, overlaps] = await Promise.all([api.GET('/v1/portfolio/coverage'), api.GET('/v1/portfolio/gaps'), api.GET('/v1/portfolio/overlaps')]);
    return { coverage: ok(coverage), gaps: ok(gaps), overlaps: ok(overlaps) };
  }, [api]);

  return (
    <>
      <h1>Portfolio</h1>
      {loaded.error !== undefined && <RefusalNotice error={loaded.error} />}
      {!loaded.data ? (
        loaded.error === undefined && <p role="status">Loading the portfolio…</p>
      ) : (
        <>
          <p>
            Approved: {amount(loaded.data.coverage.totals.approvedUsd)} USD; in the pipeline: {amount(loaded.data.coverage.totals.pipelineUsd)} USD. A cell opens its plans.
          </p>
          <section aria-labelledby="heatmap-heading">
            <h2 id="heatmap-heading">Where the money goes</h2>
            <HeatMap cells={loaded.data.coverage.cells} />
          </section>
          <section aria-labelledby="gaps-heading">
            <h2 id="gaps-heading">Gaps</h2>
            <Gaps gaps={loaded.data.gaps.gaps} />
          </section>
          <section aria-labelledby="overlaps-heading">
            <h2 id="overlaps-heading">Overlapping plans</h2>
            {loaded.data.overlaps.length === 0 ? (
              <p>No plans overlap.</p>
            ) : (
              <ul className="clusters">
                {loaded.data.overlaps.map((cluster) => (
                  <OverlapCluster key={cluster.plans.map((plan) => plan.id).join()} cluster={cluster} />
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="iati-heading">
            <h2 id="iati-heading">IATI export</h2>
            <p>The approved plans as IATI 2.03 activities, valid against the IATI schema.</p>
            <IatiDownload />
          </section>
        </>
      )}
    </>
  );
}
