import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

import { expect, test, type Browser } from '@playwright/test';

import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  joinByInvitation,
  newRun,
  signUp,
  verifiedOrganisation,
} from './support/accounts';
import { maskedIdNumber, testIdNumber, testMobile } from './support/id-number';
import { shanghai, soonShift } from './support/shanghai-time';

// Issue 8's journey against the real backend (docs/design/issue-8-contract.md, "Journey"):
// an agency is verified and a staff member posts an opening in 昭通市 for 留守儿童 with a shift
// that starts soon; a volunteer signs up, registers their real name (a generated ID number),
// finds the opening by 昭通市 + 留守儿童 + this month and signs up for the shift; the staff member
// shows the shift's check-in link (its code), the volunteer's phone opens it and checks in; the
// staff member records 3.5 hours and confirms them; the volunteer sees 3.5 hours and downloads a
// certificate; a signed-out visitor opens its verify page and sees the ID number masked.
// Needs MAIL_DIR, ADMIN_EMAIL and ADMIN_PASSWORD as the organisation journey does.
// With PRIVACY_LITERALS_FILE set, the volunteer's ID and mobile numbers are written there, so that
// infra/test.sh can look for them in the index, the log and the database afterwards.

const run = newRun();
const PASSWORD = `Qianshou-${run}-8!`;

test.describe.configure({ mode: 'serial' });
test.setTimeout(420_000);

/** An agency registered, verified by the administrator, with a staff member who joined it. */
async function verifiedAgencyWithStaff(browser: Browser, organisationName: string) {
  const owner = await signUp(browser, `vol-owner-${run}@example.org`, `负责人 ${run}`, PASSWORD);
  const { organisationId, organisationPath } = await verifiedOrganisation(browser, owner, {
    kind: 'agency',
    subtype: 'social-work-agency',
    name: organisationName,
    prefecture: '昭通市',
    county: '镇雄县',
  });
  const staff = await joinByInvitation(browser, owner, {
    organisationPath,
    organisationName,
    email: `vol-staff-${run}@example.org`,
    displayName: `社工 ${run}`,
    password: PASSWORD,
  });
  await owner.context().close();
  return { staff, organisationId, organisationPath };
}

test('a volunteer finds an opening, signs up, is checked in, gets 3.5 hours and a certificate anyone can verify', async ({
  browser,
}) => {
  expect(ADMIN_EMAIL, 'ADMIN_EMAIL must name the bootstrap administrator').toBeTruthy();
  expect(ADMIN_PASSWORD, 'ADMIN_PASSWORD must be set').toBeTruthy();
  expect(process.env.MAIL_DIR, 'MAIL_DIR must be where mail-sink.mjs writes').toBeTruthy();

  const organisationName = `昭通牵手志愿测试中心 ${run}`;
  const projectTitle = `留守儿童陪伴项目 ${run}`;
  const openingTitle = `周末陪伴留守儿童 ${run}`;
  const volunteerName = `张志愿${run.slice(-4)}`;
  const idNumber = testIdNumber();
  const mobile = testMobile();
  if (process.env.PRIVACY_LITERALS_FILE) {
    writeFileSync(process.env.PRIVACY_LITERALS_FILE, `${idNumber}\n${mobile}\n`, { mode: 0o600 });
  }
  const shift = soonShift();
  const shiftLabel = `${shift.date} ${shift.start}–${shift.end}`;

  // 1. A verified agency and its staff member, who creates a project and an opening with a shift.
  const { staff, organisationId, organisationPath } = await verifiedAgencyWithStaff(
    browser,
    organisationName,
  );
  await staff.goto(organisationPath);
  await staff.getByRole('link', { name: '新建项目' }).click();
  await staff.getByLabel('项目名称').fill(projectTitle);
  await staff.getByLabel('项目介绍').fill('为镇雄县留守儿童提供陪伴和课业辅导。');
  await staff.getByLabel('计划').selectOption({ label: '示范项目' });
  await staff.getByLabel('开始日期').fill('2026-01-01');
  await staff.getByLabel('结束日期').fill('2028-12-31');
  await staff.getByLabel('预算（元）').fill('20000');
  const projectRegions = staff.getByRole('group', { name: '服务地区' });
  await projectRegions.getByLabel('州（市）').selectOption({ label: '昭通市' });
  await projectRegions.getByLabel('县（市、区）').selectOption({ label: '镇雄县' });
  await staff.getByRole('button', { name: '添加地区' }).click();
  await staff
    .getByRole('group', { name: '服务对象' })
    .getByRole('checkbox', { name: '留守儿童', exact: true })
    .check();
  await staff
    .getByRole('group', { name: '服务内容' })
    .getByRole('checkbox', { name: '留守儿童关爱保护', exact: true })
    .check();
  await staff.getByRole('button', { name: '保存', exact: true }).click();
  await expect(staff).toHaveURL(new RegExp(`${organisationPath}(#projects)?$`));
  await staff.getByRole('button', { name: `发布 ${projectTitle}` }).click();
  await expect(staff.locator('li[data-project-id]', { hasText: projectTitle })).toHaveAttribute(
    'data-status',
    'published',
  );

  await staff.goto(`/my/organisations/${organisationId}/openings/new`);
  await staff.getByLabel('所属项目').selectOption({ label: projectTitle });
  await staff.getByLabel('岗位名称').fill(openingTitle);
  await staff.getByLabel('服务内容').fill('陪伴镇雄县留守儿童做作业、读绘本。');
  const place = staff.getByRole('group', { name: '服务地点（县、乡镇或村）' });
  await place.getByLabel('州（市）').selectOption({ label: '昭通市' });
  await place.getByLabel('县（市、区）').selectOption({ label: '镇雄县' });
  await staff.getByLabel('集合地点').fill('镇雄县乌峰镇中心小学门口');
  await staff.getByLabel('服务类别').selectOption({ label: '留守儿童关爱保护' });
  await staff
    .getByRole('group', { name: '服务对象' })
    .getByRole('checkbox', { name: '留守儿童', exact: true })
    .check();
  await staff.getByLabel('报名即确认').check();
  await staff.getByLabel('报名截止时间').fill(shift.deadline);
  await staff.getByLabel('联系人').fill('王老师');
  await staff.getByLabel('联系电话').fill('0870-7654321');
  await staff.getByLabel('班次 1 日期').fill(shift.date);
  await staff.getByLabel('班次 1 开始时间').fill(shift.start);
  await staff.getByLabel('班次 1 结束时间').fill(shift.end);
  await staff.getByLabel('班次 1 名额').fill('10');
  await staff.getByRole('button', { name: '保存为草稿' }).click();
  await staff.getByRole('button', { name: '发布岗位' }).click();
  await expect(staff.getByTestId('opening-status')).toHaveText('已发布');
  const openingPath = new URL(staff.url()).pathname;
  const shiftItem = staff.locator('li[data-shift-id]').first();
  const shiftId = await shiftItem.getAttribute('data-shift-id');
  expect(shiftId).toMatch(/^\d+$/);

  // 2. A volunteer signs up and registers their real name; only the masked number comes back.
  const volunteer = await signUp(
    browser,
    `volunteer-${run}@example.org`,
    `志愿者 ${run}`,
    PASSWORD,
  );
  await volunteer.goto('/me/volunteer');
  await volunteer.getByLabel('姓名').fill(volunteerName);
  await volunteer.getByLabel('证件类型').selectOption('resident-id');
  await volunteer.getByLabel('证件号码').fill(idNumber);
  await volunteer.getByLabel('手机号码').fill(mobile);
  await volunteer
    .getByRole('group', { name: '服务技能' })
    .getByRole('checkbox', { name: '教育辅导' })
    .check();
  await volunteer.getByRole('button', { name: '提交实名资料' }).click();
  await expect(volunteer.getByTestId('id-number-masked')).toHaveText(maskedIdNumber(idNumber));
  await volunteer.reload();
  await expect(volunteer.getByTestId('id-number-masked')).toHaveText(maskedIdNumber(idNumber));
  expect(await volunteer.content()).not.toContain(idNumber);

  // 3. … finds the opening by 昭通市 + 留守儿童 + this month (the index follows the outbox) …
  await volunteer.goto('/openings');
  const prefecture = volunteer.getByRole('combobox', { name: '州（市）' });
  const zhaotong = prefecture.locator('option', { hasText: '昭通市' });
  await expect(zhaotong).toHaveCount(1);
  await prefecture.selectOption((await zhaotong.getAttribute('value'))!);
  await volunteer
    .getByRole('group', { name: '服务对象' })
    .getByRole('checkbox', { name: /^留守儿童/ })
    .check();
  // 本月 is the month of the search's day; a shift that begins after midnight on the 1st is found
  // by its date instead
  const sameMonth = shift.date.slice(0, 7) === shanghai(new Date()).date.slice(0, 7);
  const when = volunteer.getByRole('group', { name: '服务日期' });
  if (sameMonth) {
    await when.getByLabel('本月').check();
  } else {
    await when.getByLabel('自选日期').check();
    await when.getByLabel('从').fill(shift.date);
    await when.getByLabel('到').fill(shift.date);
  }
  await volunteer.getByRole('searchbox', { name: '关键词' }).fill(openingTitle);
  await volunteer.getByRole('button', { name: '搜索', exact: true }).click();
  await expect(volunteer).toHaveURL(/region=5306/);
  const query = new URL(volunteer.url()).search.slice(1);
  expect(new URLSearchParams(query).get('when')).toBe(sameMonth ? 'month' : 'custom');
  expect(new URLSearchParams(query).getAll('targetGroup')).toEqual(['left-behind-children']);
  await expect(async () => {
    await volunteer.goto(`/openings?${query}`);
    const results = volunteer.locator(`section[data-state="ready"][data-query="${query}"]`);
    await expect(results).toBeVisible({ timeout: 5_000 });
    await expect(results.getByRole('link', { name: openingTitle })).toBeVisible({
      timeout: 2_000,
    });
  }).toPass({ timeout: 60_000, intervals: [1_000, 2_000, 3_000] });
  const result = volunteer.locator('li[data-opening-id]', { hasText: openingTitle });
  await expect(result.locator(`li[data-shift-id="${shiftId}"]`)).toContainText('余 10 / 10 个名额');

  // 4. … and signs up for the shift.
  await result.getByRole('link', { name: openingTitle }).click();
  await expect(volunteer.getByRole('heading', { level: 1, name: openingTitle })).toBeVisible();
  await volunteer.getByRole('checkbox', { name: new RegExp(`^${shift.date}`) }).check();
  await volunteer.getByRole('button', { name: '报名所选班次' }).click();
  const answer = volunteer.getByRole('region', { name: '报名结果' });
  await expect(answer.locator('li[data-status="confirmed"]')).toContainText('报名成功，已确认');

  // 5. The staff member shows the shift's check-in code; the volunteer's phone opens its link.
  await staff.goto(openingPath);
  await staff.getByRole('link', { name: `报名名单与签到 ${shiftLabel}` }).click();
  await expect(staff.getByTestId('check-in-code')).toHaveText(/^[A-HJ-NP-Z2-9]{8}$/);
  const code = (await staff.getByTestId('check-in-code').textContent())!.trim();
  const checkInUrl = (await staff.locator('.check-in-link a').getAttribute('href'))!;
  expect(checkInUrl).toContain(`/check-in/${shiftId}?code=${code}`);
  const row = staff.locator('li[data-signup-id]', { hasText: volunteerName });
  await expect(row).toHaveAttribute('data-status', 'confirmed');
  await expect(row).not.toContainText(idNumber);

  await volunteer.goto(checkInUrl);
  await volunteer.getByRole('button', { name: '确认签到' }).click();
  await expect(volunteer.getByText('签到成功！感谢您的服务。')).toBeVisible();
  await staff.reload();
  await expect(row).toHaveAttribute('data-attendance', 'attended');

  // 6. … records 3.5 hours and confirms them.
  await staff.goto(`/my/organisations/${organisationId}/shifts/${shiftId}/hours`);
  await staff.getByRole('textbox', { name: `${volunteerName} 的服务时长（小时）` }).fill('3.5');
  await staff.getByRole('button', { name: '确认时长' }).click();
  await expect(staff.getByRole('status').filter({ hasText: '时长已确认。' })).toBeVisible();

  // 7. The volunteer sees 3.5 hours, requests a certificate and downloads it.
  await volunteer.goto('/me/hours');
  await expect(volunteer.getByTestId('total-hours')).toHaveText('3.5 小时');
  const record = volunteer.locator('li[data-record-id]', { hasText: openingTitle });
  await expect(record).toHaveAttribute('data-minutes', '210');
  await expect(record).toContainText('已确认');
  await volunteer.getByRole('button', { name: '申请证明' }).click();
  await expect(volunteer.getByText('证明已出具。')).toBeVisible();
  const certificate = volunteer.locator('li[data-code]', { hasText: organisationName });
  await expect(certificate).toHaveAttribute('data-status', 'valid');
  const certificateCode = (await certificate.getAttribute('data-code'))!;
  const [download] = await Promise.all([
    volunteer.waitForEvent('download'),
    certificate.getByRole('link', { name: `下载 ${organisationName} 出具的证明（PDF）` }).click(),
  ]);
  const pdf = await readFile((await download.path())!);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(1000);

  // 8. A signed-out visitor opens the verify page: the certificate, the ID masked.
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto(`/verify/${certificateCode}`);
  await expect(visitor.getByText('本证明真实有效。')).toBeVisible();
  await expect(visitor.getByText(volunteerName, { exact: true })).toBeVisible();
  await expect(visitor.getByTestId('id-number-masked')).toHaveText(maskedIdNumber(idNumber));
  await expect(visitor.getByText(organisationName, { exact: true })).toBeVisible();
  await expect(visitor.getByText('3.5 小时')).toBeVisible();
  expect(await visitor.content()).not.toContain(idNumber);
  await visitorContext.close();
});
