import type { Registry } from '../../shared';

export function unitsCommand(registry: Registry, json: boolean, out: (s: string) => void): number {
  if (json) {
    out(
      JSON.stringify(
        registry.units.map((u) => ({ code: u.code, name: u.name, kind: u.kind })),
        null,
        2,
      ),
    );
    return 0;
  }
  const width = Math.max(...registry.units.map((u) => u.code.length), 4);
  out(
    `Danh sách đơn vị (${registry.id}, ${registry.units.length} đơn vị; cơ quan tổng hợp: ${registry.consolidator.name})`,
  );
  for (const u of registry.units)
    out(`${u.code.padEnd(width)}  ${u.name}  [${u.kind}]${u.active ? '' : ' (ngừng)'}`);
  return 0;
}
