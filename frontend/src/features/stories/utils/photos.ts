import type { Photo } from '../api/schemas';

const widthsOf = (photo: Photo) =>
  Object.keys(photo.urls)
    .filter((key) => /^\d+$/.test(key))
    .map(Number)
    .sort((a, b) => a - b);

/** The smallest served width (thumbnails in the editor). */
export function smallestUrl(photo: Photo): string | undefined {
  const [smallest] = widthsOf(photo);
  return smallest !== undefined ? photo.urls[String(smallest)] : photo.urls.original;
}

/** `srcset` from the served widths (`/…/320 320w, /…/640 640w`), and the largest as `src`. */
export function srcSet(photo: Photo): { src: string | undefined; srcSet: string | undefined } {
  const widths = widthsOf(photo);
  if (widths.length === 0) return { src: photo.urls.original, srcSet: undefined };
  return {
    src: photo.urls[String(widths[widths.length - 1])],
    srcSet: widths.map((width) => `${photo.urls[String(width)]} ${width}w`).join(', '),
  };
}
