/**
 * What a browser gets for an address outside `/api` that is not part of the H5 build: the app's own plain Chinese
 * page with a way home, never a framework's English error. No script (the CSP allows none inline), neutral words.
 */
export const NOT_FOUND_PAGE = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>页面不存在</title>
<style>
body { margin: 0; font-family: -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif; background: #f5f6f8; color: #222; }
main { max-width: 32rem; margin: 20vh auto 0; padding: 0 1.5rem; text-align: center; }
h1 { font-size: 1.5rem; }
p { font-size: 1.05rem; line-height: 1.6; }
a { display: inline-block; margin-top: 1rem; padding: 0.8rem 1.6rem; border-radius: 0.5rem; background: #07c160; color: #fff; text-decoration: none; font-size: 1.1rem; }
</style>
</head>
<body>
<main>
<h1>页面不存在</h1>
<p>这个地址没有内容，可能输入有误或已经失效。</p>
<a href="/">回到首页</a>
</main>
</body>
</html>
`;
