import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { parseHighlight } from '@/lib/highlight';

import { HighlightedText } from './highlighted-text';

describe('parseHighlight', () => {
  it('splits marked and plain segments', () => {
    expect(parseHighlight('a\uE000b\uE001c\uE000d\uE001')).toEqual([
      { text: 'a', marked: false },
      { text: 'b', marked: true },
      { text: 'c', marked: false },
      { text: 'd', marked: true },
    ]);
  });
});

describe('HighlightedText', () => {
  it('escapes HTML in the data and wraps marked spans in <mark>', () => {
    const { container } = render(
      <p>
        <HighlightedText text={'<img src=x onerror=alert(1)>\uE000留守儿童\uE001 & <b>关爱</b>'} />
      </p>,
    );
    const p = container.querySelector('p')!;
    expect(p.querySelector('img')).toBeNull();
    expect(p.querySelector('b')).toBeNull();
    expect(p.textContent).toBe('<img src=x onerror=alert(1)>留守儿童 & <b>关爱</b>');
    const marks = p.querySelectorAll('mark');
    expect(marks).toHaveLength(1);
    expect(marks[0]).toHaveTextContent('留守儿童');
    expect(p.innerHTML).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('renders text without markers unchanged', () => {
    const { container } = render(<HighlightedText text="无标记" />);
    expect(container.querySelector('mark')).toBeNull();
    expect(container).toHaveTextContent('无标记');
  });
});
