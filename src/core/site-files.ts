/** The render contract's types (scripts/site-renderer.ts re-exports them for the server). */
export interface DataFile {
  /** 'datasets.json', 'services.csv', … */
  name: string;
  bytes: Uint8Array;
  modifiedAt: number;
}

export interface SiteFile {
  /** Posix path relative to the site root. */
  path: string;
  body: string | Uint8Array;
}

export type IssueText = { file: string; text: { zh: string; en: string } };

export type RenderOutcome =
  | {
      ok: true;
      files: SiteFile[];
      /** ms: load, board, embeds. */
      timings: Record<string, number>;
      /** The data's warnings, in the same form as the issues of a refused render. */
      warnings?: ReadonlyArray<IssueText>;
    }
  | { ok: false; issues: ReadonlyArray<IssueText> };

export type SiteRenderer = (data: DataFile[], now: Date) => Promise<RenderOutcome>;
