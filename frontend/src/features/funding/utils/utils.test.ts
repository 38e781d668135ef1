import { describe, expect, it } from 'vitest';

import { budgetTotals, toBody, type ApplicationValues } from './application-form';
import { parseCallSearch, toCallSearchParams } from './call-search-params';
import { bpToPercent, deviatesOverTenPercent, overCap } from './money';
import { beijingDay, beijingTime } from './time';

const values = (patch: Partial<ApplicationValues> = {}): ApplicationValues => ({
  projectId: '42',
  title: 't',
  need: '',
  objectives: '',
  activities: '',
  beneficiaries: '',
  beneficiaryCount: '',
  periodFrom: '',
  periodTo: '',
  budgetLines: [],
  indicators: [],
  ...patch,
});

describe('funding utils', () => {
  it('shows instants in Beijing time whatever the browser zone', () => {
    expect(beijingTime('2026-12-31T17:00:00+08:00')).toBe('2026-12-31 17:00');
    expect(beijingTime('2026-12-31T16:30:00Z')).toBe('2027-01-01 00:30');
    expect(beijingDay('2026-12-31T16:30:00Z')).toBe('2027-01-01');
    expect(beijingTime(null)).toBe('');
  });

  it('compares the management fee with its cap in integers, as the server does', () => {
    expect(overCap(1_000_000, 10_000_000, 1000)).toBe(false);
    expect(overCap(1_000_001, 10_000_001, 1000)).toBe(true);
    expect(bpToPercent(1000)).toBe('10');
    expect(bpToPercent(1250)).toBe('12.5');
    expect(bpToPercent(3333)).toBe('33.33');
    expect(deviatesOverTenPercent(2_000_000, 2_200_000)).toBe(false);
    expect(deviatesOverTenPercent(2_000_000, 2_200_001)).toBe(true);
    expect(deviatesOverTenPercent(2_000_000, 1_799_999)).toBe(true);
  });

  it('turns typed yuan into exact fen; a part that does not parse keeps what was saved', () => {
    const { body, complete } = toBody(
      values({
        beneficiaryCount: ' 120 ',
        budgetLines: [
          { category: 'personnel', description: '', amountYuan: '0.29' },
          { category: 'management-fee', description: '', amountYuan: '1,000.1' },
          { category: 'materials', description: '', amountYuan: '' },
        ],
        indicators: [{ id: null, name: '走访', unit: '户', target: ' 200 ' }],
      }),
    );
    expect(complete).toBe(true);
    expect(body.budgetLines.map((line) => line.amountFen)).toEqual([29, 100_010, 0]);
    expect(body.beneficiaryCount).toBe(120);
    expect(body.projectId).toBe(42);
    expect(body.indicators).toEqual([{ name: '走访', unit: '户', target: 200 }]);

    const half = toBody(
      values({
        need: '新的需求',
        budgetLines: [{ category: 'personnel', description: '', amountYuan: '1.001' }],
      }),
      body,
    );
    expect(half.complete).toBe(false);
    expect(half.body.need).toBe('新的需求');
    expect(half.body.budgetLines).toEqual(body.budgetLines);
    expect(toBody(values({ beneficiaryCount: '-1' }), body).body.beneficiaryCount).toBe(120);
    const totals = budgetTotals(
      [
        { category: 'personnel', description: '', amountYuan: '0.1' },
        { category: 'management-fee', description: '', amountYuan: '0.2' },
      ],
      (code) => code === 'management-fee',
    );
    expect(totals).toMatchObject({ totalFen: 30, managementFeeFen: 20 });
  });

  it('keeps the call search in the URL and back', () => {
    const state = parseCallSearch(
      new URLSearchParams('q=关爱&region=530627&targetGroup=left-behind-children&soon=1&page=2'),
    );
    expect(state).toMatchObject({ region: '530627', closingSoon: true, page: 2 });
    expect(toCallSearchParams(state).toString()).toBe(
      'q=%E5%85%B3%E7%88%B1&region=530627&targetGroup=left-behind-children&soon=1&page=2',
    );
    expect(parseCallSearch(new URLSearchParams('region=11&fundingType=BAD CODE')).region).toBe(
      undefined,
    );
  });
});
