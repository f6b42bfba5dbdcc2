/** @jest-environment jsdom */
import '../addin/scheduler-shim';
import { render, screen } from '@testing-library/react';
import { Unsupported } from '../../addin/ui/Unsupported';

test('the Excel pane, where it cannot run, points to the offline page in Vietnamese', () => {
  render(<Unsupported title="Trang này cần được mở bên trong Excel" body="…" />);
  const link = screen.getByRole('link', { name: /trang ngoại tuyến/ });
  expect(link.getAttribute('href')).toBe('ttdn.html');
  expect(screen.getByRole('alert').textContent).toContain('WPS hoặc LibreOffice');
});
