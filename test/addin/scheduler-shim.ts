// Fluent UI's context selector peers on `scheduler`, which npm nests under react-dom instead of
// hoisting it (webpack.config.js aliases it the same way). Import this first in jsdom tests.
jest.mock(
  'scheduler',
  () => jest.requireActual<object>(require.resolve('scheduler', { paths: [require.resolve('react-dom')] })),
  { virtual: true },
);
export {};

// jsdom lacks ResizeObserver, which Fluent's TabList indicator uses.
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}
