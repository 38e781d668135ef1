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
