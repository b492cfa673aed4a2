/**
 * Where the content lives. `KPS_CONTENT_DIR` points the build at another tree
 * (the tests build fixture content this way); the default is `content/`.
 */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return (env.KPS_CONTENT_DIR ?? 'content').replace(/\/+$/, '');
}
