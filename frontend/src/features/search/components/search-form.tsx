import { useState, type FormEvent } from 'react';

import { useTranslation } from '@/lib/i18n/i18n';

export function SearchForm({ q, onSearch }: { q: string; onSearch: (q: string) => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(q);
  const [lastQ, setLastQ] = useState(q);
  // Follow the URL when it changes underneath us (back/forward).
  if (q !== lastQ) {
    setLastQ(q);
    setValue(q);
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSearch(value.trim());
  };

  return (
    <form role="search" className="search-form" onSubmit={submit}>
      <label htmlFor="search-q">{t('search.queryLabel')}</label>
      <div className="search-row">
        <input
          id="search-q"
          type="search"
          name="q"
          value={value}
          maxLength={200}
          placeholder={t('search.queryPlaceholder')}
          onChange={(event) => setValue(event.target.value)}
        />
        <button type="submit">{t('search.submit')}</button>
      </div>
    </form>
  );
}
