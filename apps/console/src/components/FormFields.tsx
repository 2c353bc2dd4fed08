import type { ReactNode } from 'react';
import { fieldId } from '../fields';

/** The problems shown at a field, and the ids that tie them to its input for assistive technology. */
function shownProblems(field: string, problems: string[] | undefined) {
  const id = fieldId(field);
  const errorId = `${id}-error`;
  const messages = problems ?? [];
  return {
    id,
    invalid: messages.length > 0,
    describedBy: (help?: string) => [help && `${id}-help`, messages.length > 0 && errorId].filter(Boolean).join(' ') || undefined,
    errors:
      messages.length > 0 ? (
        <p className="field-error" id={errorId}>
          {messages.join('; ')}
        </p>
      ) : null,
  };
}

interface InputProps {
  field: string;
  label: string;
  value: string;
  onChange(value: string): void;
  problems?: string[];
  help?: string;
  type?: 'text' | 'date';
  inputMode?: 'decimal';
  multiline?: boolean;
  required?: boolean;
}

export function TextField({ field, label, value, onChange, problems, help, type = 'text', inputMode, multiline, required }: InputProps) {
  const shown = shownProblems(field, problems);
  const common = {
    id: shown.id,
    value,
    'aria-invalid': shown.invalid || undefined,
    'aria-describedby': shown.describedBy(help),
    'aria-required': required || undefined,
  };
  return (
    <div className="field">
      <label htmlFor={shown.id}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {multiline ? <textarea {...common} rows={3} onChange={(event) => onChange(event.target.value)} /> : <input {...common} type={type} inputMode={inputMode} onChange={(event) => onChange(event.target.value)} />}
      {help && (
        <p className="help" id={`${shown.id}-help`}>
          {help}
        </p>
      )}
      {shown.errors}
    </div>
  );
}

interface SelectProps {
  field: string;
  label: string;
  value: string;
  onChange(value: string): void;
  options: { code: string; name: string }[];
  problems?: string[];
  /** The choice that stands for no value, when the field is optional. */
  empty?: string;
  required?: boolean;
}

export function SelectField({ field, label, value, onChange, options, problems, empty, required }: SelectProps) {
  const shown = shownProblems(field, problems);
  return (
    <div className="field">
      <label htmlFor={shown.id}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      <select id={shown.id} value={value} onChange={(event) => onChange(event.target.value)} aria-invalid={shown.invalid || undefined} aria-describedby={shown.describedBy()} aria-required={required || undefined}>
        {empty !== undefined && <option value="">{empty}</option>}
        {options.map((option) => (
          <option key={option.code} value={option.code}>
            {option.name}
          </option>
        ))}
      </select>
      {shown.errors}
    </div>
  );
}

interface ChoicesProps {
  field: string;
  legend: string;
  values: string[];
  onChange(values: string[]): void;
  options: { code: string; name: string }[];
  problems?: string[];
  help?: string;
  required?: boolean;
}

/** A group of checkboxes for a list of codes, in the order of the code list. */
export function ChoicesField({ field, legend, values, onChange, options, problems, help, required }: ChoicesProps) {
  const shown = shownProblems(field, problems);
  const toggle = (code: string, on: boolean) => onChange(options.map((option) => option.code).filter((candidate) => (candidate === code ? on : values.includes(candidate))));
  return (
    <fieldset className="choices" id={shown.id} tabIndex={-1} aria-describedby={shown.describedBy(help)}>
      <legend>
        {legend}
        {required && <span aria-hidden="true"> *</span>}
      </legend>
      {help && (
        <p className="help" id={`${shown.id}-help`}>
          {help}
        </p>
      )}
      <div className="choice-grid">
        {options.map((option) => (
          <div className="choice" key={option.code}>
            <input type="checkbox" id={`${shown.id}-${option.code}`} checked={values.includes(option.code)} onChange={(event) => toggle(option.code, event.target.checked)} />
            <label htmlFor={`${shown.id}-${option.code}`}>{option.name}</label>
          </div>
        ))}
      </div>
      {shown.errors}
    </fieldset>
  );
}

/** A titled group of fields (an activity, an indicator) with its own problems, such as a missing item. */
export function Group({ field, legend, problems, children, actions }: { field: string; legend: string; problems?: string[]; children: ReactNode; actions?: ReactNode }) {
  const shown = shownProblems(field, problems);
  return (
    <fieldset className="group" id={shown.id} tabIndex={-1} aria-describedby={shown.describedBy()}>
      <legend>{legend}</legend>
      {shown.errors}
      {children}
      {actions}
    </fieldset>
  );
}
