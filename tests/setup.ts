import '@testing-library/jest-dom/vitest';

// jsdom has no ResizeObserver, which Svelte's bind:clientWidth uses; views then fall back to
// their default width. Tests that need a specific width stub it themselves.
if (!('ResizeObserver' in globalThis)) {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
}
