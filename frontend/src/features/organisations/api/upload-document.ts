import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiUpload } from '@/lib/api-client';

import { getDocumentsQueryOptions } from './get-documents';
import { documentSchema, type OrganisationDocument } from './schemas';

export const DOCUMENT_KINDS = ['registration-certificate', 'other'] as const;
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
export const DOCUMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];

export function uploadDocument({
  id,
  kind,
  file,
}: {
  id: string;
  kind: string;
  file: File;
}): Promise<OrganisationDocument> {
  const form = new FormData();
  form.append('kind', kind);
  form.append('file', file, file.name);
  return apiUpload(`/api/organisations/${encodeURIComponent(id)}/documents`, form, documentSchema);
}

export function useUploadDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadDocument,
    onSuccess: (_, { id }) =>
      queryClient.invalidateQueries({ queryKey: getDocumentsQueryOptions(id).queryKey }),
  });
}
