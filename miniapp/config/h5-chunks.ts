/**
 * How the H5 build splits code. Taro splits only the entry (`chunks: 'initial'`), so every page chunk carried its own
 * copy of the code pages share (the API client, the components, the domain rules): ~25 KB gzip per page. These
 * groups put code shared by two or more pages of one area into one chunk that area's pages load once. The areas stay
 * apart, so the women's pages never download what only the staff pages or the admin console share (nor ECharts,
 * which the admin console loads on its own).
 */

/** What splitChunks tells a `chunks` filter about a chunk: the imports it was split off for. */
interface ChunkOrigins {
  groupsIterable: Iterable<{ origins: { request?: string | null }[] }>;
}

type Area = (request: string) => boolean;

/** Requests as Taro's router writes them, e.g. `./pages/index/index` or `./packages/staff/login/index`. */
const WOMENS_PAGES: Area = (request) => /(^|\/)pages\//.test(request) && !/(^|\/)packages\//.test(request);
const STAFF_PAGES: Area = (request) => /(^|\/)packages\/staff\//.test(request);

const pagesOf = (area: Area) => (chunk: ChunkOrigins) =>
  [...chunk.groupsIterable].some((group) => group.origins.some((origin) => area(origin.request ?? '')));

export const SHARED_CHUNK_GROUPS = {
  pagesShared: { name: 'pages-shared', chunks: pagesOf(WOMENS_PAGES), minChunks: 2, priority: 20, minSize: 0 },
  staffShared: { name: 'staff-shared', chunks: pagesOf(STAFF_PAGES), minChunks: 2, priority: 20, minSize: 0 },
};
