import { Field, Input, Select } from '@fluentui/react-components';
import type { ReportKind } from '../../shared';
import { KIND_LABELS, REPORT_KINDS } from '../../shared';

/** "Loại báo cáo" and "Năm" of a consolidation, shared by the add-ins' panel and the offline page. */
export function KindYearFields(props: {
  kind: ReportKind;
  onKind: (k: ReportKind) => void;
  year: string;
  onYear: (y: string) => void;
  disabled: boolean;
  /** An accessible name for the year box where "Năm" alone is ambiguous on the page. */
  yearAriaLabel?: string;
}) {
  const yearOk = /^\d{4}$/.test(props.year);
  return (
    <>
      <Field label="Loại báo cáo">
        <Select
          value={props.kind}
          onChange={(_, d) => props.onKind(d.value as ReportKind)}
          disabled={props.disabled}
        >
          {REPORT_KINDS.filter((k) => k !== 'bao-cao-dot-xuat').map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label="Năm"
        validationState={yearOk ? 'none' : 'error'}
        validationMessage={yearOk ? undefined : 'Năm gồm 4 chữ số.'}
      >
        <Input
          value={props.year}
          onChange={(_, d) => props.onYear(d.value)}
          disabled={props.disabled}
          maxLength={4}
          style={{ width: '80px' }}
          aria-label={props.yearAriaLabel}
        />
      </Field>
    </>
  );
}
