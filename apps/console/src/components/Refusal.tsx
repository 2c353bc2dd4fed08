import { refusalOf } from '../refusals';

/** A refusal in words; for a conflict or a stale plan, a button that reloads it. */
export function RefusalNotice({ error, onReload }: { error: unknown; onReload?: () => void }) {
  const refusal = refusalOf(error);
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">{refusal.title}</p>
      <p>{refusal.sentence}</p>
      {refusal.reload && onReload && (
        <button type="button" onClick={onReload}>
          Reload the plan
        </button>
      )}
    </div>
  );
}
