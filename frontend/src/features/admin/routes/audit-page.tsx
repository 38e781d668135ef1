import { useMemo, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';

import { ErrorMessage } from '@/components/error-message';
import { Loading } from '@/components/loading';
import { Pagination } from '@/components/pagination';
import { useTranslation } from '@/lib/i18n/i18n';

import {
  AUDIT_ACTIONS,
  AUDIT_OBJECT_TYPES,
  AUDIT_PAGE_SIZE,
  useAuditLog,
  type AuditFilter,
} from '../api/get-audit-log';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseFilter(params: URLSearchParams): AuditFilter {
  const get = (name: string) => params.get(name)?.trim() || undefined;
  const date = (name: string) => {
    const value = get(name);
    return value && DATE.test(value) ? value : undefined;
  };
  return {
    action: get('action'),
    objectType: get('objectType'),
    objectId: get('objectId'),
    from: date('from'),
    to: date('to'),
    page: Math.max(1, Number(params.get('page')) || 1),
  };
}

function toParams(filter: AuditFilter): Record<string, string> {
  const params: Record<string, string> = {};
  for (const key of ['action', 'objectType', 'objectId', 'from', 'to'] as const) {
    const value = filter[key];
    if (value) params[key] = value;
  }
  if (filter.page > 1) params.page = String(filter.page);
  return params;
}

function detailText(detail: unknown): string {
  if (detail == null) return '';
  return typeof detail === 'string' ? detail : JSON.stringify(detail);
}

export function AuditPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => parseFilter(params), [params]);
  const log = useAuditLog(filter);
  const pages = log.data ? Math.max(1, Math.ceil(log.data.total / AUDIT_PAGE_SIZE)) : 1;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => {
      const v = form.get(name);
      return typeof v === 'string' && v.trim() ? v.trim() : undefined;
    };
    setParams(
      toParams({
        action: value('action'),
        objectType: value('objectType'),
        objectId: value('objectId'),
        from: value('from'),
        to: value('to'),
        page: 1,
      }),
    );
  };

  return (
    <div className="admin-page audit-page">
      <title>{`${t('audit.title')} · ${t('app.name')}`}</title>
      <h1>{t('audit.title')}</h1>
      <form className="form filters-row" onSubmit={submit} key={params.toString()}>
        <div className="field">
          <label htmlFor="audit-action">{t('audit.action')}</label>
          <select id="audit-action" name="action" defaultValue={filter.action ?? ''}>
            <option value="">{t('search.anyRegion')}</option>
            {AUDIT_ACTIONS.map((action) => (
              <option key={action} value={action}>
                {action}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-object-type">{t('audit.objectType')}</label>
          <select id="audit-object-type" name="objectType" defaultValue={filter.objectType ?? ''}>
            <option value="">{t('search.anyRegion')}</option>
            {AUDIT_OBJECT_TYPES.map((type) => (
              <option key={type} value={type}>
                {type}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-object-id">{t('audit.objectId')}</label>
          <input id="audit-object-id" name="objectId" defaultValue={filter.objectId ?? ''} />
        </div>
        <div className="field">
          <label htmlFor="audit-from">{t('audit.from')}</label>
          <input id="audit-from" name="from" type="date" defaultValue={filter.from ?? ''} />
        </div>
        <div className="field">
          <label htmlFor="audit-to">{t('audit.to')}</label>
          <input id="audit-to" name="to" type="date" defaultValue={filter.to ?? ''} />
        </div>
        <button type="submit">{t('audit.apply')}</button>
      </form>
      {log.isPending ? <Loading label={t('search.loading')} /> : null}
      {log.isError ? <ErrorMessage error={log.error} onRetry={() => void log.refetch()} /> : null}
      {log.data ? (
        <>
          <p role="status">{t('audit.count', { count: log.data.total })}</p>
          <div className="table-scroll">
            <table>
              <caption className="visually-hidden">{t('audit.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('audit.at')}</th>
                  <th scope="col">{t('audit.actor')}</th>
                  <th scope="col">{t('audit.action')}</th>
                  <th scope="col">{t('audit.object')}</th>
                  <th scope="col">{t('audit.detail')}</th>
                </tr>
              </thead>
              <tbody>
                {log.data.items.map((entry) => (
                  <tr key={entry.id}>
                    <td>{entry.at.replace('T', ' ').slice(0, 19)}</td>
                    <td>{entry.actorName ?? entry.actorId ?? ''}</td>
                    <td>{entry.action}</td>
                    <td>
                      {entry.objectType ?? ''} {entry.objectId ?? ''}
                    </td>
                    <td>{detailText(entry.detail)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination
            page={filter.page}
            pages={pages}
            onPage={(page) => setParams(toParams({ ...filter, page }))}
          />
        </>
      ) : null}
    </div>
  );
}

export default AuditPage;
