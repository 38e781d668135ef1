/** The search API marks matches with these private-use characters instead of HTML. */
export const HIGHLIGHT_START = '\uE000';
export const HIGHLIGHT_END = '\uE001';

export type HighlightSegment = { text: string; marked: boolean };

/**
 * Splits a highlighted fragment into plain and marked segments. The text is never parsed as
 * HTML: React renders each segment as text, so markup in the data stays visible, not active.
 */
export function parseHighlight(fragment: string): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let marked = false;
  let buffer = '';
  const flush = () => {
    if (buffer) segments.push({ text: buffer, marked });
    buffer = '';
  };
  for (const char of fragment) {
    if (char === HIGHLIGHT_START) {
      flush();
      marked = true;
    } else if (char === HIGHLIGHT_END) {
      flush();
      marked = false;
    } else {
      buffer += char;
    }
  }
  flush();
  return segments;
}

export function stripHighlight(fragment: string): string {
  return fragment.replaceAll(HIGHLIGHT_START, '').replaceAll(HIGHLIGHT_END, '');
}
