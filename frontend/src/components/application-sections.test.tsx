import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { formatFen } from '@/lib/format';

import { ApplicationSections, type ApplicationSectionLabels } from './application-sections';

const labels: ApplicationSectionLabels = {
  section: (code) => `§${code}`,
  category: '类别',
  lineDescription: '说明',
  amount: '金额',
  attachments: '附件',
};

const application = {
  need: '留守儿童缺少陪伴。',
  objectives: null,
  activities: '',
  beneficiaries: '120名儿童',
  budgetLines: [{ category: 'personnel', description: '社工', amountFen: 1234500 }],
  indicators: [{ id: 1, name: '探访', target: 40, unit: '次' }],
  attachments: [{ id: 9, filename: '预算.pdf' }],
};

describe('ApplicationSections', () => {
  it('shows the filled parts under headings of the given level, labelled by them', () => {
    render(
      <ApplicationSections application={application} labels={labels} level="h3" idPrefix="r-" />,
    );
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(['§need', '§beneficiaries', '§budget', '§indicators', '附件']);
    expect(screen.getByRole('region', { name: '§need' })).toHaveTextContent('留守儿童缺少陪伴。');
    const budget = screen.getByRole('region', { name: '§budget' });
    expect(
      within(budget)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['类别', '说明', '金额']);
    expect(within(budget).getByRole('row', { name: /personnel/ })).toHaveTextContent(
      formatFen(1234500),
    );
    expect(screen.getByRole('region', { name: '§indicators' })).toHaveTextContent('探访: 40 次');
    expect(screen.getByRole('region', { name: '附件' })).toHaveTextContent('预算.pdf');
  });

  it('leaves the attachments out when told to (a blind review), and empty lists out', () => {
    render(
      <ApplicationSections
        application={{ ...application, indicators: [], budgetLines: [] }}
        labels={labels}
        level="h2"
        idPrefix="f-"
        showAttachments={false}
      />,
    );
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      '§need',
      '§beneficiaries',
    ]);
    expect(screen.queryByText('预算.pdf')).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
