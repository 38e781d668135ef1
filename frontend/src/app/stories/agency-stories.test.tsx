import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';

import { organisationDetail } from '@/testing/fixtures';
import { sessionHandler } from '@/testing/handlers';
import { server } from '@/testing/server';
import { renderWithRouter } from '@/testing/test-utils';
import { http, HttpResponse } from 'msw';

import { agencySession, consent as consentFixture } from '@/features/stories/testing/fixtures';
import { stories, storyHandlers } from '@/features/stories/testing/handlers';

import { AppRoutes } from '../router';

const EDITOR = '/my/organisations/5/stories/61';

beforeEach(() => {
  stories.reset();
  server.use(sessionHandler(agencySession), ...storyHandlers);
});

/** Types into the contenteditable body as the browser would report it. */
function setBody(html: string) {
  const editor = screen.getByRole('textbox', { name: '正文' });
  editor.innerHTML = html;
  fireEvent.input(editor);
}

async function openEditor() {
  const view = renderWithRouter(<AppRoutes />, EDITOR);
  await screen.findByRole('heading', { level: 1, name: '编辑故事：小雨的新学期' });
  return view;
}

describe('the story editor', () => {
  it('shows each flag at its place in the text, numbered, with what blocks submission', async () => {
    await openEditor();
    const preview = screen.getByTestId('flag-preview');
    const marks = preview.querySelectorAll('mark');
    expect([...marks].map((mark) => [mark.dataset.flagNumber, mark.dataset.flagKind])).toEqual([
      ['1', 'person-name'],
      ['2', 'village'],
    ]);
    // the marks sit exactly on the flagged words of bodyText
    expect(marks[0]).toHaveTextContent(/^张小明1（标记 1）$/);
    expect(marks[1]).toHaveTextContent(/^大湾村2（标记 2）$/);
    expect(preview).toHaveTextContent('张小明1（标记 1）住在大湾村2（标记 2），奶奶照顾他。');

    const item = document.getElementById('flag-1')!;
    expect(item).toHaveTextContent('1. 疑似完整姓名：张小明');
    expect(item).toHaveTextContent('请改用化名');
    expect(document.getElementById('flag-2')).toHaveTextContent('村、组名称可能让人找到当事人');

    const blockers = screen.getByTestId('blockers');
    expect(
      within(blockers).getByRole('link', { name: /标记 1（疑似完整姓名：张小明）/ }),
    ).toHaveAttribute('href', '#flag-1');
    expect(within(blockers).getByText('至少需要一条同意记录')).toBeInTheDocument();
    expect(within(blockers).getByText('照片 1：需确认没有可辨认的面孔')).toBeInTheDocument();
  });

  it('marks a flag in a photo’s caption (public text too) beside the body’s', async () => {
    stories.story.photos[0]!.caption = '张小红在操场上';
    stories.story.flags.push({
      field: 'photos[0].caption',
      kind: 'person-name',
      start: 0,
      end: 3,
      text: '张小红',
      justification: null,
      blocking: true,
    });
    await openEditor();
    const preview = screen.getByTestId('flag-preview');
    expect(preview).toHaveTextContent('照片 1 的说明：张小红3（标记 3）在操场上');
    expect(document.getElementById('flag-3')).toHaveTextContent('3. 疑似完整姓名：张小红');
    expect(screen.getByLabelText('标记 3 的保留理由')).toBeInTheDocument();
  });

  it('sends a justification for a name and shows the flag as dealt with', async () => {
    const { user } = await openEditor();
    await user.type(screen.getByLabelText('标记 1 的保留理由'), '当事人及监护人同意使用真名');
    await user.click(screen.getByRole('button', { name: '保存标记 1 的理由' }));
    await waitFor(() =>
      expect(document.getElementById('flag-1')).toHaveAttribute('data-resolved', 'true'),
    );
    expect(stories.sent('PUT', '/justifications')).toEqual([
      { kind: 'person-name', text: '张小明', justification: '当事人及监护人同意使用真名' },
    ]);
    expect(within(screen.getByTestId('blockers')).queryByText(/标记 1（/)).not.toBeInTheDocument();
    expect(document.getElementById('flag-2')).toHaveAttribute('data-resolved', 'false');
  });

  it('saves the fixed text with its version and shows the fresh flags', async () => {
    const { user } = await openEditor();
    setBody('<p>小明住在<b>鲁甸县</b>，奶奶照顾他。</p><div>新学期开始了。</div>');
    expect(screen.getByTestId('unsaved')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '保存' }));
    await screen.findByText('未发现需要处理的内容。');
    const [saved] = stories.sent('PUT', '/api/my/stories/61');
    expect(saved).toMatchObject({
      version: 3,
      projectId: 42,
      title: '小雨的新学期',
      regionCode: '530621',
      targetGroups: ['left-behind-children'],
      // the editor keeps to the contract's subset: <b> → <strong>, <div> → <p>
      bodyHtml: '<p>小明住在<strong>鲁甸县</strong>，奶奶照顾他。</p><p>新学期开始了。</p>',
    });
    expect(screen.getByText('第 4 版')).toBeInTheDocument();
  });

  it('keeps the text on a 409 and saves it over the newer version when asked', async () => {
    const { user } = await openEditor();
    stories.savedElsewhere('<p>同事的版本。</p>');
    setBody('<p>我的版本：小明的新学期。</p>');
    await user.click(screen.getByRole('button', { name: '保存' }));
    const conflict = await screen.findByTestId('save-conflict');
    expect(conflict).toHaveTextContent('这个故事已在别处保存过');
    expect(screen.getByRole('textbox', { name: '正文' })).toHaveTextContent(
      '我的版本：小明的新学期。',
    );
    await user.click(within(conflict).getByRole('button', { name: '保留我的内容并保存' }));
    await waitFor(() => expect(screen.queryByTestId('save-conflict')).not.toBeInTheDocument());
    const saves = stories.sent('PUT', '/api/my/stories/61');
    expect(saves.map((save) => save.version)).toEqual([3, 4]);
    expect(saves[1]!.bodyHtml).toBe('<p>我的版本：小明的新学期。</p>');
    expect(stories.story.bodyHtml).toBe('<p>我的版本：小明的新学期。</p>');
  });

  it('can drop its text for the saved version after a 409', async () => {
    const { user } = await openEditor();
    stories.savedElsewhere('<p>同事的版本。</p>');
    setBody('<p>我的版本。</p>');
    await user.click(screen.getByRole('button', { name: '保存' }));
    await user.click(await screen.findByRole('button', { name: '改用已保存的版本' }));
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: '正文' })).toHaveTextContent('同事的版本。'),
    );
    expect(stories.sent('PUT', '/api/my/stories/61')).toHaveLength(1);
  });

  it('shows a refused photo upload at the file field', async () => {
    stories.refuseUpload = true;
    const { user } = await openEditor();
    const input = screen.getByLabelText('上传照片');
    await user.upload(input, new File(['not really'], 'x.png', { type: 'image/png' }));
    expect(await screen.findByText('只接受 JPEG、PNG 或 WebP 图片')).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(stories.bodies.filter((entry) => entry.path.endsWith('/photos'))).toHaveLength(1);
  });

  it('refuses a file that is not an image before sending it', async () => {
    await openEditor();
    const input = screen.getByLabelText('上传照片');
    // as if the browser ignored `accept` (a file dropped or picked with "all files")
    fireEvent.change(input, {
      target: { files: [new File(['GIF89a'], 'x.gif', { type: 'image/gif' })] },
    });
    expect(await screen.findByText('只能上传 JPEG、PNG 或 WebP 图片。')).toBeInTheDocument();
    expect(stories.bodies.filter((entry) => entry.path.endsWith('/photos'))).toHaveLength(0);
  });

  it('uploads a photo and records the face confirmation and cover', async () => {
    const { user } = await openEditor();
    await user.upload(
      screen.getByLabelText('上传照片'),
      new File([new Uint8Array([0xff, 0xd8, 0xff])], 'a.jpg', { type: 'image/jpeg' }),
    );
    expect(await screen.findByRole('group', { name: '照片 2' })).toBeInTheDocument();
    await user.click(screen.getByLabelText('我确认照片 1 中没有可辨认的面孔'));
    await user.click(screen.getByRole('button', { name: '保存照片 1' }));
    await waitFor(() => expect(stories.sent('PUT', '/photos/81')).toHaveLength(1));
    expect(stories.sent('PUT', '/photos/81')[0]).toMatchObject({
      altText: '孩子们在操场上的背影',
      showsPeople: true,
      noIdentifiableFace: true,
    });
    await user.click(screen.getByRole('button', { name: '将照片 1 设为封面' }));
    await waitFor(() => expect(stories.sent('PUT', '/cover')).toEqual([{ photoId: 81 }]));
  });

  it('asks for the face confirmation by the server’s rule, which follows the project’s groups too', async () => {
    // a story about the elderly on a project for left-behind children: the face rule holds
    stories.story.targetGroups = ['elderly-in-difficulty'];
    const { unmount } = await openEditor();
    expect(screen.getByLabelText('我确认照片 1 中没有可辨认的面孔')).toBeInTheDocument();
    unmount();
    stories.story.aboutProtectedGroup = false;
    await openEditor();
    expect(screen.queryByLabelText('我确认照片 1 中没有可辨认的面孔')).not.toBeInTheDocument();
  });

  it('records a guardian’s consent for a minor', async () => {
    const { user } = await openEditor();
    await user.type(screen.getByLabelText('当事人（故事中的称呼）'), '小雨');
    await user.click(screen.getByLabelText('当事人未满 18 岁'));
    await user.click(screen.getByRole('button', { name: '保存同意记录' }));
    // a minor's consent is the guardian's: refused before sending
    expect(await screen.findByText('未成年人须由监护人同意。')).toBeInTheDocument();
    await user.click(screen.getByLabelText('监护人'));
    await user.click(screen.getByRole('button', { name: '保存同意记录' }));
    expect(await screen.findByText('请写明监护人与当事人的关系。')).toBeInTheDocument();
    await user.type(screen.getByLabelText('监护人与当事人的关系'), '祖母');
    await user.selectOptions(screen.getByLabelText('同意方式'), '书面签字');
    fireEvent.change(screen.getByLabelText('同意日期'), { target: { value: '2026-11-20' } });
    await user.click(screen.getByRole('checkbox', { name: '照片' }));
    expect(stories.sent('POST', '/consents')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: '保存同意记录' }));
    await screen.findByRole('button', { name: '删除 小雨 的同意记录' });
    expect(stories.sent('POST', '/consents')).toEqual([
      {
        personLabel: '小雨',
        minor: true,
        givenBy: 'guardian',
        givenByRelation: '祖母',
        method: 'written',
        givenOn: '2026-11-20',
        scopeText: true,
        scopePhotos: true,
        scopeNote: '',
      },
    ]);
    expect(within(screen.getByTestId('blockers')).queryByText('至少需要一条同意记录')).toBeNull();
  });

  it('edits a consent record in the same form, prefilled, and sends the changed fields', async () => {
    stories.story.consents.push({ ...consentFixture });
    const { user } = await openEditor();
    await user.click(await screen.findByRole('button', { name: '修改 小雨 的同意记录' }));
    const form = screen.getByTestId('consent-edit-91');
    expect(within(form).getByLabelText('当事人（故事中的称呼）')).toHaveValue('小雨');
    expect(within(form).getByLabelText('当事人未满 18 岁')).toBeChecked();
    expect(within(form).getByLabelText('监护人')).toBeChecked();
    expect(within(form).getByLabelText('监护人与当事人的关系')).toHaveValue('祖母');
    expect(within(form).getByLabelText('同意方式')).toHaveValue('written');
    expect(within(form).getByLabelText('同意日期')).toHaveValue('2026-11-20');
    expect(within(form).getByRole('checkbox', { name: '照片' })).toBeChecked();
    // the table's checks hold while editing too: a minor's consent stays the guardian's
    await user.click(within(form).getByLabelText('本人'));
    await user.click(within(form).getByRole('button', { name: '保存对 小雨 的修改' }));
    expect(await within(form).findByText('未成年人须由监护人同意。')).toBeInTheDocument();
    expect(stories.sent('PUT', '/consents/91')).toHaveLength(0);

    await user.click(within(form).getByLabelText('监护人'));
    await user.clear(within(form).getByLabelText('监护人与当事人的关系'));
    await user.type(within(form).getByLabelText('监护人与当事人的关系'), '母亲');
    await user.selectOptions(within(form).getByLabelText('同意方式'), '按手印');
    await user.type(within(form).getByLabelText('范围说明（可选）'), '不含学校名称');
    await user.click(within(form).getByRole('button', { name: '保存对 小雨 的修改' }));
    await waitFor(() => expect(screen.queryByTestId('consent-edit-91')).not.toBeInTheDocument());
    expect(stories.sent('PUT', '/consents/91')).toEqual([
      {
        personLabel: '小雨',
        minor: true,
        givenBy: 'guardian',
        givenByRelation: '母亲',
        method: 'thumbprint',
        givenOn: '2026-11-20',
        scopeText: true,
        scopePhotos: true,
        scopeNote: '不含学校名称',
      },
    ]);
    const item = document.querySelector('li[data-consent-id="91"]')!;
    await waitFor(() => expect(item).toHaveTextContent('监护人（母亲）'));
    expect(item).toHaveTextContent('按手印');
    expect(item).toHaveTextContent('不含学校名称');
    expect(stories.sent('POST', '/consents')).toHaveLength(0);
  });

  it('shows the server’s field error in place and a clear message when the story was locked meanwhile', async () => {
    stories.story.consents.push({ ...consentFixture });
    stories.consentFailures.push('invalid', 'locked');
    const { user } = await openEditor();
    await user.click(await screen.findByRole('button', { name: '修改 小雨 的同意记录' }));
    const form = screen.getByTestId('consent-edit-91');
    fireEvent.change(within(form).getByLabelText('同意日期'), { target: { value: '2027-01-05' } });
    await user.click(within(form).getByRole('button', { name: '保存对 小雨 的修改' }));
    const date = within(form).getByLabelText('同意日期');
    await waitFor(() => expect(date).toHaveAccessibleDescription(/同意日期不能晚于今天/));
    expect(date).toHaveAttribute('aria-invalid', 'true');

    fireEvent.change(date, { target: { value: '2026-11-21' } });
    await user.click(within(form).getByRole('button', { name: '保存对 小雨 的修改' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      '这个故事在别处已有变动（例如已由同事提交审核），不能再修改同意记录，这次修改没有保存。',
    );
    // the form stays, with what the author typed
    expect(within(form).getByLabelText('同意日期')).toHaveValue('2026-11-21');
    expect(stories.sent('PUT', '/consents/91').map((body) => body.givenOn)).toEqual([
      '2027-01-05',
      '2026-11-21',
    ]);
    expect(stories.story.consents[0]!.givenOn).toBe('2026-11-20');

    await user.click(within(form).getByRole('button', { name: '取消修改' }));
    expect(screen.queryByTestId('consent-edit-91')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: '修改 小雨 的同意记录' })).toBeInTheDocument();
  });

  it('shows why the server refuses a submission (a mobile number) and changes nothing', async () => {
    const { user } = await openEditor();
    setBody('<p>联系电话 13912345678。</p>');
    await user.click(screen.getByRole('button', { name: '保存' }));
    const item = await screen.findByText('1. 手机号码：139****5678');
    expect(item.closest('li')).toHaveTextContent('必须从正文中删除，不能说明保留。');
    expect(screen.queryByLabelText('标记 1 的保留理由')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '提交审核' }));
    const error = await screen.findByTestId('submit-error');
    expect(error).toHaveTextContent('正文含有手机号码或身份证号码，必须删除后才能提交');
    expect(error.querySelector('[data-field="body"]')).toHaveTextContent(
      '正文含有手机号码，必须删除',
    );
    expect(stories.sent('POST', '/submit')).toEqual([{ version: 4 }]);
    expect(screen.getByTestId('story-status')).toHaveAttribute('data-status', 'draft');
  });

  it('submits once everything is dealt with and locks the story', async () => {
    stories.story.consents.push({
      ...(await import('@/features/stories/testing/fixtures')).consent,
    });
    stories.justifications.set('person-name:张小明', '同意');
    stories.justifications.set('village:大湾村', '村名已征得同意');
    stories.savedElsewhere(stories.story.bodyHtml);
    const { user } = await openEditor();
    await user.click(screen.getByRole('button', { name: '提交审核' }));
    await waitFor(() =>
      expect(screen.getByTestId('story-status')).toHaveAttribute('data-status', 'submitted'),
    );
    expect(screen.getByText('故事已提交审核，审核结束前不能修改。')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: '正文' })).toHaveAttribute(
      'contenteditable',
      'false',
    );
    expect(screen.queryByRole('button', { name: '保存' })).not.toBeInTheDocument();
  });

  it('shows a returned story’s reason in the list and in the editor', async () => {
    stories.story.status = 'returned';
    stories.story.statusReason = '请把村名改为乡镇。';
    renderWithRouter(<AppRoutes />, '/my/organisations/5/stories');
    const returned = await screen.findByRole('link', { name: '奶奶的菜园' });
    expect(returned.closest('li')).toHaveAttribute('data-status', 'returned');
    expect(returned.closest('li')).toHaveTextContent('审核退回的理由：请删去村名。');
    renderWithRouter(<AppRoutes />, EDITOR);
    expect(await screen.findByTestId('status-reason')).toHaveTextContent('请把村名改为乡镇。');
  });

  it('creates a draft from the new-story form and opens it', async () => {
    const { user, location } = renderWithRouter(<AppRoutes />, '/my/organisations/5/stories/new');
    await screen.findByRole('heading', { level: 1, name: '写新故事' });
    await user.click(screen.getByRole('button', { name: '保存草稿' }));
    expect(await screen.findAllByText('此项必填。')).not.toHaveLength(0);
    expect(stories.sent('POST', '/stories')).toHaveLength(0);
    await user.selectOptions(await screen.findByLabelText('所属项目'), '镇雄县留守儿童监护走访');
    await user.type(screen.getByLabelText('标题'), '奶奶的菜园');
    await user.selectOptions(screen.getByLabelText('州（市）'), '昭通市');
    await user.click(screen.getByLabelText('留守儿童'));
    setBody('<p>奶奶种了一园子菜。</p>');
    await user.click(screen.getByRole('button', { name: '保存草稿' }));
    await screen.findByRole('heading', { level: 1, name: '编辑故事：奶奶的菜园' });
    expect(location().pathname).toBe(EDITOR);
    expect(stories.sent('POST', '/stories')[0]).toMatchObject({
      projectId: 42,
      title: '奶奶的菜园',
      regionCode: '5306',
      targetGroups: ['left-behind-children'],
      bodyHtml: '<p>奶奶种了一园子菜。</p>',
      serviceCategory: null,
      programme: null,
    });
  });

  it('links an agency’s workspace to its stories', async () => {
    server.use(
      http.get('*/api/organisations/5', () =>
        HttpResponse.json({ ...organisationDetail, status: 'verified' }),
      ),
      http.get('*/api/organisations/5/documents', () => HttpResponse.json([])),
      http.get('*/api/organisations/5/members', () => HttpResponse.json([])),
      http.get('*/api/organisations/5/invitations', () => HttpResponse.json([])),
    );
    renderWithRouter(<AppRoutes />, '/my/organisations/5');
    const section = await screen.findByRole('region', { name: '故事' });
    expect(within(section).getByRole('link', { name: '我们的故事' })).toHaveAttribute(
      'href',
      '/my/organisations/5/stories',
    );
  });
});
