#!/bin/sh
# Builds the weapp for release and uploads it to WeChat as a development version (then 提交审核 in the console).
#
#   WECHAT_APPID=wx0123456789abcdef \
#   WEAPP_PRIVATE_KEY_PATH=/secure/private.wx0123456789abcdef.key \
#   TARO_APP_API_BASE=https://wac.example.cn \
#   deploy/upload-weapp.sh 1.2.0 "预约页文字修改"
#
# The key is the 代码上传密钥 from mp.weixin.qq.com → 开发管理 → 开发设置 → 小程序代码上传 (keep it out of the
# repository); uploads come only from the IP addresses listed there. The build refuses a non-https API address.
set -eu
VERSION="${1:?usage: deploy/upload-weapp.sh VERSION [DESCRIPTION]}"
DESCRIPTION="${2:-$VERSION}"
: "${WECHAT_APPID:?set WECHAT_APPID (the mini-program's AppID)}"
: "${WEAPP_PRIVATE_KEY_PATH:?set WEAPP_PRIVATE_KEY_PATH (the code-upload key file)}"
: "${TARO_APP_API_BASE:?set TARO_APP_API_BASE=https://… (the API the weapp calls)}"
[ -r "$WEAPP_PRIVATE_KEY_PATH" ] || { echo "cannot read $WEAPP_PRIVATE_KEY_PATH" >&2; exit 1; }
cd "$(dirname "$0")/.."

npx --yes pnpm@12.4.2 install --frozen-lockfile
# A release build: NODE_ENV=production and no WEAPP_LOCAL_BUILD, so an http:// API address stops it here.
env -u WEAPP_LOCAL_BUILD NODE_ENV=production npx pnpm@12.4.2 --filter @wac/miniapp run build:weapp

# miniapp/project.config.json points miniprogram-ci at dist/weapp; the output is ES5 already (check-weapp-size.mjs).
npx --yes miniprogram-ci@2.1.42 upload \
  --pp ./miniapp \
  --pkp "$WEAPP_PRIVATE_KEY_PATH" \
  --appid "$WECHAT_APPID" \
  --uv "$VERSION" \
  --ud "$DESCRIPTION" \
  -r 1 \
  --enable-es6 false
