import { posix } from 'node:path';

/**
 * The file a relative markdown link points to, from the document at `from`;
 * undefined for web links, anchors and absolute paths.
 */
export function resolveLocalLink(from: string, url: string): string | undefined {
  if (url === '' || url.startsWith('#') || url.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(url)) return undefined;
  const path = url.split('#', 1)[0]!.split('?', 1)[0]!;
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    decoded = path;
  }
  return posix.normalize(posix.join(posix.dirname(from), decoded));
}
