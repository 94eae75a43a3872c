// Stands in for the fetch and AbortController polyfills Taro's H5 request imports (config/index.ts): every browser
// of this build's browserslist has both.
export {};
