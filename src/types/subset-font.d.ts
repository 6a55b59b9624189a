/** subset-font ships no types; this is the part Lancar calls (https://github.com/papandreou/subset-font). */
declare module 'subset-font' {
  export default function subsetFont(font: Buffer, text: string, options?: { targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2' }): Promise<Buffer>;
}
