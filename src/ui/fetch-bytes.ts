import type { ReadBytesResult } from '../core/data-folder';

/** One data/ file as the core loader reads it: no-cache, given up after `timeoutMs`. */
export async function fetchBytes(url: string, timeoutMs: number): Promise<ReadBytesResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const res = await fetch(url, { signal: controller.signal, cache: 'no-cache' });
    if (!res.ok)
      return {
        ok: false,
        issue: { code: 'http_error', severity: 'error', params: { status: res.status } },
      };
    // When the file last changed, which is what "data as of" means; absent on some servers.
    const modified = Date.parse(res.headers.get('Last-Modified') ?? '');
    const bytes = new Uint8Array(await res.arrayBuffer());
    return Number.isNaN(modified) ? { ok: true, bytes } : { ok: true, bytes, modifiedAt: modified };
  } catch {
    const code = controller.signal.aborted ? 'timeout' : 'network_error';
    return { ok: false, issue: { code, severity: 'error', params: { seconds: timeoutMs / 1000 } } };
  } finally {
    clearTimeout(timer);
  }
}
