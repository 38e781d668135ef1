import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';

import { LANGUAGE_STORAGE_KEY } from '@/lib/i18n/i18n';
import { problem } from '@/testing/handlers';
import { server } from '@/testing/server';
import { renderWithRouter } from '@/testing/test-utils';

import { SiteSearch } from './site-search';

const asked: string[] = [];

const SUGGESTIONS: Record<string, { text: string; kind: string }[]> = {
  留守: [
    { text: '留守儿童周末陪伴计划', kind: 'project' },
    { text: '留守儿童课业辅导志愿者', kind: 'opening' },
    { text: '留守儿童关爱专项资助', kind: 'call' },
  ],
  liushou: [{ text: '留守儿童周末陪伴计划', kind: 'project' }],
};

beforeEach(() => {
  asked.length = 0;
  server.use(
    http.get('*/api/search/suggest', ({ request }) => {
      const q = new URL(request.url).searchParams.get('q') ?? '';
      asked.push(q);
      return HttpResponse.json(SUGGESTIONS[q] ?? []);
    }),
  );
});

const box = () => screen.getByRole('combobox', { name: '搜索全站' });

describe('SiteSearch suggestions', () => {
  it('suggests titles of every kind once typing pauses, as a combobox with a listbox', async () => {
    renderWithRouter(<SiteSearch />, '/');
    expect(box()).toHaveAttribute('aria-expanded', 'false');
    // Keystrokes in a row, no pause between them (nothing runs between the two changes).
    fireEvent.change(box(), { target: { value: '留' } });
    fireEvent.change(box(), { target: { value: '留守' } });

    const list = await screen.findByRole('listbox', { name: '搜索建议' });
    const options = within(list).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      '留守儿童周末陪伴计划项目',
      '留守儿童课业辅导志愿者志愿岗位',
      '留守儿童关爱专项资助资助申报',
    ]);
    expect(box()).toHaveAttribute('aria-expanded', 'true');
    expect(box()).toHaveAttribute('aria-controls', list.id);
    expect(box()).toHaveAttribute('aria-autocomplete', 'list');
    // Asked once for what was typed, not once per keystroke.
    expect(asked).toEqual(['留守']);
  });

  it('moves through the suggestions with the arrow keys and runs the search for one with Enter', async () => {
    const { user, location } = renderWithRouter(<SiteSearch />, '/projects');
    await user.type(box(), '留守');
    const list = await screen.findByRole('listbox');
    const options = within(list).getAllByRole('option');

    await user.keyboard('{ArrowDown}');
    expect(box()).toHaveAttribute('aria-activedescendant', options[0]!.id);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(box()).toHaveAttribute('aria-activedescendant', options[0]!.id);
    await user.keyboard('{ArrowUp}');
    expect(box()).toHaveAttribute('aria-activedescendant', options[2]!.id);
    expect(options[2]).toHaveAttribute('aria-selected', 'true');
    expect(options[0]).toHaveAttribute('aria-selected', 'false');

    await user.keyboard('{Enter}');
    expect(location().pathname).toBe('/search');
    expect(new URLSearchParams(location().search).get('q')).toBe('留守儿童关爱专项资助');
    expect(box()).toHaveValue('留守儿童关爱专项资助');
    expect(box()).toHaveAttribute('aria-expanded', 'false');
    expect(box()).not.toHaveAttribute('aria-activedescendant');
  });

  it('on /search, a suggestion chosen by mouse keeps the kind and filters, back at page 1', async () => {
    const { user, location } = renderWithRouter(
      <SiteSearch />,
      '/search?q=社工&kind=project&category=dibao&page=3',
    );
    await user.clear(box());
    await user.type(box(), 'liushou');
    await user.click(await screen.findByRole('option', { name: /留守儿童周末陪伴计划/ }));
    expect(location().search).toBe(
      `?q=${encodeURIComponent('留守儿童周末陪伴计划')}&kind=project&category=dibao`,
    );
  });

  it('closes the list with Escape and then searches for the text as typed', async () => {
    const { user, location } = renderWithRouter(<SiteSearch />, '/');
    await user.type(box(), '留守');
    await screen.findByRole('listbox');
    await user.keyboard('{ArrowDown}{Escape}');
    expect(box()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(box()).toHaveValue('留守');

    await user.keyboard('{Enter}');
    expect(location().pathname).toBe('/search');
    expect(new URLSearchParams(location().search).get('q')).toBe('留守');
  });

  it('reopens the list with the down arrow after Escape', async () => {
    const { user } = renderWithRouter(<SiteSearch />, '/');
    await user.type(box(), '留守');
    await screen.findByRole('listbox');
    await user.keyboard('{Escape}');
    expect(box()).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{ArrowDown}');
    expect(box()).toHaveAttribute('aria-expanded', 'true');
  });

  it('asks nothing for blank text, and shows no list when nothing or an error comes back', async () => {
    const { user, location } = renderWithRouter(<SiteSearch />, '/');
    await user.type(box(), '   ');
    await user.type(box(), '没有');
    await waitFor(() => expect(asked.at(-1)).toBe('没有'));
    expect(asked.filter((q) => q.trim() === '')).toEqual([]);
    expect(box()).toHaveAttribute('aria-expanded', 'false');

    server.use(http.get('*/api/search/suggest', () => problem(503, '搜索暂不可用', '请稍后再试')));
    await user.clear(box());
    await user.type(box(), '社工');
    await user.keyboard('{Enter}');
    expect(new URLSearchParams(location().search).get('q')).toBe('社工');
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('names the list and the kinds in English', async () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    const { user } = renderWithRouter(<SiteSearch />, '/');
    const input = screen.getByRole('combobox', { name: 'Search the site' });
    await user.type(input, '留守');
    const list = await screen.findByRole('listbox', { name: 'Suggestions' });
    expect(
      within(list)
        .getAllByRole('option')
        .map((o) => o.lastChild?.textContent),
    ).toEqual(['Project', 'Volunteer opening', 'Funding call']);
  });

  it('has no accessibility violations with the list open', async () => {
    const { user, container } = renderWithRouter(<SiteSearch />, '/');
    await user.type(box(), '留守');
    await screen.findByRole('listbox');
    await user.keyboard('{ArrowDown}');
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});
