import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import { getDocumentsQueryOptions } from './get-documents';

export function deleteDocument({
  id,
  documentId,
}: {
  id: string;
  documentId: number;
}): Promise<void> {
  return apiRequest(
    'DELETE',
    `/api/organisations/${encodeURIComponent(id)}/documents/${encodeURIComponent(documentId)}`,
  );
}

export function useDeleteDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteDocument,
    onSuccess: (_, { id }) =>
      queryClient.invalidateQueries({ queryKey: getDocumentsQueryOptions(id).queryKey }),
  });
}
