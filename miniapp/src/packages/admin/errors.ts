import { ApiError } from '../../services/api';
import { COMMON, LOGIN } from './texts';

/** Plain words for a failed request; field problems are listed so the admin can fix them. */
export function describeError(error: unknown): string {
  if (!(error instanceof ApiError)) {
    return '出现了意外错误，请重试。';
  }
  if (error.code === 'NETWORK') {
    return LOGIN.network;
  }
  if (error.statusCode === 401) {
    return LOGIN.expired;
  }
  if (error.statusCode === 403) {
    return COMMON.forbidden;
  }
  if (
    error.statusCode === 404 &&
    error.code === 'NOT_FOUND' &&
    /Cannot (GET|POST|PUT|PATCH|DELETE)/.test(error.message)
  ) {
    return COMMON.notAvailableYet;
  }
  if (error.statusCode === 413 || error.code === 'PAYLOAD_TOO_LARGE') {
    return '文件太大：照片不能超过 60 KB。';
  }
  if (error.fields.length > 0) {
    return `请检查填写的内容：${error.fields.map((field) => `${field.field}（${field.reason}）`).join('；')}`;
  }
  return `操作未成功：${error.message}`;
}

export function isUnauthorized(error: unknown): boolean {
  return error instanceof ApiError && error.statusCode === 401;
}
