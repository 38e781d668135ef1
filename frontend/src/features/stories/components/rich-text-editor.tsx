import { useEffect, useRef } from 'react';

import { useTranslation, type TranslationKey } from '@/lib/i18n/i18n';

import '../i18n';
import { safeHref, toSubset } from '../utils/html';

type Command = { label: TranslationKey; command: string; argument?: string };

const COMMANDS: Command[] = [
  { label: 'stories.editor.paragraph', command: 'formatBlock', argument: 'p' },
  { label: 'stories.editor.heading', command: 'formatBlock', argument: 'h2' },
  { label: 'stories.editor.subheading', command: 'formatBlock', argument: 'h3' },
  { label: 'stories.editor.bold', command: 'bold' },
  { label: 'stories.editor.italic', command: 'italic' },
  { label: 'stories.editor.bulletList', command: 'insertUnorderedList' },
  { label: 'stories.editor.numberedList', command: 'insertOrderedList' },
  { label: 'stories.editor.quote', command: 'formatBlock', argument: 'blockquote' },
  { label: 'stories.editor.link', command: 'createLink' },
];

/**
 * The story body: a contenteditable limited to the contract's subset, with a toolbar for paragraph,
 * headings, bold, italic, lists, quote and link (no library: the browser's editing commands, and
 * what they produce is mapped back onto the subset on every change).
 */
export function RichTextEditor({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  editorRef,
  readOnly = false,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (html: string) => void;
  error?: string | undefined;
  hint?: string;
  editorRef?: (element: HTMLDivElement | null) => void;
  readOnly?: boolean;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement | null>(null);
  const shown = useRef<string | null>(null);

  // Only an outside change (a reload, a reset) rewrites the DOM, so the caret stays while typing.
  useEffect(() => {
    if (ref.current && value !== shown.current) {
      const clean = toSubset(value);
      ref.current.innerHTML = clean;
      shown.current = value;
    }
  }, [value]);

  const emit = () => {
    if (!ref.current) return;
    const html = toSubset(ref.current.innerHTML);
    shown.current = html;
    onChange(html);
  };

  const exec = (command: string, argument?: string) => {
    ref.current?.focus();
    document.execCommand(command, false, argument);
    emit();
  };

  const run = (command: Command) => {
    if (command.command === 'createLink') {
      const href = safeHref(window.prompt(t('stories.editor.linkPrompt')) ?? '');
      if (href) exec('createLink', href);
    } else {
      exec(command.command, command.argument);
    }
  };

  const describedBy =
    [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

  return (
    <div className="field rich-text-field">
      <span id={`${id}-label`} className="field-label">
        {label}
      </span>
      {readOnly ? null : (
        <div
          className="rich-text-toolbar"
          role="toolbar"
          aria-label={t('stories.editor.toolbar')}
          aria-controls={id}
        >
          {COMMANDS.map((command) => (
            <button
              key={command.label}
              type="button"
              className="secondary"
              // keep the selection in the editor
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => run(command)}
            >
              {t(command.label)}
            </button>
          ))}
        </div>
      )}
      <div
        id={id}
        ref={(element) => {
          ref.current = element;
          editorRef?.(element);
        }}
        className="rich-text"
        role="textbox"
        tabIndex={0}
        aria-multiline="true"
        aria-labelledby={`${id}-label`}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        aria-readonly={readOnly ? true : undefined}
        contentEditable={!readOnly}
        suppressContentEditableWarning
        onInput={emit}
        onBlur={emit}
      />
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
    </div>
  );
}
