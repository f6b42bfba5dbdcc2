import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { ReportKind } from '../../shared';
import { templateForKind } from '../../shared';
import type { ConsolidateSummary } from './host-bridge';

/** The parts of a consolidation's outcome that every host shows alike (task pane, sidebar, page). */

/** "Tiếp nhận … tệp, bị loại …": files per status, untouched templates said apart. */
export function countsLine(summary: ConsolidateSummary): string {
  return (
    `Tiếp nhận ${summary.accepted} tệp, bị loại ${summary.rejected}, không đọc được ${summary.unreadable}, ` +
    `đã được thay thế ${summary.superseded}` +
    (summary.empty ? `, mẫu trống (chưa điền, không tính là đã nộp) ${summary.empty}` : '') +
    '.'
  );
}

/** The province's totals per indicator, by name and unit of measure. */
export function IndicatorTotals({ totals, kind }: { totals: Record<string, number>; kind: ReportKind }) {
  const rows = Object.entries(totals);
  if (!rows.length) return null;
  const names = new Map(
    templateForKind(kind).sections.flatMap((sec) =>
      sec.type === 'indicators' ? sec.indicators.map((i) => [i.code, `${i.name} (${i.unit})`] as const) : [],
    ),
  );
  return (
    <Table size="extra-small" aria-label="Tổng các chỉ tiêu">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Chỉ tiêu</TableHeaderCell>
          <TableHeaderCell>Tổng</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map(([k, v]) => (
          <TableRow key={k}>
            <TableCell>{names.get(k) ?? k}</TableCell>
            <TableCell>{v.toLocaleString('vi-VN')}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
