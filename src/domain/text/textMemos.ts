/**
 * Every memory of text functions (folded, cleaned, keyed texts), so that all can be
 * forgotten at once: a benchmark that times names "uncached" must start each pass with
 * nothing remembered, not only a freshly built resolver.
 */
const forgetters: (() => void)[] = [];

/** Registers a memory's way of forgetting everything it holds. */
export function registerTextMemo(forget: () => void): void {
  forgetters.push(forget);
}

/** Forgets what every registered text memory holds. */
export function forgetTextMemos(): void {
  for (const forget of forgetters) forget();
}
