import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { AppRoutes } from './router';
import { session } from '@/testing/fixtures';
import { server } from '@/testing/server';
import { renderWithRouter } from '@/testing/test-utils';

const DOCUMENT = `openapi: 3.0.1
info:
  title: Qianshou API
  version: "1"
paths:
  /api/projects/{id}:
    get:
      summary: Published and closed projects for everyone.
      parameters:
      - name: id
        in: path
        required: true
        schema:
          type: integer
          format: int64
      responses:
        "200":
          description: the project
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/ProjectDetail"
components:
  schemas:
    ProjectDetail:
      required:
      - id
      type: object
      properties:
        id:
          type: integer
          format: int64
        regions:
          type: array
          items:
            $ref: "#/components/schemas/RegionView"
    RegionView:
      type: object
      properties:
        code:
          type: string
`;

describe('the API page', () => {
  it('shows the operations and records of the document the backend serves', async () => {
    server.use(
      http.get('*/api/auth/me', () => HttpResponse.json(session(null))),
      http.get(
        '*/api/openapi.yml',
        () => new HttpResponse(DOCUMENT, { headers: { 'Content-Type': 'application/yaml' } }),
      ),
    );
    renderWithRouter(<AppRoutes />, '/developers/api');

    const operation = await screen.findByRole('article', { name: 'GET /api/projects/{id}' });
    expect(
      within(operation).getByText('Published and closed projects for everyone.'),
    ).toBeVisible();
    expect(within(operation).getByRole('table', { name: '参数' })).toHaveTextContent(
      'integer (int64)',
    );
    expect(within(operation).getByRole('link', { name: 'ProjectDetail' })).toHaveAttribute(
      'href',
      '#schema-ProjectDetail',
    );
    const record = screen.getByRole('article', { name: 'ProjectDetail' });
    expect(record).toHaveTextContent('id *');
    expect(within(record).getByRole('link', { name: 'RegionView' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '/api/openapi.yml' })).toBeInTheDocument();
  });
});
