import { useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';

import { useTranslation } from '@/lib/i18n/i18n';

/**
 * The search box in the header of every page: it searches every kind at `/search`. On that page it
 * shows the keywords of the URL, and a new search there keeps the kind and filters chosen.
 */
export function SiteSearch() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const onSearchPage = location.pathname === '/search';
  const urlQ = onSearchPage ? (new URLSearchParams(location.search).get('q') ?? '') : '';
  const [value, setValue] = useState(urlQ);
  const [lastQ, setLastQ] = useState(urlQ);
  // Follow the URL when it changes underneath us (back/forward, a cleared search).
  if (urlQ !== lastQ) {
    setLastQ(urlQ);
    setValue(urlQ);
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const params = new URLSearchParams(onSearchPage ? location.search : '');
    params.delete('page');
    const q = value.trim();
    if (q) params.set('q', q);
    else params.delete('q');
    const query = params.toString();
    void navigate(query ? `/search?${query}` : '/search');
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
      <input
        id="site-search-q"
        type="search"
        name="q"
        value={value}
        maxLength={100}
        enterKeyHint="search"
        placeholder={t('siteSearch.placeholder')}
        onChange={(event) => setValue(event.target.value)}
      />
      {/* Named after the whole site, so that it differs from a page's own search button. */}
      <button type="submit" aria-label={t('siteSearch.label')}>
        {t('siteSearch.submit')}
      </button>
    </form>
  );
}
