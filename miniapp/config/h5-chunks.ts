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

/** What a cache group's `test` is told: the chunks a module is in before splitting. */
interface ModuleContext {
  chunkGraph: { getModuleChunksIterable(module: unknown): Iterable<ChunkOrigins> };
}

type Area = (request: string) => boolean;

/** Requests as Taro's router writes them, e.g. `./pages/index/index` or `./packages/staff/login/index`. */
const WOMENS_PAGES: Area = (request) => /(^|\/)pages\//.test(request) && !/(^|\/)packages\//.test(request);
const STAFF_PAGES: Area = (request) => /(^|\/)packages\/staff\//.test(request);
/** The page a first visit opens. */
const HOME_PAGE: Area = (request) => /(^|\/)pages\/index\/index$/.test(request);

const pagesOf = (area: Area) => (chunk: ChunkOrigins) =>
  [...chunk.groupsIterable].some((group) => group.origins.some((origin) => area(origin.request ?? '')));

/** Modules the home page uses (whatever other pages use them too). */
const usedByHome = (module: unknown, { chunkGraph }: ModuleContext) =>
  [...chunkGraph.getModuleChunksIterable(module)].some(pagesOf(HOME_PAGE));

export const SHARED_CHUNK_GROUPS = {
  // A first visit loads the home page: what it shares with other pages comes in a chunk of its own, so it does not
  // wait for the booking and call-back forms' code as well (that comes with the page that needs it).
  pagesHome: {
    name: 'pages-home',
    chunks: pagesOf(WOMENS_PAGES),
    test: usedByHome,
    minChunks: 2,
    priority: 25,
    minSize: 0,
  },
  pagesShared: { name: 'pages-shared', chunks: pagesOf(WOMENS_PAGES), minChunks: 2, priority: 20, minSize: 0 },
  staffShared: { name: 'staff-shared', chunks: pagesOf(STAFF_PAGES), minChunks: 2, priority: 20, minSize: 0 },
};
