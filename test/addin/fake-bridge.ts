import type { EntryState, GenerateOutcome, HostBridge } from '../../addin/ui/host-bridge';

/** A scriptable HostBridge for component tests: every method is a jest mock with a sensible default. */
export function entryState(over: Partial<EntryState> = {}): EntryState {
  return {
    kind: 'bao-cao-nam',
    unit: 'SO_NGOAI_VU',
    year: 2026,
    columns: [
      { key: 'stt', header: 'STT', type: 'seq' },
      {
        key: 'nhomNhiemVu',
        header: 'Nhóm nhiệm vụ',
        type: 'list',
        list: ['Thông tin trên báo chí', 'Hội nghị, hội thảo'],
        required: true,
      },
      { key: 'tenHoatDong', header: 'Tên hoạt động', type: 'text', required: true },
      { key: 'thoiGian', header: 'Thời gian', type: 'date-span' },
      { key: 'kinhPhi', header: 'Kinh phí (triệu đồng)', type: 'number' },
    ],
    rows: [
      {
        sheetRow: 17,
        values: {
          stt: 1,
          nhomNhiemVu: 'Hội nghị, hội thảo',
          tenHoatDong: 'Hội nghị xúc tiến',
          thoiGian: '03/2026',
          kinhPhi: 12.5,
        },
      },
    ],
    indicators: [
      { code: 'CT01', name: 'Văn bản chỉ đạo', unit: 'văn bản', value: 3 },
      { code: 'CT02', name: 'Tin, bài', unit: 'tin/bài', value: null },
    ],
    narratives: [{ key: 'kienNghi', heading: 'V. ĐỀ XUẤT, KIẾN NGHỊ', text: '' }],
    ...over,
  };
}

export type FakeBridge = {
  [K in keyof HostBridge]: HostBridge[K] extends (...a: infer A) => infer R ? jest.Mock<R, A> : HostBridge[K];
} & {
  selectRow(row: number): void;
};

export function fakeBridge(): FakeBridge {
  let rowCb: ((r: number) => void) | null = null;
  const state = entryState();
  const b = {
    host: 'preview' as const,
    loadSettings: jest.fn(() => Promise.resolve({ presetId: 'mau-tu-2025' })),
    saveSettings: jest.fn(() => Promise.resolve()),
    listUnits: jest.fn(() =>
      Promise.resolve([
        {
          code: 'SO_VHTTDL',
          name: 'Sở Văn hóa, Thể thao và Du lịch',
          kind: 'so_nganh' as const,
          active: true,
        },
        { code: 'SO_NGOAI_VU', name: 'Sở Ngoại vụ', kind: 'so_nganh' as const, active: true },
      ]),
    ),
    generate: jest.fn((): Promise<void | GenerateOutcome> => Promise.resolve()),
    readEntry: jest.fn(() => Promise.resolve(state)),
    saveRow: jest.fn(() => Promise.resolve(state)),
    deleteRow: jest.fn(() => Promise.resolve(state)),
    saveIndicators: jest.fn(() => Promise.resolve(state)),
    saveNarrative: jest.fn(() => Promise.resolve(state)),
    prefillFromPlan: jest.fn(() => Promise.resolve(state)),
    validate: jest.fn(() =>
      Promise.resolve([
        {
          code: 'REQUIRED',
          severity: 'error' as const,
          sheet: 'Bao cao',
          cell: 'D18',
          field: 'tenHoatDong',
          message: 'Tên hoạt động là bắt buộc.',
          value: null,
        },
        {
          code: 'ROW_BELOW_TABLE',
          severity: 'warning' as const,
          sheet: 'Bao cao',
          cell: 'A40',
          field: 'TTDN_HoatDong',
          message: 'Hàng được nhập bên dưới vùng bảng.',
          value: null,
        },
      ]),
    ),
    convertLegacyText: jest.fn(() => Promise.resolve([])),
    selectCell: jest.fn(() => Promise.resolve()),
    onRowSelected: jest.fn((cb: (r: number) => void) => {
      rowCb = cb;
      return () => (rowCb = null);
    }),
    pickFiles: jest.fn(() => Promise.resolve([{ name: 'so-ngoai-vu.xlsx', bytes: new Uint8Array([1]) }])),
    consolidate: jest.fn(() =>
      Promise.resolve({
        accepted: 2,
        rejected: 1,
        unreadable: 0,
        superseded: 0,
        missing: ['SO_NOI_VU'],
        late: [{ unit: 'SO_TAI_CHINH', days: 3 }],
        totals: { CT01: 7 },
      }),
    ),
    exportSummary: jest.fn(() => Promise.resolve()),
    selectRow: (r: number) => rowCb?.(r),
  };
  return b as unknown as FakeBridge;
}
