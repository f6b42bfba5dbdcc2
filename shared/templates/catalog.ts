import type { ReportKind } from '../domain/types';
import type { IndicatorSection, NarrativeSection, TableSection, TemplateSpec } from './spec-types';
import { TT22_PL01_V1, TT22_PL01_V1_1 } from './tt22-pl01-ke-hoach';
import { TT22_PL02_V1 } from './tt22-pl02-bao-cao';

/** Known template versions. A province variant is added here (or passed in) as a new version. */
export const BUILT_IN_TEMPLATES: readonly TemplateSpec[] = [TT22_PL01_V1, TT22_PL02_V1, TT22_PL01_V1_1];

export function templateForKind(
  kind: ReportKind,
  templates: readonly TemplateSpec[] = BUILT_IN_TEMPLATES,
): TemplateSpec {
  const t = [...templates].reverse().find((x) => x.kinds.includes(kind));
  if (!t) throw new Error(`no template for ${kind}`);
  return t;
}

export function findTemplate(
  id: string,
  version: string,
  templates: readonly TemplateSpec[] = BUILT_IN_TEMPLATES,
): TemplateSpec | undefined {
  return templates.find((t) => t.id === id && t.version === version);
}

export function tableSection(spec: TemplateSpec): TableSection | undefined {
  return spec.sections.find((s): s is TableSection => s.type === 'table');
}

export function indicatorSection(spec: TemplateSpec): IndicatorSection | undefined {
  return spec.sections.find((s): s is IndicatorSection => s.type === 'indicators');
}

export function narrativeSections(spec: TemplateSpec): NarrativeSection[] {
  return spec.sections.filter((s): s is NarrativeSection => s.type === 'narrative');
}
