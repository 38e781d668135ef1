import { http, HttpResponse } from 'msw';

import { problem } from '@/testing/handlers';

import {
  consent as consentFixture,
  projectMoney,
  publicStory,
  storyDetail,
  storySearchAnswer,
  storySummary,
} from './fixtures';

type Story = typeof storyDetail;
type Json = Record<string, unknown>;

// A toy protection check for the handlers: the fixture's full name and village, and any mobile number.
const NAMES = ['张小明'];
const VILLAGES = ['大湾村'];

function textOf(html: string): string {
  return html
    .split(/<\/(?:p|h2|h3|li|blockquote)>/)
    .map((block) => block.replace(/<[^>]*>/g, ''))
    .filter((block) => block.length > 0)
    .join('\n');
}

function check(story: Story, justifications: Map<string, string>): Story['flags'] {
  const flags: Story['flags'] = [];
  const find = (kind: string, words: string[]) => {
    for (const word of words) {
      let at = story.bodyText.indexOf(word);
      while (at >= 0) {
        flags.push({
          field: 'body',
          kind,
          start: at,
          end: at + word.length,
          text: word,
          justification: justifications.get(`${kind}:${word}`) ?? null,
          blocking: true,
        });
        at = story.bodyText.indexOf(word, at + word.length);
      }
    }
  };
  find('person-name', NAMES);
  find('village', VILLAGES);
  for (const match of story.bodyText.matchAll(/1[3-9]\d{9}/g)) {
    flags.push({
      field: 'body',
      kind: 'mobile',
      start: match.index,
      end: match.index + 11,
      text: `${match[0].slice(0, 3)}****${match[0].slice(7)}`,
      justification: null,
      blocking: true,
    });
  }
  return flags.sort((a, b) => a.start - b.start);
}

/** The story as the server holds it, what the handlers were sent, and failures to play. */
export const stories = {
  story: structuredClone(storyDetail),
  justifications: new Map<string, string>(),
  bodies: [] as { method: string; path: string; body: unknown }[],
  searches: [] as URLSearchParams[],
  /** The next story saves' answers, in order ('conflict': someone else saved first). */
  saveFailures: [] as 'conflict'[],
  /** The next photo upload is refused as not an image. */
  refuseUpload: false,
  /** Publishing is refused by the face rule. */
  refuseFace: false,
  /** The next consent edits' answers ('locked': the story was submitted meanwhile; 'invalid': a field refused). */
  consentFailures: [] as ('locked' | 'invalid')[],
  nextConsentId: 100,
  nextPhotoId: 200,
  reset() {
    this.story = structuredClone(storyDetail);
    this.justifications.clear();
    this.story.flags = check(this.story, this.justifications);
    this.bodies.length = 0;
    this.searches.length = 0;
    this.saveFailures.length = 0;
    this.refuseUpload = false;
    this.refuseFace = false;
    this.consentFailures.length = 0;
  },
  /** Another device saves the story: a new version with other text. */
  savedElsewhere(bodyHtml: string) {
    this.story.bodyHtml = bodyHtml;
    this.story.bodyText = textOf(bodyHtml);
    this.story.version += 1;
    this.story.flags = check(this.story, this.justifications);
  },
  sent(method: string, suffix: string): Json[] {
    return this.bodies
      .filter((entry) => entry.method === method && entry.path.endsWith(suffix))
      .map((entry) => entry.body as Json);
  },
};
stories.reset();

async function remember(request: Request) {
  const body: unknown = await request.json().catch(() => undefined);
  stories.bodies.push({ method: request.method, path: new URL(request.url).pathname, body });
  return (body ?? {}) as Json;
}

const MY = '*/api/my/stories/61';
const answer = () => HttpResponse.json(stories.story);
const page = (items: unknown[]) =>
  HttpResponse.json({ items, total: items.length, page: 0, size: 100 });

export const storyHandlers = [
  http.get('*/api/organisations/5/stories', () =>
    page([
      storySummary(stories.story),
      {
        ...storySummary(storyDetail),
        id: 62,
        title: '奶奶的菜园',
        status: 'returned',
        statusReason: '请删去村名。',
      },
    ]),
  ),
  http.get('*/api/organisations/5/projects', () =>
    HttpResponse.json([{ id: 42, title: '镇雄县留守儿童监护走访', status: 'published' }]),
  ),
  http.post('*/api/organisations/5/stories', async ({ request }) => {
    const body = await remember(request);
    stories.story = {
      ...structuredClone(storyDetail),
      ...(body as Partial<Story>),
      id: 61,
      status: 'draft',
      version: 1,
      photos: [],
    };
    stories.story.bodyText = textOf(stories.story.bodyHtml);
    stories.story.flags = check(stories.story, stories.justifications);
    return HttpResponse.json(stories.story, { status: 201 });
  }),
  http.get(MY, answer),
  http.put(MY, async ({ request }) => {
    const body = await remember(request);
    if (stories.saveFailures.shift() === 'conflict' || body.version !== stories.story.version) {
      return problem(409, '冲突', '故事已被修改，请刷新后再试', {
        type: 'https://qianshou.org/problems/conflict',
      });
    }
    if (typeof body.title === 'string' && body.title.trim() === '') {
      return problem(400, '输入有误', '请检查标红的项目', {
        errors: [{ field: 'update.request.title', message: '标题不能为空' }],
      });
    }
    const { version: _version, ...fields } = body;
    void _version;
    Object.assign(stories.story, fields);
    stories.story.bodyText = textOf(stories.story.bodyHtml);
    stories.story.version += 1;
    stories.story.flags = check(stories.story, stories.justifications);
    return answer();
  }),
  http.put(`${MY}/justifications`, async ({ request }) => {
    const body = await remember(request);
    const key = `${String(body.kind)}:${String(body.text)}`;
    if (body.justification) stories.justifications.set(key, String(body.justification));
    else stories.justifications.delete(key);
    stories.story.flags = check(stories.story, stories.justifications);
    return answer();
  }),
  http.post(`${MY}/consents`, async ({ request }) => {
    const body = await remember(request);
    const consent = { ...consentFixture, ...body, id: stories.nextConsentId++ };
    stories.story.consents.push(consent as typeof consentFixture);
    return HttpResponse.json(consent, { status: 201 });
  }),
  http.put(`${MY}/consents/:consentId`, async ({ request, params }) => {
    const body = await remember(request);
    const failure = stories.consentFailures.shift();
    if (failure === 'locked') {
      return problem(409, '不能修改', '故事已提交审核，审核结束前不能修改。');
    }
    if (failure === 'invalid') {
      return problem(400, '输入有误', '请检查标红的项目', {
        errors: [{ field: 'givenOn', message: '同意日期不能晚于今天' }],
      });
    }
    const index = stories.story.consents.findIndex(
      (consent) => String(consent.id) === String(params.consentId),
    );
    if (index < 0) return problem(404, '未找到', '同意记录不存在');
    const changed = {
      ...stories.story.consents[index]!,
      ...body,
      id: stories.story.consents[index]!.id,
    };
    stories.story.consents[index] = changed as typeof consentFixture;
    return HttpResponse.json(changed);
  }),
  http.delete(`${MY}/consents/:consentId`, ({ params }) => {
    stories.story.consents = stories.story.consents.filter(
      (consent) => String(consent.id) !== String(params.consentId),
    );
    return new HttpResponse(null, { status: 204 });
  }),
  http.post(`${MY}/photos`, () => {
    stories.bodies.push({ method: 'POST', path: '/api/my/stories/61/photos', body: 'file' });
    if (stories.refuseUpload) {
      return problem(400, '输入有误', '请检查标红的项目', {
        errors: [{ field: 'file', message: '只接受 JPEG、PNG 或 WebP 图片' }],
      });
    }
    const added = {
      ...storyDetail.photos[0]!,
      id: stories.nextPhotoId++,
      altText: '',
      caption: '',
      showsPeople: false,
    };
    stories.story.photos.push(added);
    return HttpResponse.json(added, { status: 201 });
  }),
  http.put(`${MY}/photos/:photoId`, async ({ request, params }) => {
    const body = await remember(request);
    const photo = stories.story.photos.find((item) => String(item.id) === String(params.photoId));
    if (!photo) return problem(404, '未找到', '照片不存在');
    Object.assign(photo, body);
    return HttpResponse.json(photo);
  }),
  http.put(`${MY}/cover`, async ({ request }) => {
    const body = await remember(request);
    stories.story.coverPhotoId = Number(body.photoId);
    return new HttpResponse(null, { status: 204 });
  }),
  http.post(`${MY}/submit`, async ({ request }) => {
    const body = await remember(request);
    if (body.version !== stories.story.version) return problem(409, '冲突', '故事已被修改');
    const open = stories.story.flags.filter((flag) => flag.blocking && !flag.justification);
    if (open.some((flag) => flag.kind === 'mobile' || flag.kind === 'id-number')) {
      return problem(400, '不能提交', '正文含有手机号码或身份证号码，必须删除后才能提交', {
        errors: [{ field: 'body', message: '正文含有手机号码，必须删除' }],
      });
    }
    if (open.length > 0) {
      return problem(400, '不能提交', '保护检查还有未处理的标记', {
        errors: [{ field: 'body', message: '还有未处理的姓名或村名' }],
      });
    }
    if (stories.story.consents.length === 0) {
      return problem(400, '不能提交', '至少需要一条同意记录', {
        errors: [{ field: 'consents', message: '至少需要一条同意记录' }],
      });
    }
    stories.story.status = 'submitted';
    stories.story.submittedAt = '2026-11-30T11:00:00+08:00';
    return new HttpResponse(null, { status: 204 });
  }),

  // Moderation.
  http.get('*/api/admin/stories', ({ request }) => {
    stories.searches.push(new URL(request.url).searchParams);
    // a plain array (sty's answer); the organisation's list above is a page: both are read
    return HttpResponse.json([
      storySummary({
        ...stories.story,
        status: 'submitted',
        submittedAt: '2026-11-29T09:00:00+08:00',
      }),
      {
        ...storySummary(storyDetail),
        id: 63,
        title: '村口的图书角',
        status: 'submitted',
        submittedAt: '2026-11-30T09:00:00+08:00',
      },
    ]);
  }),
  http.get('*/api/admin/stories/61', answer),
  http.post('*/api/admin/stories/61/:action', async ({ request, params }) => {
    const body = await remember(request);
    if (params.action === 'publish') {
      if (stories.refuseFace) {
        return problem(409, '不能发布', '涉及儿童的故事中，照片须确认没有可辨认的面孔', {
          type: 'https://qianshou.org/problems/face-confirmation',
          errors: [{ field: 'photos[0]', message: '未确认没有可辨认的面孔' }],
        });
      }
      stories.story.status = 'published';
    } else if (params.action === 'return') {
      stories.story.status = 'returned';
      stories.story.statusReason = String(body.reason);
    } else {
      stories.story.status = 'unpublished';
      stories.story.statusReason = String(body.reason);
    }
    return new HttpResponse(null, { status: 204 });
  }),

  // Public.
  http.get('*/api/stories', ({ request }) => {
    stories.searches.push(new URL(request.url).searchParams);
    return HttpResponse.json(storySearchAnswer);
  }),
  http.get('*/api/stories/:id', ({ params }) =>
    String(params.id) === '61'
      ? HttpResponse.json(publicStory)
      : problem(404, '未找到', '故事不存在'),
  ),
  http.get('*/api/disclosure/projects/42', () => HttpResponse.json(projectMoney)),
];
