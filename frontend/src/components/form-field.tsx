import type { ComponentProps, ReactNode } from 'react';

type Common = { id: string; label: string; error?: string | undefined; hint?: ReactNode };

function describedBy(id: string, error: string | undefined, hint: ReactNode) {
  return (
    [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
  );
}

function Messages({ id, error, hint }: Omit<Common, 'label'>) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </>
  );
}

/**
 * A labelled input whose hint and error are announced with it (aria-describedby). The rest of the
 * props (a react-hook-form registration: name, onChange, onBlur, ref) go to the input.
 */
export function TextField({
  id,
  label,
  error,
  hint,
  ...input
}: Common & Omit<ComponentProps<'input'>, 'id'>) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        {...input}
      />
      <Messages id={id} error={error} hint={hint} />
    </div>
  );
}

export function TextAreaField({
  id,
  label,
  error,
  hint,
  ...textarea
}: Common & Omit<ComponentProps<'textarea'>, 'id'>) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        {...textarea}
      />
      <Messages id={id} error={error} hint={hint} />
    </div>
  );
}

export function SelectField({
  id,
  label,
  error,
  hint,
  children,
  ...select
}: Common & Omit<ComponentProps<'select'>, 'id'>) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        {...select}
      >
        {children}
      </select>
      <Messages id={id} error={error} hint={hint} />
    </div>
  );
}

/** Messages that belong to no single field (the server's detail, unknown fields). */
export function FormAlert({ messages }: { messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <div className="error-message" role="alert">
      {messages.map((message, index) => (
        <p key={index}>{message}</p>
      ))}
    </div>
  );
}
