// A per-tab budget for quote requests. Cards open only on the user's own clicks, but a page that gets cards
// opened some other way (or a bug) must not spend the user's provider key: past the budget a tab's quote
// requests are answered "rate-limited" without reaching the provider.
export const QUOTES_PER_TAB = 20;
export const BUDGET_WINDOW_MS = 60_000;

export class QuoteBudget {
  private readonly spent = new Map<number, number[]>();

  constructor(
    private readonly limit = QUOTES_PER_TAB,
    private readonly windowMs = BUDGET_WINDOW_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one request from the tab's budget; false (and the time it frees up) once it is spent. */
  take(tabId: number | undefined): { ok: true } | { ok: false; retryAt: number } {
    // The extension's own pages (popup, options) carry no tab.
    if (tabId === undefined) return { ok: true };
    const now = this.now();
    const recent = (this.spent.get(tabId) ?? []).filter((t) => t > now - this.windowMs);
    if (recent.length >= this.limit) {
      this.spent.set(tabId, recent);
      return { ok: false, retryAt: (recent[0] ?? now) + this.windowMs };
    }
    recent.push(now);
    this.spent.set(tabId, recent);
    return { ok: true };
  }
}
