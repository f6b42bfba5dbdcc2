import type { Submission } from '../parse/submission';
import type { CrossRule, TemplateSpec } from '../templates/spec-types';
import type { Finding } from './finding';
import { finding } from './finding';

export interface CrossContext {
  planCodes?: ReadonlySet<string>;
}

function fmt(n: number): string {
  return (Math.round(n * 1000) / 1000).toLocaleString('vi-VN');
}

/** Rules that look at more than one field, as declared in the template (SPEC §5). */
export function applyCrossRules(spec: TemplateSpec, s: Submission, ctx: CrossContext): Finding[] {
  const out: Finding[] = [];
  for (const rule of spec.rules) out.push(...applyRule(rule, spec, s, ctx));
  return out;
}

/** Only the plan-link rules: run by the consolidator once it knows the unit's plan. */
export function applyPlanLinkRules(
  spec: TemplateSpec,
  s: Submission,
  planCodes: ReadonlySet<string>,
): Finding[] {
  const out: Finding[] = [];
  for (const rule of spec.rules)
    if (rule.type === 'task-in-plan') out.push(...applyRule(rule, spec, s, { planCodes }));
  return out;
}

function headerOf(spec: TemplateSpec, key: string): string {
  for (const sec of spec.sections)
    if (sec.type === 'table') for (const c of sec.columns) if (c.key === key) return c.header;
  return key;
}

function applyRule(rule: CrossRule, spec: TemplateSpec, s: Submission, ctx: CrossContext): Finding[] {
  const out: Finding[] = [];
  switch (rule.type) {
    case 'date-order':
      for (const r of s.rows) {
        const a = r.spans[rule.from];
        const b = r.spans[rule.to];
        if (a && b && a.from > b.to)
          out.push(
            finding(
              'DATE_ORDER',
              { sheet: s.sheet, cell: r.cells[rule.to], field: rule.to, value: r.values[rule.to] },
              headerOf(spec, rule.from),
              headerOf(spec, rule.to),
            ),
          );
      }
      break;
    case 'indicator-requires': {
      const v = s.indicators[rule.indicator];
      const req = s.indicators[rule.requires];
      if (v !== undefined && v !== null && v > 0 && !(req !== null && req !== undefined && req > 0))
        out.push(
          finding(
            'INDICATOR_REQUIRES',
            {
              sheet: s.sheet,
              cell: s.indicatorCells[rule.requires] ?? '',
              field: rule.requires,
              value: req ?? null,
            },
            rule.indicator,
            rule.requires,
          ),
        );
      break;
    }
    case 'budget-vs-indicator': {
      const ind = s.indicators[rule.indicator];
      let sum = 0;
      for (const r of s.rows)
        if (typeof r.values[rule.column] === 'number') sum += r.values[rule.column] as number;
      const value = ind ?? 0;
      if ((ind !== null && ind !== undefined) || sum > 0) {
        const diff = Math.abs(sum - value);
        if (diff > rule.tolerance * Math.max(sum, value) + 1e-9)
          out.push(
            finding(
              'BUDGET_MISMATCH',
              {
                sheet: s.sheet,
                cell: s.indicatorCells[rule.indicator] ?? '',
                field: rule.indicator,
                value: ind ?? null,
              },
              fmt(sum),
              rule.indicator,
              fmt(value),
            ),
          );
      }
      break;
    }
    case 'task-in-plan':
      if (!ctx.planCodes) break;
      for (const r of s.rows) {
        const code = r.values[rule.column];
        if (typeof code === 'string' && code && !ctx.planCodes.has(code.toUpperCase()))
          out.push(
            finding(
              'TASK_NOT_IN_PLAN',
              { sheet: s.sheet, cell: r.cells[rule.column], field: rule.column, value: code },
              code,
            ),
          );
      }
      break;
    case 'duplicate-rows': {
      const seen = new Map<string, number>();
      for (const r of s.rows) {
        // Values are already cleaned and canonical; case is the only difference left to ignore.
        const key = rule.columns.map((c) => String(r.values[c] ?? '').toLowerCase()).join('|');
        if (!key.replace(/\|/g, '')) continue;
        const first = seen.get(key);
        if (first !== undefined) {
          const anchor = rule.columns[1] ?? rule.columns[0];
          out.push(
            finding(
              'DUPLICATE_ROW',
              { sheet: s.sheet, cell: r.cells[anchor], field: anchor, value: r.values[anchor] },
              first,
            ),
          );
        } else seen.set(key, r.sheetRow);
      }
      break;
    }
    case 'unique':
      // Enforced while reading plan rows (codes are renumbered there); nothing further to check.
      break;
  }
  return out;
}
