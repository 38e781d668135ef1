import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { Route, Routes } from 'react-router';

import { renderWithRouter } from '@/testing/test-utils';

import { ProjectPage } from './project-page';

const renderProject = (id: string) =>
  renderWithRouter(
    <Routes>
      <Route path="/projects/:id" element={<ProjectPage />} />
    </Routes>,
    `/projects/${id}`,
  );

describe('ProjectPage', () => {
  it('shows the project with its full region path, names, money and a demo badge', async () => {
    renderProject('42');
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading).toHaveTextContent('留守儿童关爱 <script>alert(1)</script>');
    expect(document.querySelector('script')).toBeNull();
    expect(screen.getByText('演示数据')).toBeInTheDocument();
    expect(screen.getByText('云南省 › 昭通市 › 鲁甸县 › 文屏镇')).toBeInTheDocument();
    expect(screen.getByText('昭通市阳光社会工作服务中心')).toBeInTheDocument();
    expect(screen.getByText('进行中')).toBeInTheDocument();
    expect(screen.getByText('¥12,345.00')).toBeInTheDocument();
    expect(screen.getByText('2024-03-01 – 2025-02-28')).toBeInTheDocument();
    expect(await screen.findByText('示范项目')).toBeInTheDocument();
    expect(screen.getByText('政府购买服务')).toBeInTheDocument();
    expect(screen.getByText('留守儿童关爱保护')).toBeInTheDocument();
    const description = screen.getByText(/第一段。/);
    expect(description.textContent).toBe('第一段。\n\n第二段：  缩进保留。');
    expect(description).toHaveClass('description');
    expect(screen.getByRole('link', { name: /返回搜索/ })).toHaveAttribute('href', '/projects');
  });

  it('shows a not-found state for an unknown project', async () => {
    renderProject('999');
    expect(
      await screen.findByRole('heading', { level: 1, name: '项目不存在' }),
    ).toBeInTheDocument();
    expect(screen.getByText('没有找到这个项目。')).toBeInTheDocument();
    const main = document.body;
    expect(within(main).getByRole('link', { name: /返回搜索/ })).toBeInTheDocument();
  });
});
