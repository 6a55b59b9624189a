/** The part of citation-js the tests use to read citation files back as a reference manager would. */
declare module '@citation-js/core' {
  export class Cite {
    /** Every item read, as CSL-JSON. */
    data: unknown[];
    static async(data: string): Promise<Cite>;
    format(format: 'bibliography', options: { format: 'text' | 'html'; template: string; lang: string }): string;
  }
}
