import type { CheckResult, Finding } from '../api/client';
import { useCatalogue } from '../catalogue';
import { fieldLabel, shownAt } from '../fields';
import { statusWords } from '../format';
import { Link } from '../router';
import { CheckBadge } from './Badges';
import { FieldLink } from './FieldLink';

/** The other plan an overlap finding names: a link when the caller may see it, else its lead and what the two share. */
function RelatedPlan({ finding }: { finding: Finding }) {
  const { name } = useCatalogue();
  const related = finding.related;
  if (!finding.relatedPlanId || !related) return null;
  const shared = [
    related.sharedCountries?.length && `countries ${related.sharedCountries.map((code) => name('countries', code)).join(', ')}`,
    related.sharedSectors?.length && `sectors ${related.sharedSectors.map((code) => `${name('dacSectors', code)} (${code})`).join(', ')}`,
    related.sharedProgramAreas?.length && `program areas ${related.sharedProgramAreas.map((code) => name('programAreas', code)).join(', ')}`,
    related.overlappingPeriod && `${related.overlappingPeriod.start} to ${related.overlappingPeriod.end}`,
  ].filter(Boolean);
  return (
    <p className="related">
      {related.title ? <Link to={`/plans/${finding.relatedPlanId}`}>{related.title}</Link> : <span>A plan you may not open</span>}
      {related.leadPartner && `, led by ${related.leadPartner.name} (${related.leadPartner.code})`}
      {related.status && `, ${statusWords(related.status).toLowerCase()}`}; score {related.score}
      {shared.length > 0 && `; shares ${shared.join('; ')}`}
    </p>
  );
}

export function ChecksPanel({ checks, fields }: { checks: CheckResult[]; fields: ReadonlySet<string> }) {
  if (checks.length === 0) return <p>No check has run: the plan has not been submitted.</p>;
  return (
    <ul className="checks">
      {checks.map((check) => (
        <li key={check.type} className="check">
          <h3>
            <CheckBadge check={check} />
          </h3>
          {check.findings.length > 0 && (
            <ul className="findings">
              {check.findings.map((finding, index) => {
                const at = finding.path ? shownAt(finding.path, fields) : null;
                return (
                  <li key={index} className={`finding finding-${finding.severity}`}>
                    <span className="finding-severity">{finding.severity}</span> {finding.message}
                    {at && (
                      <>
                        {' '}
                        <FieldLink field={at}>at {fieldLabel(finding.path ?? at)}</FieldLink>
                      </>
                    )}
                    <RelatedPlan finding={finding} />
                  </li>
                );
              })}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
