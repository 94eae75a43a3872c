// Stands in for jsonp-retry in the H5 build (config/index.ts). Taro's H5 request imports it for `jsonp: true`, which
// this app never asks for (its API answers JSON over fetch); the real module also writes a probe key to localStorage
// as soon as it is evaluated, on the home page's first visit.
export default function jsonpRetry() {
  return Promise.reject(new Error('JSONP requests are not part of this app'));
}
