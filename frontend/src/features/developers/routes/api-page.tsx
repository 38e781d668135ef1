import { ErrorMessage } from '@/components/error-message';
import { Loading } from '@/components/loading';
import { buildUrl } from '@/lib/api-client';
import { useTranslation } from '@/lib/i18n/i18n';

import {
  API_DOCUMENT_PATH,
  METHODS,
  useApiDocument,
  type ApiDocument,
  type Operation,
  type SchemaRef,
} from '../api/get-api-document';

const schemaName = (ref: string) => ref.replace('#/components/schemas/', '');
const anchor = (name: string) => `schema-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** A type as a reader wants it: a link to a record, `string`, `integer (int64)`, `Hit[]`… */
function TypeOf({ schema }: { schema: SchemaRef | undefined }) {
  if (!schema) return <code>–</code>;
  if (schema.$ref) {
    const name = schemaName(schema.$ref);
    return (
      <a href={`#${anchor(name)}`}>
        <code>{name}</code>
      </a>
    );
  }
  if (schema.type === 'array') {
    return (
      <>
        <TypeOf schema={schema.items} />
        <code>[]</code>
      </>
    );
  }
  const text = `${schema.type ?? 'object'}${schema.format ? ` (${schema.format})` : ''}`;
  return <code>{schema.nullable ? `${text}?` : text}</code>;
}

function firstSchema(content: Record<string, { schema?: SchemaRef | undefined }> | undefined) {
  const [mediaType, body] = Object.entries(content ?? {})[0] ?? [];
  return mediaType ? { mediaType, schema: body?.schema } : undefined;
}

function OperationView({
  method,
  path,
  operation,
}: {
  method: string;
  path: string;
  operation: Operation;
}) {
  const { t } = useTranslation();
  const body = firstSchema(operation.requestBody?.content);
  const id = `${method}-${path}`.replace(/[^A-Za-z0-9_-]/g, '-');
  return (
    <article className="api-operation" aria-labelledby={id}>
      <h3 id={id}>
        <span className={`api-method api-method-${method}`}>{method.toUpperCase()}</span>{' '}
        <code>{path}</code>
      </h3>
      {operation.summary ? <p>{operation.summary}</p> : null}
      {operation.parameters?.length ? (
        <table>
          <caption>{t('apiDocs.parameters')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('apiDocs.name')}</th>
              <th scope="col">{t('apiDocs.in')}</th>
              <th scope="col">{t('apiDocs.type')}</th>
            </tr>
          </thead>
          <tbody>
            {operation.parameters.map((parameter) => (
              <tr key={`${parameter.in}-${parameter.name}`}>
                <td>
                  <code>{parameter.name}</code>
                  {parameter.required ? ' *' : ''}
                </td>
                <td>{parameter.in}</td>
                <td>
                  <TypeOf schema={parameter.schema} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {body ? (
        <p>
          {t('apiDocs.body')}: <TypeOf schema={body.schema} />{' '}
          <span className="muted">{body.mediaType}</span>
        </p>
      ) : null}
      <ul className="api-responses" aria-label={t('apiDocs.responses')}>
        {Object.entries(operation.responses ?? {}).map(([status, response]) => {
          const answer = firstSchema(response.content);
          return (
            <li key={status}>
              <code>{status}</code> {answer ? <TypeOf schema={answer.schema} /> : null}
            </li>
          );
        })}
      </ul>
    </article>
  );
}

function group(path: string) {
  const segments = path.split('/').filter(Boolean);
  return segments[0] === 'api' ? (segments[1] ?? 'api') : (segments[0] ?? '/');
}

function Document({ document }: { document: ApiDocument }) {
  const { t } = useTranslation();
  const groups = new Map<string, { method: string; path: string; operation: Operation }[]>();
  for (const [path, item] of Object.entries(document.paths).sort(([a], [b]) =>
    a.localeCompare(b),
  )) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const name = group(path);
      groups.set(name, [...(groups.get(name) ?? []), { method, path, operation }]);
    }
  }
  const schemas = Object.entries(document.components?.schemas ?? {}).sort(([a], [b]) =>
    a.localeCompare(b),
  );
  return (
    <>
      <p>
        {document.info.title} · {t('apiDocs.version', { version: document.info.version })} · OpenAPI{' '}
        {document.openapi}
      </p>
      {document.info.description ? <p>{document.info.description}</p> : null}
      {[...groups.entries()].map(([name, operations]) => (
        <section key={name} aria-labelledby={`group-${name}`}>
          <h2 id={`group-${name}`}>{name}</h2>
          {operations.map(({ method, path, operation }) => (
            <OperationView
              key={`${method} ${path}`}
              method={method}
              path={path}
              operation={operation}
            />
          ))}
        </section>
      ))}
      <section aria-labelledby="schemas-heading">
        <h2 id="schemas-heading">{t('apiDocs.schemas')}</h2>
        {schemas.map(([name, schema]) => (
          <article
            key={name}
            id={anchor(name)}
            className="api-schema"
            aria-labelledby={`${anchor(name)}-name`}
          >
            <h3 id={`${anchor(name)}-name`}>
              <code>{name}</code>
            </h3>
            {schema.description ? <p>{schema.description}</p> : null}
            {schema.properties ? (
              <ul>
                {Object.entries(schema.properties).map(([property, type]) => (
                  <li key={property}>
                    <code>{property}</code>
                    {schema.required?.includes(property) ? ' *' : ''}: <TypeOf schema={type} />
                  </li>
                ))}
              </ul>
            ) : null}
          </article>
        ))}
      </section>
    </>
  );
}

/** A readable page of the API contract, drawn from the document the backend serves. */
export function ApiPage() {
  const { t } = useTranslation();
  const document = useApiDocument();
  return (
    <div className="api-page">
      <title>{`${t('apiDocs.title')} · ${t('app.name')}`}</title>
      <h1>{t('apiDocs.title')}</h1>
      <p>
        {t('apiDocs.intro')} <a href={buildUrl(API_DOCUMENT_PATH)}>{API_DOCUMENT_PATH}</a>
      </p>
      <p className="muted">{t('apiDocs.required')}</p>
      {document.isPending ? <Loading label={t('search.loading')} /> : null}
      {document.isError ? (
        <ErrorMessage error={document.error} onRetry={() => void document.refetch()} />
      ) : null}
      {document.data ? <Document document={document.data} /> : null}
    </div>
  );
}

export default ApiPage;
