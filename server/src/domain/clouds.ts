/** The cloud vendors a stack can be translated to, by vendor id, with the short name people use. */
export const cloudVendors: ReadonlyMap<string, string> = new Map([
  ['aws', 'AWS'],
  ['google-cloud', 'Google Cloud'],
  ['microsoft-azure', 'Azure'],
]);

export const isCloudVendor = (id: string | null): boolean => id !== null && cloudVendors.has(id);
