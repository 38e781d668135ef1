import { formatFen } from '@/lib/format';
import { useTranslation } from '@/lib/i18n/i18n';

import '../i18n';
import type { ReviewerApplication } from '../api/assignments';

const TEXT_SECTIONS = ['need', 'objectives', 'activities', 'beneficiaries'] as const;

/** The application as the reviewer reads it; blind review leaves the organisation out. */
export function ApplicationView({ data }: { data: ReviewerApplication }) {
  const { t } = useTranslation();
  const application = data.application;
  return (
    <article aria-labelledby="application-title" data-blind={data.blind || undefined}>
      <h2 id="application-title">{application.title || t('review.application.untitled')}</h2>
      {data.blind ? (
        <p className="notice" data-testid="blind-review">
          {t('review.application.blind')}
        </p>
      ) : null}
      <dl className="detail-list">
        {!data.blind && application.organisationName ? (
          <div className="detail-row">
            <dt>{t('review.application.organisation')}</dt>
            <dd data-testid="application-organisation">{application.organisationName}</dd>
          </div>
        ) : null}
        {!data.blind && application.projectTitle ? (
          <div className="detail-row">
            <dt>{t('review.application.project')}</dt>
            <dd>{application.projectTitle}</dd>
          </div>
        ) : null}
        <div className="detail-row">
          <dt>{t('review.application.requested')}</dt>
          <dd>{formatFen(application.requestedFen)}</dd>
        </div>
        {application.periodFrom || application.periodTo ? (
          <div className="detail-row">
            <dt>{t('review.application.period')}</dt>
            <dd>
              {application.periodFrom ?? ''} – {application.periodTo ?? ''}
            </dd>
          </div>
        ) : null}
        {application.beneficiaryCount != null ? (
          <div className="detail-row">
            <dt>{t('review.application.beneficiaryCount')}</dt>
            <dd>{application.beneficiaryCount}</dd>
          </div>
        ) : null}
      </dl>
      {TEXT_SECTIONS.map((code) =>
        application[code] ? (
          <section key={code} aria-labelledby={`review-section-${code}`}>
            <h3 id={`review-section-${code}`}>{t(`review.section.${code}`)}</h3>
            <p className="description">{application[code]}</p>
          </section>
        ) : null,
      )}
      {application.budgetLines.length > 0 ? (
        <section aria-labelledby="review-section-budget">
          <h3 id="review-section-budget">{t('review.section.budget')}</h3>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('review.application.category')}</th>
                  <th scope="col">{t('review.application.lineDescription')}</th>
                  <th scope="col">{t('review.application.amount')}</th>
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
        <section aria-labelledby="review-section-indicators">
          <h3 id="review-section-indicators">{t('review.section.indicators')}</h3>
          <ul role="list">
            {application.indicators.map((indicator, index) => (
              <li key={indicator.id ?? index}>
                {indicator.name}: {String(indicator.target ?? '')} {indicator.unit ?? ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {!data.blind && application.attachments && application.attachments.length > 0 ? (
        <section aria-labelledby="review-section-attachments">
          <h3 id="review-section-attachments">{t('review.application.attachments')}</h3>
          <ul role="list">
            {application.attachments.map((attachment) => (
              <li key={attachment.id}>{attachment.filename}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
