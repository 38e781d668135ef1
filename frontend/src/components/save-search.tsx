import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';

import { SavedSearchFields } from '@/components/saved-search-fields';
import { useSession } from '@/lib/auth/session';
import { useTranslation } from '@/lib/i18n/i18n';
import {
  SAVED_SEARCHES_KEY,
  saveSearch,
  searchQueryOf,
  type Frequency,
  type SavedSearchKind,
} from '@/lib/saved-searches';

/**
 * "Save this search" on a search page: a signed-in user names the search (its keywords by default)
 * and chooses daily, weekly or no e-mail alerts; a visitor is offered to sign in first. The search
 * saved is the page's own address (kind and parameters, without the page number); a new address
 * starts the form afresh.
 */
export function SaveSearch({ kind }: { kind: SavedSearchKind }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  return (
    <SaveSearchForm
      key={params.toString()}
      kind={kind}
      params={params}
      defaultName={params.get('q')?.trim() || t('savedSearch.allResults')}
    />
  );
}

function SaveSearchForm({
  kind,
  params,
  defaultName,
}: {
  kind: SavedSearchKind;
  params: URLSearchParams;
  defaultName: string;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const queryClient = useQueryClient();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [frequency, setFrequency] = useState<Frequency>('weekly');
  const save = useMutation({
    mutationFn: () =>
      saveSearch({ name: name.trim(), kind, query: searchQueryOf(params), frequency }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: SAVED_SEARCHES_KEY }),
  });

  if (session.isPending) return null;
  if (!session.isSignedIn) {
    const next = encodeURIComponent(location.pathname + location.search);
    return (
      <p className="save-search">
        <Link to={`/login?next=${next}`}>{t('savedSearch.signIn')}</Link>
      </p>
    );
  }
  if (save.isSuccess) {
    return (
      <p className="save-search" role="status">
        {t('savedSearch.saved')} <Link to="/me/saved-searches">{t('savedSearch.manage')}</Link>
      </p>
    );
  }
  if (!open) {
    return (
      <p className="save-search">
        <button
          type="button"
          title={t('savedSearch.saveTitle')}
          onClick={() => {
            setName(defaultName.slice(0, 100));
            setOpen(true);
          }}
        >
          {t('savedSearch.save')}
        </button>
      </p>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form className="save-search" aria-label={t('savedSearch.save')} onSubmit={submit}>
      <SavedSearchFields
        id={id}
        name={name}
        onName={setName}
        frequency={frequency}
        onFrequency={setFrequency}
        error={save.error}
      />
      <button type="submit" disabled={save.isPending}>
        {t('savedSearch.submit')}
      </button>{' '}
      <button type="button" onClick={() => setOpen(false)}>
        {t('savedSearch.cancel')}
      </button>
    </form>
  );
}
