import { ApiError, buildUrl, getCsrfToken, problemSchema, refreshSession } from '@/lib/api-client';
import { getCurrentLanguage } from '@/lib/i18n/i18n';

import { myStoryPath } from './agency';
import { photoSchema, type Photo } from './schemas';

/**
 * Uploads a photo (multipart `file`) with progress, which `fetch` cannot report: an
 * XMLHttpRequest with the same credentials, CSRF header and one session refresh on a 401 as
 * every other request of the API client. A refusal becomes an {@link ApiError} with the problem.
 */
export function uploadPhoto(
  storyId: string,
  file: File,
  onProgress: (fraction: number) => void,
): Promise<Photo> {
  return new Promise((resolve, reject) => {
    const send = (retried: boolean) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', buildUrl(`${myStoryPath(storyId)}/photos`));
      xhr.withCredentials = true;
      xhr.setRequestHeader('Accept', 'application/json');
      xhr.setRequestHeader('Accept-Language', getCurrentLanguage());
      const csrf = getCsrfToken();
      if (csrf) xhr.setRequestHeader('X-CSRF-TOKEN', csrf);
      xhr.upload.addEventListener('progress', (event) => {
        if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
      });
      xhr.addEventListener('load', () => {
        void (async () => {
          if (xhr.status === 401 && !retried && (await refreshSession())) {
            send(true);
            return;
          }
          let body: unknown;
          try {
            body = JSON.parse(xhr.responseText);
          } catch {
            body = undefined;
          }
          if (xhr.status >= 200 && xhr.status < 300) {
            onProgress(1);
            resolve(photoSchema.parse(body));
            return;
          }
          const problem = problemSchema.safeParse(body);
          const data = problem.success ? problem.data : undefined;
          reject(
            new ApiError(xhr.status, data, data?.detail ?? `photo upload answered ${xhr.status}`),
          );
        })();
      });
      xhr.addEventListener('error', () => reject(new TypeError('network error')));
      const form = new FormData();
      form.append('file', file);
      xhr.send(form);
    };
    send(false);
  });
}
