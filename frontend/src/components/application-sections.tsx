import { formatFen } from '@/lib/format';

const TEXT_SECTIONS = ['need', 'objectives', 'activities', 'beneficiaries'] as const;

/** The parts of an application the funder and the reviewer both read. */
export type ApplicationContent = {
  need?: string | null;
  objectives?: string | null;
  activities?: string | null;
  beneficiaries?: string | null;
  budgetLines: { category: string; description?: string | null; amountFen: number }[];
  indicators: {
    id?: number | null;
    name: string;
    unit?: string | null;
    target?: number | string | null;
  }[];
  attachments?: { id: number; filename: string }[] | null;
};

/** Each reader's own words for the headings and the budget's columns. */
export type ApplicationSectionLabels = {
  section: (code: (typeof TEXT_SECTIONS)[number] | 'budget' | 'indicators') => string;
  category: string;
  lineDescription: string;
  amount: string;
  attachments: string;
};

/**
 * An application's texts, budget lines, indicators and attachments' names, each under its heading
 * (`level` under the page's; ids `${idPrefix}need`, …); a part left empty is not shown, and the
 * attachments only with `showAttachments`.
 */
export function ApplicationSections({
  application,
  labels,
  level,
  idPrefix,
  showAttachments = true,
}: {
  application: ApplicationContent;
  labels: ApplicationSectionLabels;
  level: 'h2' | 'h3';
  idPrefix: string;
  showAttachments?: boolean;
}) {
  const Heading = level;
  return (
    <>
      {TEXT_SECTIONS.map((code) =>
        application[code] ? (
          <section key={code} aria-labelledby={`${idPrefix}${code}`}>
            <Heading id={`${idPrefix}${code}`}>{labels.section(code)}</Heading>
            <p className="description">{application[code]}</p>
          </section>
        ) : null,
      )}
      {application.budgetLines.length > 0 ? (
        <section aria-labelledby={`${idPrefix}budget`}>
          <Heading id={`${idPrefix}budget`}>{labels.section('budget')}</Heading>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{labels.category}</th>
                  <th scope="col">{labels.lineDescription}</th>
                  <th scope="col">{labels.amount}</th>
                </tr>
              </thead>
              <tbody>
                {application.budgetLines.map((line, index) => (
                  <tr key={index}>
                    <td>{line.category}</td>
                    <td>{line.description ?? ''}</td>
                    <td>{formatFen(line.amountFen)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
      {application.indicators.length > 0 ? (
        <section aria-labelledby={`${idPrefix}indicators`}>
          <Heading id={`${idPrefix}indicators`}>{labels.section('indicators')}</Heading>
          <ul role="list">
            {application.indicators.map((indicator, index) => (
              <li key={indicator.id ?? index}>
                {indicator.name}: {String(indicator.target ?? '')} {indicator.unit ?? ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {showAttachments && application.attachments && application.attachments.length > 0 ? (
        <section aria-labelledby={`${idPrefix}attachments`}>
          <Heading id={`${idPrefix}attachments`}>{labels.attachments}</Heading>
          <ul role="list">
            {application.attachments.map((attachment) => (
              <li key={attachment.id}>{attachment.filename}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
