export const clouds = [
  { id: 'aws', name: 'AWS' },
  { id: 'google-cloud', name: 'Google Cloud' },
  { id: 'microsoft-azure', name: 'Azure' },
] as const;

export interface Service {
  id: string;
  name: string;
  description: string;
  vendor: { id: string; name: string } | null;
}

export interface CloudColumn<S extends Service> {
  id: string;
  name: string;
  services: S[];
}

/** The chosen service and its equivalents in one column per cloud, then one for everything else. */
export function cloudColumns<S extends Service>(chosen: S, equivalents: readonly S[]): CloudColumn<S>[] {
  const all = [chosen, ...equivalents.filter((e) => e.id !== chosen.id)];
  const columns: CloudColumn<S>[] = clouds.map((cloud) => ({
    id: cloud.id,
    name: cloud.name,
    services: all.filter((s) => s.vendor?.id === cloud.id),
  }));
  const cloudIds = new Set<string>(clouds.map((c) => c.id));
  const elsewhere = all.filter((s) => !s.vendor || !cloudIds.has(s.vendor.id));
  if (elsewhere.length > 0) columns.push({ id: 'elsewhere', name: 'Elsewhere', services: elsewhere });
  return columns;
}
