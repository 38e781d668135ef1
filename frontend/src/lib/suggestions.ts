import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import * as z from 'zod/mini';

import { apiGet } from '@/lib/api-client';
import { answers, type ApiResponse } from '@/lib/openapi';

/** How long typing pauses before suggestions are asked for. */
export const SUGGEST_DELAY_MS = 200;
/** The API takes 1–50 characters and answers up to 10 suggestions. */
const MAX_QUERY_LENGTH = 50;
const SUGGESTIONS = 8;

export const suggestionsSchema = answers<ApiResponse<'/api/search/suggest', 'get'>>()(
  z.array(z.object({ text: z.string(), kind: z.string() })),
);
export type Suggestion = z.infer<typeof suggestionsSchema>[number];

/** `GET /api/search/suggest`: titles and names of every kind that begin like `q`. */
export function getSuggestions(q: string, { signal }: { signal?: AbortSignal } = {}) {
  return apiGet('/api/search/suggest', suggestionsSchema, {
    params: { q, size: SUGGESTIONS },
    signal,
  });
}

/**
 * Suggestions for what is being typed, asked for once typing pauses; none for an empty or overlong
 * text. The previous answer stays while the next one loads, so the list does not flicker.
 */
export function useSuggestions(text: string) {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(text), SUGGEST_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [text]);
  const q = settled.trim();
  const enabled = q.length > 0 && q.length <= MAX_QUERY_LENGTH;
  const query = useQuery({
    queryKey: ['search-suggest', q],
    queryFn: ({ signal }) => getSuggestions(q, { signal }),
    enabled,
    staleTime: 60_000,
    retry: false,
    placeholderData: keepPreviousData,
  });
  return enabled && text.trim() !== '' ? (query.data ?? []) : [];
}
