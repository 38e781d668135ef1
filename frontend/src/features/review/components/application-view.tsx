import { ApplicationSections } from '@/components/application-sections';
import { formatFen } from '@/lib/format';
import { useTranslation } from '@/lib/i18n/i18n';

import '../i18n';
import type { ReviewerApplication } from '../api/assignments';

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
      <ApplicationSections
        application={application}
        level="h3"
        idPrefix="review-section-"
        showAttachments={!data.blind}
        labels={{
          section: (code) => t(`review.section.${code}`),
          category: t('review.application.category'),
          lineDescription: t('review.application.lineDescription'),
          amount: t('review.application.amount'),
          attachments: t('review.application.attachments'),
        }}
      />
    </article>
  );
}
