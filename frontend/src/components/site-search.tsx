import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';

import { useTranslation, type TranslationKey } from '@/lib/i18n/i18n';
import { useSuggestions } from '@/lib/suggestions';

const KINDS = ['project', 'opening', 'call', 'organisation', 'story'];

/**
 * The search box in the header of every page: it searches every kind at `/search`. On that page it
 * shows the keywords of the URL, and a new search there keeps the kind and filters chosen.
 *
 * As the user types it suggests titles and names (a combobox: arrow keys move through the list,
 * Enter runs the search for the suggestion chosen, Escape closes the list); choosing one runs the
 * search for it.
 */
export function SiteSearch() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const listId = useId();
  const onSearchPage = location.pathname === '/search';
  const urlQ = onSearchPage ? (new URLSearchParams(location.search).get('q') ?? '') : '';
  const [value, setValue] = useState(urlQ);
  const [lastQ, setLastQ] = useState(urlQ);
  // Whether the list may show: only while the user types, not for the URL's keywords.
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // Follow the URL when it changes underneath us (back/forward, a cleared search).
  if (urlQ !== lastQ) {
    setLastQ(urlQ);
    setValue(urlQ);
    setOpen(false);
  }
  const suggestions = useSuggestions(open ? value : '');
  const expanded = open && suggestions.length > 0;
  const optionId = (index: number) => `${listId}-${index}`;

  const search = (text: string) => {
    setOpen(false);
    setActive(-1);
    const params = new URLSearchParams(onSearchPage ? location.search : '');
    params.delete('page');
    const q = text.trim();
    if (q) params.set('q', q);
    else params.delete('q');
    const query = params.toString();
    void navigate(query ? `/search?${query}` : '/search');
  };

  const choose = (text: string) => {
    setValue(text);
    search(text);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    search(value);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = suggestions.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!expanded) {
        if (value.trim()) setOpen(true);
        return;
      }
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) =>
        current < 0 && step < 0 ? count - 1 : (current + step + count) % count,
      );
    } else if (event.key === 'Enter' && expanded && active >= 0 && active < count) {
      event.preventDefault();
      choose(suggestions[active]!.text);
    } else if (event.key === 'Escape' && expanded) {
      // Closes the list only; the browser's own Escape (clearing the box) waits for the next one.
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  return (
    <form
      role="search"
      className="site-search"
      aria-label={t('siteSearch.label')}
      onSubmit={submit}
    >
      <label htmlFor="site-search-q" className="visually-hidden">
        {t('siteSearch.label')}
      </label>
      <div className="site-search-box">
        <input
          id="site-search-q"
          type="search"
          name="q"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          autoComplete="off"
          value={value}
          maxLength={100}
          enterKeyHint="search"
          placeholder={t('siteSearch.placeholder')}
          onChange={(event) => {
            setValue(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            setOpen(false);
            setActive(-1);
          }}
        />
        <ul
          id={listId}
          role="listbox"
          className="suggestions"
          aria-label={t('siteSearch.suggestions')}
          hidden={!expanded}
        >
          {expanded
            ? suggestions.map((suggestion, index) => (
                // The keyboard reaches the options through the box (aria-activedescendant).
                // eslint-disable-next-line jsx-a11y/click-events-have-key-events
                <li
                  key={`${index}-${suggestion.kind}-${suggestion.text}`}
                  id={optionId(index)}
                  role="option"
                  aria-selected={index === active}
                  // Keeps the focus in the box, so that the click below still finds the list open.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => choose(suggestion.text)}
                >
                  <span className="suggestion-text">{suggestion.text}</span>
                  {KINDS.includes(suggestion.kind) ? (
                    <span className="suggestion-kind">
                      {t(`siteSearch.kinds.${suggestion.kind}` as TranslationKey)}
                    </span>
                  ) : null}
                </li>
              ))
            : null}
        </ul>
      </div>
      {/* Named after the whole site, so that it differs from a page's own search button. */}
      <button type="submit" aria-label={t('siteSearch.label')}>
        {t('siteSearch.submit')}
      </button>
    </form>
  );
}
