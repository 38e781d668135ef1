import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';

import { ownerAccount, session } from '@/testing/fixtures';
import { problem, sessionHandler } from '@/testing/handlers';
import { server } from '@/testing/server';
import { renderWithRouter } from '@/testing/test-utils';

import {
  queueItem,
  reviewerAccount,
  reviewerApplication,
} from '@/features/review/testing/fixtures';

import { AppRoutes } from './router';

// Answers shaped as docs/design/issue-9-contract.md ("Review") says.
const bodies: { method: string; path: string; body: unknown }[] = [];
const requested: string[] = [];

async function remember(request: Request) {
  const body: unknown = await request.json().catch(() => undefined);
  bodies.push({ method: request.method, path: new URL(request.url).pathname, body });
  return body;
}

/** A queue whose items change as the reviewer declares, saves and submits. */
function reviewer(items: ReturnType<typeof queueItem>[]) {
  const queue = [...items];
  server.use(
    sessionHandler(session(reviewerAccount)),
    http.get('*/api/reviewer/assignments', () => HttpResponse.json(queue)),
    http.post('*/api/reviewer/assignments/:id/declaration', async ({ params, request }) => {
      const body = (await remember(request)) as { conflict: boolean };
      const index = queue.findIndex((item) => String(item.assignmentId) === params.id);
      queue[index] = queueItem(queue[index]!.assignmentId, body.conflict ? 'conflicted' : 'score');
      return HttpResponse.json(queue[index]);
    }),
    http.get('*/api/reviewer/assignments/:id/application', ({ params }) => {
      requested.push(String(params.id));
      const item = queue.find((candidate) => String(candidate.assignmentId) === params.id);
      if (item?.status === 'conflicted' || item?.status === 'declare') {
        return problem(403, '请先声明利益冲突', '请先声明利益冲突');
      }
      return HttpResponse.json({ ...reviewerApplication, assignmentId: Number(params.id) });
    }),
    http.put('*/api/reviewer/assignments/:id/scores', async ({ request }) => {
      const body = (await remember(request)) as {
        scores: unknown[];
        comment: string;
        version: number;
      };
      return HttpResponse.json({
        assignmentId: 502,
        status: 'score',
        scores: body.scores,
        comment: body.comment,
        weightedScore: null,
        submittedAt: null,
        version: body.version + 1,
      });
    }),
    http.post('*/api/reviewer/assignments/:id/submit', async ({ request }) => {
      await remember(request);
      const index = queue.findIndex((item) => item.assignmentId === 502);
      queue[index] = queueItem(502, 'submitted');
      return HttpResponse.json({
        assignmentId: 502,
        status: 'submitted',
        scores: [],
        comment: '',
        weightedScore: 8.2,
        submittedAt: '2026-12-22T10:00:00+08:00',
        version: 5,
      });
    }),
  );
}

beforeEach(() => {
  bodies.length = 0;
  requested.length = 0;
});

describe('the user menu', () => {
  it('links a reviewer to the reviews', async () => {
    reviewer([]);
    const { user, location } = renderWithRouter(<AppRoutes />, '/');
    await user.click(await screen.findByRole('button', { name: '评审甲' }));
    await user.click(screen.getByRole('link', { name: '评审任务' }));
    await waitFor(() => expect(location().pathname).toBe('/review'));
    expect(await screen.findByText('暂无评审任务。')).toBeVisible();
  });

  it('has no reviews link for other accounts', async () => {
    server.use(sessionHandler(session(ownerAccount)));
    const { user } = renderWithRouter(<AppRoutes />, '/');
    await user.click(await screen.findByRole('button', { name: '李老师' }));
    expect(screen.getByRole('link', { name: '我的账户' })).toBeVisible();
    expect(screen.queryByRole('link', { name: '评审任务' })).not.toBeInTheDocument();
  });
});

describe('the queue', () => {
  it('names an application only once no conflict is declared', async () => {
    reviewer([queueItem(501, 'declare'), queueItem(502, 'score'), queueItem(503, 'conflicted')]);
    renderWithRouter(<AppRoutes />, '/review');
    const list = await screen.findByRole('list', { name: '评审任务' });
    const [declare, score, conflicted] = within(list).getAllByRole('listitem');
    expect(declare).toHaveTextContent('昭通市留守儿童关爱资助计划 · 申请 #71 待声明利益冲突');
    expect(score).toHaveTextContent('彝良儿童之家 待评分');
    expect(conflicted).toHaveTextContent('已声明利益冲突');
    expect(conflicted).not.toHaveTextContent('彝良儿童之家');
  });
});

describe('the declaration', () => {
  it('declares no conflict, then shows the blind application and its rubric', async () => {
    reviewer([queueItem(502, 'declare')]);
    const { user } = renderWithRouter(<AppRoutes />, '/review/502');
    await user.click(await screen.findByLabelText('不存在利益冲突'));
    expect(requested).toEqual([]);
    await user.click(screen.getByRole('button', { name: '提交声明' }));
    expect(await screen.findByRole('heading', { name: '彝良儿童之家', level: 2 })).toBeVisible();
    expect(bodies[0]).toEqual({
      method: 'POST',
      path: '/api/reviewer/assignments/502/declaration',
      body: { conflict: false, reason: null },
    });
    expect(screen.getByTestId('blind-review')).toHaveTextContent('本次为匿名评审');
    expect(screen.queryByTestId('application-organisation')).not.toBeInTheDocument();
    expect(screen.getByText('彝良县留守儿童缺少课后看护。')).toBeVisible();
    expect(screen.getByLabelText('需求分析 得分（0–10）')).toHaveValue('7');
  });

  it('needs a reason for a conflict, and then never asks for the application', async () => {
    reviewer([queueItem(503, 'declare')]);
    const { user } = renderWithRouter(<AppRoutes />, '/review/503');
    await user.click(await screen.findByRole('button', { name: '提交声明' }));
    expect(await screen.findByText('请选择一项。')).toBeVisible();
    await user.click(screen.getByLabelText('存在利益冲突'));
    await user.click(screen.getByRole('button', { name: '提交声明' }));
    expect(await screen.findByText('请说明利益冲突。')).toBeVisible();
    expect(bodies).toEqual([]);
    await user.type(screen.getByLabelText('利益冲突说明'), '申请机构负责人是我的亲属');
    await user.click(screen.getByRole('button', { name: '提交声明' }));
    expect(await screen.findByTestId('conflicted')).toHaveTextContent('您已声明利益冲突');
    expect(bodies[0]?.body).toEqual({ conflict: true, reason: '申请机构负责人是我的亲属' });
    expect(requested).toEqual([]);
    expect(screen.queryByText('彝良县留守儿童缺少课后看护。')).not.toBeInTheDocument();
  });

  it('shows the organisation when the review is not blind', async () => {
    reviewer([queueItem(502, 'score')]);
    server.use(
      http.get('*/api/reviewer/assignments/502/application', () =>
        HttpResponse.json({
          ...reviewerApplication,
          blind: false,
          application: {
            ...reviewerApplication.application,
            blind: false,
            organisationId: 6,
            organisationName: '彝良县社工站',
          },
        }),
      ),
    );
    renderWithRouter(<AppRoutes />, '/review/502');
    expect(await screen.findByTestId('application-organisation')).toHaveTextContent('彝良县社工站');
    expect(screen.queryByTestId('blind-review')).not.toBeInTheDocument();
  });
});

describe('scoring', () => {
  it('refuses a score out of range and saves a draft with the version', async () => {
    reviewer([queueItem(502, 'score')]);
    const { user } = renderWithRouter(<AppRoutes />, '/review/502');
    const first = await screen.findByLabelText('需求分析 得分（0–10）');
    await user.clear(first);
    await user.type(first, '11');
    await user.click(screen.getByRole('button', { name: '保存草稿' }));
    await waitFor(() => expect(first).toHaveAccessibleDescription('请输入范围内的整数。'));
    expect(bodies).toEqual([]);
    await user.clear(first);
    await user.type(first, '8');
    await user.type(screen.getByLabelText('需求分析 评语'), '需求清楚');
    await user.click(screen.getByRole('button', { name: '保存草稿' }));
    expect(await screen.findByTestId('review-saved')).toHaveTextContent('已保存');
    expect(bodies[0]).toEqual({
      method: 'PUT',
      path: '/api/reviewer/assignments/502/scores',
      body: {
        scores: [{ criterionId: 901, score: 8, comment: '需求清楚' }],
        comment: '',
        version: 3,
      },
    });
  });

  it('submits only with every criterion scored, then shows the submitted review', async () => {
    reviewer([queueItem(502, 'score')]);
    const { user } = renderWithRouter(<AppRoutes />, '/review/502');
    await user.click(await screen.findByRole('button', { name: '提交评审' }));
    await waitFor(() =>
      expect(screen.getByLabelText('可行性 得分（0–10）')).toHaveAccessibleDescription(
        '提交前请为每项标准打分。',
      ),
    );
    expect(bodies).toEqual([]);
    await user.type(screen.getByLabelText('可行性 得分（0–10）'), '9');
    await user.type(screen.getByLabelText('总体评语'), '方案扎实。');
    await user.click(screen.getByRole('button', { name: '提交评审' }));
    await waitFor(() => expect(bodies).toHaveLength(2));
    expect(bodies[0]?.body).toEqual({
      scores: [
        { criterionId: 901, score: 7, comment: '' },
        { criterionId: 902, score: 9, comment: '' },
      ],
      comment: '方案扎实。',
      version: 3,
    });
    // the submission names the version the save returned
    expect(bodies[1]).toEqual({
      method: 'POST',
      path: '/api/reviewer/assignments/502/submit',
      body: { version: 4 },
    });
    expect(await screen.findByTestId('assignment-status')).toHaveTextContent('已提交');
  });

  it("puts the server's error at the criterion it names", async () => {
    reviewer([queueItem(502, 'score')]);
    server.use(
      http.put('*/api/reviewer/assignments/502/scores', () =>
        problem(400, '输入有误', '请检查', {
          errors: [{ field: 'scores[1].score', message: '评分须在 0 到 10 之间' }],
        }),
      ),
    );
    const { user } = renderWithRouter(<AppRoutes />, '/review/502');
    await user.type(await screen.findByLabelText('可行性 得分（0–10）'), '9');
    await user.click(screen.getByRole('button', { name: '保存草稿' }));
    await waitFor(() =>
      expect(screen.getByLabelText('可行性 得分（0–10）')).toHaveAccessibleDescription(
        '评分须在 0 到 10 之间',
      ),
    );
  });
});
