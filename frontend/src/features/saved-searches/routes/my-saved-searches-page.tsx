import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';

import { ErrorMessage } from '@/components/error-message';
import { Loading } from '@/components/loading';
import { SavedSearchFields } from '@/components/saved-search-fields';
import { useTranslation } from '@/lib/i18n/i18n';
import { type Frequency, type SavedSearch } from '@/lib/saved-searches';

import {
  useDeleteSavedSearch,
  useSavedSearches,
  useUpdateSavedSearch,
} from '../api/saved-searches';
import '../i18n';

/** Where each kind's search page is: a saved search opens there with its parameters. */
const SEARCH_PAGES: Record<string, string> = {
  all: '/search',
  project: '/projects',
  opening: '/openings',
  call: '/calls',
  organisation: '/organisations',
  story: '/stories',
};

function searchUrl(search: SavedSearch): string {
  const page = SEARCH_PAGES[search.kind] ?? '/projects';
  return search.query ? `${page}?${search.query}` : page;
}

function conditions(query: string): string {
  const parts: string[] = [];
  new URLSearchParams(query).forEach((value, name) => parts.push(`${name}=${value}`));
  return parts.join(' · ');
}

function EditForm({ search, onDone }: { search: SavedSearch; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const update = useUpdateSavedSearch();
  const [name, setName] = useState(search.name);
  const [frequency, setFrequency] = useState<Frequency>(search.frequency as Frequency);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(
      {
        id: search.id,
        body: {
          name: name.trim(),
          kind: search.kind,
          query: search.query,
          frequency,
          version: search.version,
        },
      },
      { onSuccess: onDone },
    );
  };
  return (
    <form onSubmit={submit} aria-label={t('savedSearches.edit')}>
      <SavedSearchFields
        id={id}
        name={name}
        onName={setName}
        frequency={frequency}
        onFrequency={setFrequency}
        error={update.error}
      />
      <button type="submit" disabled={update.isPending}>
        {t('savedSearches.save')}
      </button>{' '}
      <button type="button" onClick={onDone}>
        {t('savedSearches.cancel')}
      </button>
    </form>
  );
}

function SavedSearchItem({ search }: { search: SavedSearch }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const remove = useDeleteSavedSearch();
  const kindKey = (
    ['all', 'project', 'opening', 'call', 'organisation', 'story'].includes(search.kind)
      ? search.kind
      : 'all'
  ) as 'all';
  return (
    <li className="saved-search">
      <h2>{search.name}</h2>
      <p>
        {t(`savedSearches.kind.${kindKey}`)} ·{' '}
        {t('savedSearches.conditions', {
          conditions: conditions(search.query) || t('savedSearches.noConditions'),
        })}
      </p>
      <p>
        {t('savedSearches.frequencyNow', {
          frequency: t(`savedSearch.${search.frequency as Frequency}`),
        })}
      </p>
      {editing ? (
        <EditForm search={search} onDone={() => setEditing(false)} />
      ) : (
        <p className="actions">
          <Link to={searchUrl(search)}>{t('savedSearches.open')}</Link>{' '}
          <button type="button" onClick={() => setEditing(true)}>
            {t('savedSearches.edit')}
          </button>{' '}
          <button
            type="button"
            disabled={remove.isPending}
            onClick={() => {
              if (window.confirm(t('savedSearches.confirmDelete', { name: search.name }))) {
                remove.mutate(search.id);
              }
            }}
          >
            {t('savedSearches.delete')}
          </button>
        </p>
      )}
      {remove.isError ? <ErrorMessage error={remove.error} /> : null}
    </li>
  );
}

/** `/me/saved-searches`: the signed-in user's saved searches, to open, rename, re-time or delete. */
export function MySavedSearchesPage() {
  const { t } = useTranslation();
  const searches = useSavedSearches();
  return (
    <div className="saved-searches-page">
      <title>{`${t('savedSearches.title')} · ${t('app.name')}`}</title>
      <h1>{t('savedSearches.title')}</h1>
      <p>{t('savedSearches.intro')}</p>
      {searches.isPending ? <Loading label={t('search.loading')} /> : null}
      {searches.isError ? (
        <ErrorMessage error={searches.error} onRetry={() => void searches.refetch()} />
      ) : null}
      {searches.data && searches.data.length === 0 ? <p>{t('savedSearches.empty')}</p> : null}
      {searches.data && searches.data.length > 0 ? (
        <ul className="saved-search-list" role="list" aria-label={t('savedSearches.listLabel')}>
          {searches.data.map((search) => (
            <SavedSearchItem key={search.id} search={search} />
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export default MySavedSearchesPage;
