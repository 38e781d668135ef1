/** Where the API lives. Empty: same origin (the backend serves the SPA; Vite proxies in dev). */
export const API_BASE_URL: string = import.meta.env.VITE_API_BASE_URL ?? '';

/** Results per page; the API accepts 1..100. */
export const SEARCH_PAGE_SIZE = 20;

/** The API pages through this many hits at most (the search index's result window). */
export const MAX_RESULT_WINDOW = 10_000;

/** The province the product serves; the region picker starts here. */
export const ROOT_REGION_CODE = '53';
