// subset-font ships no types; this is the part card-png.ts uses (see its README).
declare module 'subset-font' {
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options?: { targetFormat?: 'truetype' | 'woff' | 'woff2' | 'sfnt' },
  ): Promise<Buffer>;
}
