/** @jest-environment jsdom */
import './scheduler-shim';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../addin/ui/App';
import type { TabId } from '../../addin/ui/App';
import { fakeBridge } from './fake-bridge';
import type { FakeBridge } from './fake-bridge';

function show(tab: TabId, bridge: FakeBridge = fakeBridge()) {
  render(<App bridge={bridge} initialTab={tab} />);
  return bridge;
}

describe('task pane panels (fake HostBridge)', () => {
  it('lists the panels as keyboard-reachable tabs; consolidation tabs only for the consolidating office', async () => {
    const b = fakeBridge();
    b.loadSettings.mockResolvedValue({ presetId: 'mau-tu-2025', consolidator: true });
    show('tao', b);
    // The first render of the suite loads Fluent: allow a slow, shared machine more than 1 s.
    await screen.findByRole('option', { name: 'Sở Ngoại vụ' }, { timeout: 5000 });
    await waitFor(() => expect(screen.getAllByRole('tab')).toHaveLength(6));
    for (const name of ['Tạo biểu mẫu', 'Nhập liệu', 'Kiểm tra', 'Tổng hợp', 'Xuất', 'Cài đặt'])
      expect(screen.getByRole('tab', { name })).toBeTruthy();
    const check = screen.getByRole('tab', { name: 'Kiểm tra' });
    check.focus();
    fireEvent.click(check);
    expect(await screen.findByRole('tabpanel', { name: 'Kiểm tra' })).toBeTruthy();
  });

  it('Tạo biểu mẫu: loads units and generates for kind, unit and year', async () => {
    const b = show('tao');
    await screen.findByRole('option', { name: 'Sở Ngoại vụ' });
    fireEvent.change(screen.getByLabelText('Loại biểu mẫu'), { target: { value: 'ke-hoach-nam' } });
    fireEvent.change(screen.getByLabelText('Đơn vị báo cáo'), { target: { value: 'SO_NGOAI_VU' } });
    fireEvent.change(screen.getByLabelText('Năm'), { target: { value: '2027' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tạo biểu mẫu' }));
    await waitFor(() =>
      expect(b.generate).toHaveBeenCalledWith({ kind: 'ke-hoach-nam', unitCode: 'SO_NGOAI_VU', year: 2027 }),
    );
    expect(
      await screen.findByText(/Đã tạo biểu mẫu "Kế hoạch hoạt động TTĐN năm 2027" cho Sở Ngoại vụ/),
    ).toBeTruthy();
  });

  it('Tạo biểu mẫu: says what the host could not apply to the form, as a warning', async () => {
    const b = fakeBridge();
    b.generate.mockResolvedValueOnce({
      skipped: ['Ke hoach: thiết lập in (cần ExcelApi 1.9; đặt tay trong Tệp → In)'],
    });
    show('tao', b);
    await screen.findByRole('option', { name: 'Sở Ngoại vụ' });
    fireEvent.click(screen.getByRole('button', { name: 'Tạo biểu mẫu' }));
    expect(await screen.findByText(/ứng dụng này chưa đặt được Ke hoach: thiết lập in/)).toBeTruthy();
  });

  it('shows bridge errors in a Vietnamese message bar', async () => {
    const b = fakeBridge();
    b.generate.mockRejectedValueOnce(new Error('Không có đơn vị mã "X" trong danh sách đơn vị.'));
    show('tao', b);
    await screen.findByRole('option', { name: 'Sở Ngoại vụ' });
    fireEvent.click(screen.getByRole('button', { name: 'Tạo biểu mẫu' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Không có đơn vị mã "X"');
    b.generate.mockRejectedValueOnce(new TypeError('boom'));
    fireEvent.click(screen.getByRole('button', { name: 'Tạo biểu mẫu' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Đã xảy ra lỗi: boom'));
  });

  it('refuses a bad year before calling the bridge', async () => {
    const b = show('tao');
    await screen.findByRole('option', { name: 'Sở Ngoại vụ' });
    fireEvent.change(screen.getByLabelText('Năm'), { target: { value: '26' } });
    expect(screen.getByText('Năm gồm 4 chữ số, ví dụ 2026.')).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Tạo biểu mẫu' }).disabled).toBe(true);
    expect(b.generate).not.toHaveBeenCalled();
  });

  it('Nhập liệu: validates live, saves a new row with parsed values, edits and deletes', async () => {
    const b = show('nhap');
    await screen.findByText('Hội nghị xúc tiến');
    const form = screen.getByRole('form', { name: 'Biểu mẫu dòng' });
    fireEvent.change(within(form).getByLabelText(/Kinh phí/), { target: { value: '12a' } });
    expect(within(form).getByText(/Không phải số hợp lệ/)).toBeTruthy();
    fireEvent.change(within(form).getByLabelText(/Thời gian/), { target: { value: '45/13/2026' } });
    expect(within(form).getByText(/Thời gian không hợp lệ/)).toBeTruthy();
    expect(within(form).getByRole<HTMLButtonElement>('button', { name: 'Thêm dòng' }).disabled).toBe(true);

    fireEvent.change(within(form).getByLabelText(/Kinh phí/), { target: { value: '1.234,5' } });
    fireEvent.change(within(form).getByLabelText(/Thời gian/), { target: { value: '15/03/2026' } });
    fireEvent.change(within(form).getByLabelText(/Nhóm nhiệm vụ/), {
      target: { value: 'Thông tin trên báo chí' },
    });
    fireEvent.change(within(form).getByLabelText(/Tên hoạt động/), {
      target: { value: 'Loạt bài về biển đảo' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Thêm dòng' }));
    await waitFor(() =>
      expect(b.saveRow).toHaveBeenCalledWith({
        sheetRow: null,
        values: {
          nhomNhiemVu: 'Thông tin trên báo chí',
          tenHoatDong: 'Loạt bài về biển đảo',
          thoiGian: '15/03/2026',
          kinhPhi: 1234.5,
        },
      }),
    );
    expect(await screen.findByText('Đã thêm dòng mới vào trang tính.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Sửa dòng 17' }));
    expect(within(form).getByLabelText<HTMLInputElement>(/Kinh phí/).value).toBe('12,5');
    fireEvent.click(within(form).getByRole('button', { name: 'Lưu thay đổi' }));
    await waitFor(() =>
      expect(b.saveRow).toHaveBeenLastCalledWith(expect.objectContaining({ sheetRow: 17 })),
    );

    // Delete asks first.
    fireEvent.click(screen.getByRole('button', { name: 'Xóa dòng 17' }));
    expect(b.deleteRow).not.toHaveBeenCalled();
    const ask = screen.getByRole('group', { name: 'Xác nhận xóa dòng 17' });
    fireEvent.click(within(ask).getByRole('button', { name: 'Không' }));
    expect(b.deleteRow).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Xóa dòng 17' }));
    fireEvent.click(
      within(screen.getByRole('group', { name: 'Xác nhận xóa dòng 17' })).getByRole('button', {
        name: 'Xóa',
      }),
    );
    await waitFor(() => expect(b.deleteRow).toHaveBeenCalledWith(17));
  });

  it("follows the host's dark theme", async () => {
    const b = fakeBridge();
    Object.assign(b, { theme: () => 'dark' });
    show('tao', b);
    await screen.findByRole('option', { name: 'Sở Ngoại vụ' }, { timeout: 5000 });
    const css = [...document.querySelectorAll('style')]
      .map((x) => (x.sheet ? [...x.sheet.cssRules].map((r) => r.cssText).join('\n') : (x.textContent ?? '')))
      .join('\n');
    // webDarkTheme's page background (webLightTheme's is #ffffff).
    expect(css).toMatch(/--colorNeutralBackground1:\s*#292929/i);
  });

  it('hides Tổng hợp and Xuất from a reporting unit in Excel', async () => {
    show('tao', Object.assign(fakeBridge(), { host: 'excel' as const }));
    await screen.findByRole('option', { name: 'Sở Ngoại vụ' });
    expect(screen.getAllByRole('tab')).toHaveLength(4);
    expect(screen.queryByRole('tab', { name: 'Tổng hợp' })).toBeNull();
    expect(screen.queryByRole('tab', { name: 'Xuất' })).toBeNull();
  });

  it('Tạo biểu mẫu: asks before replacing a form that holds rows, saying how many', async () => {
    const b = fakeBridge();
    const count = jest.fn(() => Promise.resolve(7));
    Object.assign(b, { countFilledRows: count });
    show('tao', b);
    await screen.findByRole('option', { name: 'Sở Ngoại vụ' });
    fireEvent.click(screen.getByRole('button', { name: 'Tạo biểu mẫu' }));
    expect(await screen.findByText(/đã có biểu mẫu với 7 dòng đã nhập/)).toBeTruthy();
    expect(b.generate).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Không tạo, giữ biểu mẫu' }));
    expect(b.generate).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Tạo biểu mẫu' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Vẫn tạo mới, thay thế 7 dòng' }));
    await waitFor(() => expect(b.generate).toHaveBeenCalledTimes(1));
  });

  it('Nhập liệu: a row selected in the sheet never replaces unsaved input without asking', async () => {
    const b = show('nhap');
    await screen.findByText('Hội nghị xúc tiến');
    const form = screen.getByRole('form', { name: 'Biểu mẫu dòng' });
    fireEvent.change(within(form).getByLabelText(/Tên hoạt động/), { target: { value: 'Đang gõ dở' } });
    act(() => b.selectRow(17));
    expect(within(form).getByLabelText<HTMLInputElement>(/Tên hoạt động/).value).toBe('Đang gõ dở');
    expect(screen.getByText(/chưa được lưu/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tiếp tục nhập (giữ nội dung)' }));
    expect(within(form).getByLabelText<HTMLInputElement>(/Tên hoạt động/).value).toBe('Đang gõ dở');
    act(() => b.selectRow(17));
    fireEvent.click(screen.getByRole('button', { name: 'Bỏ nội dung, mở dòng 17' }));
    expect(within(form).getByLabelText<HTMLInputElement>(/Kinh phí/).value).toBe('12,5');
  });

  it('Nhập liệu: unsaved input survives switching tabs', async () => {
    show('nhap');
    await screen.findByText('Hội nghị xúc tiến');
    let form = screen.getByRole('form', { name: 'Biểu mẫu dòng' });
    fireEvent.change(within(form).getByLabelText(/Tên hoạt động/), { target: { value: 'Giữ tôi lại' } });
    fireEvent.click(screen.getByRole('tab', { name: 'Kiểm tra' }));
    await screen.findByRole('tabpanel', { name: 'Kiểm tra' });
    fireEvent.click(screen.getByRole('tab', { name: 'Nhập liệu' }));
    await screen.findByText('Hội nghị xúc tiến');
    form = screen.getByRole('form', { name: 'Biểu mẫu dòng' });
    expect(within(form).getByLabelText<HTMLInputElement>(/Tên hoạt động/).value).toBe('Giữ tôi lại');
  });

  it('Nhập liệu: selecting a row in the sheet loads it into the form', async () => {
    const b = show('nhap');
    await screen.findByText('Hội nghị xúc tiến');
    act(() => b.selectRow(17));
    expect(await screen.findByText('Sửa dòng 17')).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>(/Tên hoạt động/).value).toBe('Hội nghị xúc tiến');
  });

  it('Nhập liệu: indicators, narratives and "Lấy từ kế hoạch"', async () => {
    const b = show('nhap');
    await screen.findByText('Hội nghị xúc tiến');
    fireEvent.change(screen.getByLabelText(/CT02/), { target: { value: '-4' } });
    expect(screen.getByText('Không được là số âm.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/CT02/), { target: { value: '1.200' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu chỉ tiêu' }));
    await waitFor(() => expect(b.saveIndicators).toHaveBeenCalledWith({ CT01: 3, CT02: 1200 }));
    fireEvent.change(screen.getByLabelText('V. ĐỀ XUẤT, KIẾN NGHỊ'), {
      target: { value: 'Đề nghị hỗ trợ kinh phí.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu mục này' }));
    await waitFor(() => expect(b.saveNarrative).toHaveBeenCalledWith('kienNghi', 'Đề nghị hỗ trợ kinh phí.'));
    fireEvent.click(screen.getByRole('button', { name: 'Lấy từ kế hoạch' }));
    await waitFor(() =>
      expect(b.prefillFromPlan).toHaveBeenCalledWith(expect.objectContaining({ name: 'so-ngoai-vu.xlsx' })),
    );
    expect(await screen.findByText('Đã lấy các nhiệm vụ từ kế hoạch "so-ngoai-vu.xlsx".')).toBeTruthy();
  });

  it('Nhập liệu: explains when the workbook has no form', async () => {
    const b = fakeBridge();
    b.readEntry.mockRejectedValue(new Error('Sổ làm việc này chưa có biểu mẫu TTĐN.'));
    show('nhap', b);
    expect((await screen.findByRole('alert')).textContent).toContain('chưa có biểu mẫu TTĐN');
    expect(screen.getByText(/Chưa đọc được biểu mẫu/)).toBeTruthy();
  });

  it('Nhập liệu: tells the user when the host cannot follow the selected row', async () => {
    const b = fakeBridge();
    b.onRowSelected.mockImplementation((_cb: (r: number) => void, onError?: (e: Error) => void) => {
      onError?.(new Error('Không theo dõi được ô đang chọn.'));
      return () => undefined;
    });
    show('nhap', b);
    expect((await screen.findByRole('alert')).textContent).toContain('Không theo dõi được ô đang chọn');
  });

  it('Kiểm tra: lists findings with counts; each selects its cell', async () => {
    const b = show('kiemtra');
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    expect(await screen.findByText('1 lỗi')).toBeTruthy();
    expect(screen.getByText('1 cảnh báo')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Lỗi tại ô D18: Tên hoạt động là bắt buộc/ }));
    await waitFor(() => expect(b.selectCell).toHaveBeenCalledWith('Bao cao', 'D18'));
  });

  it('Kiểm tra: says so when there is nothing to fix', async () => {
    const b = fakeBridge();
    b.validate.mockResolvedValue([]);
    show('kiemtra', b);
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    expect(await screen.findByText(/Không phát hiện vấn đề nào/)).toBeTruthy();
  });

  it('Kiểm tra: offers to convert legacy-encoded text only when some was found', async () => {
    const b = fakeBridge();
    b.validate.mockResolvedValue([
      {
        code: 'LEGACY_ENCODING',
        severity: 'warning' as const,
        sheet: 'Bao cao',
        cell: 'A68',
        field: 'TTDN_KienNghi',
        message: 'Văn bản gõ bằng bảng mã cũ (TCVN3/ABC).',
        value: '§Ò nghÞ',
      },
    ]);
    show('kiemtra', b);
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    fireEvent.click(await screen.findByRole('button', { name: /Chuyển 1 ô gõ bằng bảng mã cũ/ }));
    await waitFor(() => expect(b.convertLegacyText).toHaveBeenCalled());
    expect(await screen.findByText(/Không phát hiện vấn đề nào/)).toBeTruthy();
  });

  it('Tổng hợp: picks files, shows progress, and cancels with AbortController', async () => {
    const b = fakeBridge();
    let signal: AbortSignal | null = null;
    let progress: ((p: { done: number; total: number; current?: string }) => void) | null = null;
    b.consolidate.mockImplementation((_req, onProgress, s) => {
      signal = s;
      progress = onProgress;
      return new Promise((_res, rej) =>
        s.addEventListener('abort', () => {
          const e = new Error('Đã hủy tổng hợp theo yêu cầu.');
          e.name = 'AbortError';
          rej(e);
        }),
      );
    });
    show('tonghop', b);
    fireEvent.click(screen.getByRole('button', { name: 'Chọn tệp báo cáo…' }));
    expect(await screen.findByText('so-ngoai-vu.xlsx')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tổng hợp' }));
    await waitFor(() => expect(b.consolidate).toHaveBeenCalled());
    act(() => progress!({ done: 0, total: 1, current: 'so-ngoai-vu.xlsx' }));
    expect(screen.getByRole('progressbar')).toBeTruthy();
    expect(screen.getByText('Đang xử lý 1/1: so-ngoai-vu.xlsx')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Hủy' }));
    expect(signal!.aborted).toBe(true);
    expect(await screen.findByText('Đã hủy tổng hợp theo yêu cầu.')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('Tổng hợp: a job left unfinished by the host is offered as "Tiếp tục" and finishes from there', async () => {
    const b = fakeBridge();
    const resume = jest.fn((onProgress: (p: { done: number; total: number }) => void) => {
      onProgress({ done: 257, total: 300 });
      return Promise.resolve({
        accepted: 290,
        rejected: 10,
        unreadable: 0,
        superseded: 0,
        empty: 2,
        missing: [],
        late: [],
        totals: {},
      });
    });
    Object.assign(b, {
      pendingConsolidation: () =>
        Promise.resolve({ done: 257, total: 300, kind: 'bao-cao-nam', year: 2026, asOf: '2026-12-31' }),
      resumeConsolidation: resume,
      cancelConsolidation: jest.fn(() => Promise.resolve()),
    });
    show('tonghop', b);
    expect(await screen.findByText(/đã đọc 257\/\s*300 tệp/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    expect(await screen.findByText(/Tiếp nhận 290 tệp/)).toBeTruthy();
    expect(screen.getByText(/mẫu trống \(chưa điền, không tính là đã nộp\) 2/)).toBeTruthy();
    expect(resume).toHaveBeenCalledTimes(1);
    expect(b.consolidate).not.toHaveBeenCalled();
    expect(screen.queryByRole('button', { name: 'Tiếp tục' })).toBeNull();
  });

  it('Tổng hợp: "Bỏ" discards the unfinished job and the offer goes away', async () => {
    const b = fakeBridge();
    const cancel = jest.fn(() => Promise.resolve());
    Object.assign(b, {
      pendingConsolidation: () =>
        Promise.resolve({ done: 3, total: 9, kind: 'bao-cao-nam', year: 2026, asOf: '2026-12-31' }),
      resumeConsolidation: jest.fn(),
      cancelConsolidation: cancel,
    });
    show('tonghop', b);
    fireEvent.click(await screen.findByRole('button', { name: 'Bỏ lần tổng hợp này' }));
    await waitFor(() => expect(cancel).toHaveBeenCalled());
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Tiếp tục' })).toBeNull());
  });

  it('Tổng hợp: shows the summary', async () => {
    const b = show('tonghop');
    fireEvent.click(screen.getByRole('button', { name: 'Chọn tệp báo cáo…' }));
    await screen.findByText('so-ngoai-vu.xlsx');
    fireEvent.change(screen.getByLabelText('Năm'), { target: { value: '2025' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tổng hợp' }));
    expect(await screen.findByText(/Tiếp nhận 2 tệp, bị loại 1/)).toBeTruthy();
    expect(screen.getByText('Chưa nộp (1): SO_NOI_VU')).toBeTruthy();
    expect(screen.getByText('Nộp muộn (1): SO_TAI_CHINH (3 ngày)')).toBeTruthy();
    expect(b.consolidate.mock.calls[0][0]).toMatchObject({
      kind: 'bao-cao-nam',
      year: 2025,
      files: [{ name: 'so-ngoai-vu.xlsx' }],
    });
  });

  it('Tổng hợp: a suspicious result is held back with a warning until confirmed; units by name', async () => {
    const b = fakeBridge();
    b.consolidate.mockResolvedValueOnce({
      accepted: 0,
      rejected: 0,
      unreadable: 0,
      superseded: 0,
      missing: ['SO_NGOAI_VU'],
      late: [],
      totals: {},
      warning: '3/3 tệp là Báo cáo năm 2025, khác loại/năm đang tổng hợp. Bảng tổng hợp cũ được giữ nguyên.',
      written: false,
    });
    const write = jest.fn(() => Promise.resolve());
    Object.assign(b, { writePendingSummary: write });
    show('tonghop', b);
    fireEvent.click(screen.getByRole('button', { name: 'Chọn tệp báo cáo…' }));
    await screen.findByText('so-ngoai-vu.xlsx');
    fireEvent.click(screen.getByRole('button', { name: 'Tổng hợp' }));
    expect(await screen.findByText(/khác loại\/năm đang tổng hợp/)).toBeTruthy();
    expect(screen.queryByText(/Đã ghi bảng tổng hợp/)).toBeNull();
    expect(screen.getByText('Chưa nộp (1): Sở Ngoại vụ')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Vẫn ghi bảng tổng hợp' }));
    await waitFor(() => expect(write).toHaveBeenCalled());
    expect(await screen.findByText('Đã ghi bảng tổng hợp vào sổ làm việc.')).toBeTruthy();
  });

  it('Tổng hợp: the date is typed dd/mm/yyyy and sent as ISO; a bad date says why the button is off', async () => {
    const b = show('tonghop');
    fireEvent.click(screen.getByRole('button', { name: 'Chọn tệp báo cáo…' }));
    await screen.findByText('so-ngoai-vu.xlsx');
    const date = screen.getByLabelText(/Tính đến ngày/);
    fireEvent.change(date, { target: { value: '31/02/2026' } });
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Tổng hợp' }).disabled).toBe(true);
    expect(screen.getByText(/dạng ngày\/tháng\/năm/)).toBeTruthy();
    fireEvent.change(date, { target: { value: '30/06/2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tổng hợp' }));
    await waitFor(() => expect(b.consolidate.mock.calls[0][0]).toMatchObject({ asOf: '2026-06-30' }));
  });

  it('Xuất: exports in the chosen format', async () => {
    const b = show('xuat');
    fireEvent.click(screen.getByRole('radio', { name: /JSON/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Xuất' }));
    await waitFor(() => expect(b.exportSummary).toHaveBeenCalledWith('json'));
    expect(await screen.findByText('Đã xuất tệp JSON.')).toBeTruthy();
  });

  it('Xuất: the Google Sheets sidebar offers the Word report too', async () => {
    const b = show('xuat', Object.assign(fakeBridge(), { host: 'sheets' as const }));
    fireEvent.click(screen.getByRole('radio', { name: /Word \(\.docx\)/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Xuất' }));
    await waitFor(() => expect(b.exportSummary).toHaveBeenCalledWith('docx'));
    expect(await screen.findByText('Đã xuất tệp DOCX.')).toBeTruthy();
  });

  it('Cài đặt: changes the preset and loads a registry file', async () => {
    const b = show('caidat');
    const select = await screen.findByLabelText(/Bộ cấu hình/);
    fireEvent.change(select, { target: { value: 'mau-truoc-2025' } });
    await waitFor(() => expect(b.saveSettings).toHaveBeenCalledWith({ presetId: 'mau-truoc-2025' }));
    expect(await screen.findByText(/Đã đổi bộ cấu hình\. Danh sách hiện có 2 đơn vị\./)).toBeTruthy();
    const file = new File(['code,name,kind\nA,Đơn vị A,khac\n'], 'don-vi.csv', { type: 'text/csv' });
    if (!file.text)
      Object.defineProperty(file, 'text', {
        value: () => Promise.resolve('code,name,kind\nA,Đơn vị A,khac\n'),
      });
    fireEvent.change(screen.getByLabelText('Chọn tệp danh sách đơn vị…'), { target: { files: [file] } });
    await waitFor(() =>
      expect(b.saveSettings).toHaveBeenLastCalledWith(
        expect.objectContaining({ registryFormat: 'csv', registryText: expect.stringContaining('Đơn vị A') }),
      ),
    );
  });
});
