import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { sessionHandler } from '@/testing/handlers';
import { server } from '@/testing/server';
import { renderWithRouter } from '@/testing/test-utils';

import { agencySession } from '@/features/stories/testing/fixtures';
import { stories, storyHandlers } from '@/features/stories/testing/handlers';

import { AppRoutes } from '../router';

// The story editor's toolbar and photo upload at their boundaries with the browser: jsdom has no
// `document.execCommand` (the toolbar's editing commands) and MSW cannot report upload progress
// (an XMLHttpRequest's `upload` events), so both are stubbed here and the page is read as a user
// would read it.

const EDITOR = '/my/organisations/5/stories/61';

beforeEach(() => {
  stories.reset();
  server.use(sessionHandler(agencySession), ...storyHandlers);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

async function openEditor() {
  const view = renderWithRouter(<AppRoutes />, EDITOR);
  await screen.findByRole('heading', { level: 1, name: '编辑故事：小雨的新学期' });
  return view;
}

/**
 * A stand-in for the browser's editing commands: what each asks for is recorded, and the editor's
 * first block changes as a browser would change it for a selection covering that block.
 */
function stubExecCommand() {
  const calls: [string, string | undefined][] = [];
  const execCommand = vi.fn((command: string, _ui?: boolean, argument?: string) => {
    calls.push([command, argument]);
    const editor = document.getElementById('story-bodyHtml')!;
    const block = editor.firstElementChild!;
    const text = block.textContent ?? '';
    if (command === 'formatBlock')
      block.outerHTML = `<${argument}>${block.innerHTML}</${argument}>`;
    if (command === 'bold') block.innerHTML = `<b>${block.innerHTML}</b>`;
    if (command === 'italic') block.innerHTML = `<i>${block.innerHTML}</i>`;
    if (command === 'insertUnorderedList') block.outerHTML = `<ul><li>${text}</li></ul>`;
    if (command === 'createLink') block.innerHTML = `<a href="${argument}">${block.innerHTML}</a>`;
    return true;
  });
  Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
  return calls;
}

describe('the story body’s toolbar', () => {
  afterEach(() => {
    delete (document as { execCommand?: unknown }).execCommand;
  });

  it('asks the browser for each command and saves the body in the allowed subset', async () => {
    const calls = stubExecCommand();
    const { user } = await openEditor();
    const editor = screen.getByRole('textbox', { name: '正文' });
    const toolbar = screen.getByRole('toolbar', { name: '正文格式' });
    expect(toolbar).toHaveAttribute('aria-controls', editor.id);
    expect(screen.queryByTestId('unsaved')).not.toBeInTheDocument();

    await user.click(within(toolbar).getByRole('button', { name: '标题' }));
    expect(calls).toEqual([['formatBlock', 'h2']]);
    expect(editor).toHaveFocus();
    expect(screen.getByTestId('unsaved')).toBeInTheDocument();
    await user.click(within(toolbar).getByRole('button', { name: '粗体' }));
    await user.click(within(toolbar).getByRole('button', { name: '斜体' }));
    expect(calls.slice(1)).toEqual([
      ['bold', undefined],
      ['italic', undefined],
    ]);

    await user.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(stories.sent('PUT', '/api/my/stories/61')).toHaveLength(1));
    // the browser's <b> and <i> are saved as the subset's <strong> and <em>
    expect(stories.sent('PUT', '/api/my/stories/61')[0]!.bodyHtml).toBe(
      '<h2><em><strong>张小明住在大湾村，奶奶照顾他。</strong></em></h2><p>他的新学期开始了。</p>',
    );
  });

  it('asks for a link address and sends only a safe one to the browser', async () => {
    const calls = stubExecCommand();
    const prompt = vi.spyOn(window, 'prompt');
    const { user } = await openEditor();
    const toolbar = screen.getByRole('toolbar', { name: '正文格式' });

    prompt.mockReturnValueOnce('javascript:alert(1)');
    await user.click(within(toolbar).getByRole('button', { name: '链接' }));
    expect(prompt).toHaveBeenLastCalledWith('链接地址（http、https 或 mailto）');
    expect(calls).toEqual([]);

    prompt.mockReturnValueOnce('  https://example.org/about  ');
    await user.click(within(toolbar).getByRole('button', { name: '链接' }));
    expect(calls).toEqual([['createLink', 'https://example.org/about']]);
    await user.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(stories.sent('PUT', '/api/my/stories/61')).toHaveLength(1));
    expect(stories.sent('PUT', '/api/my/stories/61')[0]!.bodyHtml).toBe(
      '<p><a href="https://example.org/about">张小明住在大湾村，奶奶照顾他。</a></p><p>他的新学期开始了。</p>',
    );

    await user.click(within(toolbar).getByRole('button', { name: '项目符号列表' }));
    expect(calls.at(-1)).toEqual(['insertUnorderedList', undefined]);
    expect(screen.getByRole('textbox', { name: '正文' }).innerHTML).toBe(
      '<ul><li>张小明住在大湾村，奶奶照顾他。</li></ul><p>他的新学期开始了。</p>',
    );
    expect(screen.getByTestId('unsaved')).toBeInTheDocument();
  });
});

/**
 * A stand-in XMLHttpRequest for the photo upload: the test decides when the upload progresses and
 * how it ends (the server's answer, or a broken connection).
 */
class FakeUpload {
  static last: FakeUpload | undefined;
  listeners: Record<string, ((event: ProgressEvent) => void)[]> = {};
  uploadListeners: Record<string, ((event: ProgressEvent) => void)[]> = {};
  headers: Record<string, string> = {};
  method = '';
  url = '';
  sent: FormData | undefined;
  status = 0;
  responseText = '';
  withCredentials = false;
  upload = {
    addEventListener: (type: string, listener: (event: ProgressEvent) => void) => {
      (this.uploadListeners[type] ??= []).push(listener);
    },
  };
  constructor() {
    FakeUpload.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  addEventListener(type: string, listener: (event: ProgressEvent) => void) {
    (this.listeners[type] ??= []).push(listener);
  }
  send(body: FormData) {
    this.sent = body;
  }
  progress(loaded: number, total: number) {
    const event = { lengthComputable: true, loaded, total } as ProgressEvent;
    this.uploadListeners.progress?.forEach((listener) => listener(event));
  }
  answer(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.listeners.load?.forEach((listener) => listener({} as ProgressEvent));
  }
  fail() {
    this.listeners.error?.forEach((listener) => listener({} as ProgressEvent));
  }
}

describe('photo upload', () => {
  beforeEach(() => {
    FakeUpload.last = undefined;
    vi.stubGlobal('XMLHttpRequest', FakeUpload);
  });

  const jpeg = () =>
    new File([new Uint8Array([0xff, 0xd8, 0xff])], 'a.jpg', { type: 'image/jpeg' });

  it('shows the progress while the photo is sent, then the new photo', async () => {
    const { user } = await openEditor();
    const input = screen.getByLabelText('上传照片');
    await user.upload(input, jpeg());
    const xhr = FakeUpload.last!;
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toMatch(/\/api\/my\/stories\/61\/photos$/);
    expect(xhr.withCredentials).toBe(true);
    expect((xhr.sent?.get('file') as File).name).toBe('a.jpg');

    const progress = await screen.findByRole('progressbar', { name: '上传进度' });
    expect(progress).toHaveAttribute('value', '0');
    expect(input).toBeDisabled();
    act(() => xhr.progress(2, 5));
    expect(progress).toHaveAttribute('value', '40');
    act(() => xhr.progress(5, 5));
    expect(progress).toHaveAttribute('value', '100');

    // the server keeps the photo; the story is read again with it
    const added = { ...stories.story.photos[0]!, id: 82, position: 1 };
    stories.story.photos.push(added);
    act(() => xhr.answer(201, added));
    expect(await screen.findByRole('group', { name: '照片 2' })).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(input).toBeEnabled();
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('says so when the connection breaks and when the server refuses the file', async () => {
    const { user } = await openEditor();
    const input = screen.getByLabelText('上传照片');
    await user.upload(input, jpeg());
    act(() => FakeUpload.last!.progress(1, 4));
    act(() => FakeUpload.last!.fail());
    expect(await screen.findByRole('alert')).toHaveTextContent('网络连接失败，请检查网络后重试。');
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(input).toBeEnabled();
    expect(input).toHaveAttribute('aria-invalid', 'true');

    await user.upload(input, jpeg());
    act(() =>
      FakeUpload.last!.answer(413, {
        type: 'about:blank',
        title: '文件过大',
        status: 413,
        detail: '照片不能超过 10 MB',
        errors: [{ field: 'file', message: '照片不能超过 10 MB' }],
      }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('照片不能超过 10 MB');
    expect(screen.queryByRole('group', { name: '照片 2' })).not.toBeInTheDocument();
  });
});
