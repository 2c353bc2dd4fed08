import type { MouseEvent, ReactNode } from 'react';
import { fieldId } from '../fields';

/** A link to a field of the page that moves the focus there too, so the keyboard continues from the field. */
export function FieldLink({ field, children }: { field: string; children: ReactNode }) {
  const go = (event: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(fieldId(field));
    if (!target) return;
    event.preventDefault();
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
  };
  return (
    <a href={`#${fieldId(field)}`} onClick={go}>
      {children}
    </a>
  );
}
