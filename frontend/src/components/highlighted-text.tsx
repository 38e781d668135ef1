import { parseHighlight } from '@/lib/highlight';

/** Renders a search-highlight fragment: text stays text, marked spans become <mark>. */
export function HighlightedText({ text }: { text: string }) {
  return (
    <>
      {parseHighlight(text).map((segment, index) =>
        segment.marked ? <mark key={index}>{segment.text}</mark> : segment.text,
      )}
    </>
  );
}

/**
 * A search hit's summary: the matching fragments of its text, marks shown, joined by an ellipsis;
 * without fragments the plain `summary` when there is one.
 */
export function HighlightedSummary({
  fragments,
  summary,
}: {
  fragments: readonly string[];
  summary?: string | null | undefined;
}) {
  if (fragments.length === 0) {
    return summary ? <p className="result-summary">{summary}</p> : null;
  }
  return (
    <p className="result-summary">
      {fragments.map((fragment, index) => (
        <span key={index}>
          {index > 0 ? ' … ' : null}
          <HighlightedText text={fragment} />
        </span>
      ))}
    </p>
  );
}
