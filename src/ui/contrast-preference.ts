const KEY = 'putuo.contrast';

/** The reader's high-contrast choice, kept in this browser; storage may be off or full. */
export function readContrast(): boolean {
  try {
    return window.localStorage.getItem(KEY) === 'high';
  } catch {
    return false;
  }
}

export function writeContrast(high: boolean): void {
  try {
    if (high) window.localStorage.setItem(KEY, 'high');
    else window.localStorage.removeItem(KEY);
  } catch {
    // Not remembered; the toggle still works for this visit.
  }
}
