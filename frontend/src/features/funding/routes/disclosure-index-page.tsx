import { Link, useSearchParams } from 'react-router';

import { ErrorMessage } from '@/components/error-message';
import { Loading } from '@/components/loading';
import { Pagination } from '@/components/pagination';
import { formatFen } from '@/lib/format';
import { stripHighlight } from '@/lib/highlight';
import { useTranslation } from '@/lib/i18n/i18n';

import { useSearchCalls } from '../api/calls';
import { PAYMENTS_CSV } from '../api/disclosure';
import { callStateLabel } from '../components/labels';
import '../i18n';
import { parseCallSearch } from '../utils/call-search-params';

/**
 * `/disclosure` (资金公示): where the money headline numbers lead. Their awards are those of the
 * public calls (published or closed), so this page lists those calls, each to its disclosure page
 * with every approved award and payment, and offers every approved payment as one CSV.
 */
export default function DisclosureIndexPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const { page } = parseCallSearch(params);
  const calls = useSearchCalls({
    q: '',
    region: undefined,
    targetGroups: [],
    fundingTypes: [],
    programmes: [],
    closingSoon: false,
    page,
  });
  const toPage = (next: number) => {
    const changed = new URLSearchParams(params);
    if (next > 1) changed.set('page', String(next));
    else changed.delete('page');
    setParams(changed);
  };
  return (
    <div className="disclosure-index">
      <title>{`${t('funding.disclosure.title')} · ${t('app.name')}`}</title>
      <h1>{t('funding.disclosure.title')}</h1>
      <p>{t('funding.disclosure.indexIntro')}</p>
      <p>
        <a href={PAYMENTS_CSV} download data-testid="payments-csv">
          {t('funding.disclosure.paymentsCsv')}
        </a>
      </p>
      {calls.isPending ? (
        <Loading label={t('funding.loading')} />
      ) : calls.isError ? (
        <ErrorMessage error={calls.error} onRetry={() => void calls.refetch()} />
      ) : calls.data.items.length === 0 ? (
        <p className="empty">{t('funding.disclosure.noCalls')}</p>
      ) : (
        <>
          <h2>{t('funding.disclosure.callsHeading', { count: calls.data.total })}</h2>
          <ul className="result-list" role="list">
            {calls.data.items.map((call) => (
              <li key={call.id} data-call-id={call.id}>
                <Link to={`/disclosure/calls/${call.id}`}>
                  {t('funding.disclosure.ofCall', { title: stripHighlight(call.title) })}
                </Link>
                <p className="result-org">
                  {[
                    call.organisationName,
                    callStateLabel(t, call.state),
                    `${t('funding.disclosure.pool')} ${formatFen(call.poolFen)}`,
                  ].join(' · ')}
                </p>
              </li>
            ))}
          </ul>
          <Pagination
            page={calls.data.page + 1}
            pages={Math.ceil(calls.data.total / Math.max(calls.data.size, 1))}
            onPage={toPage}
          />
        </>
      )}
    </div>
  );
}
