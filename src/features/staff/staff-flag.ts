/**
 * Set on sign-in, so only a browser that signed in before asks the server about a session on
 * load: a reader's page makes no /api request and loads no staff code.
 */
const FLAG = 'putuo-staff';

export function staffFlag(): boolean {
  try {
    return localStorage.getItem(FLAG) === '1';
  } catch {
    return false;
  }
}

export function setStaffFlag(on: boolean): void {
  try {
    if (on) localStorage.setItem(FLAG, '1');
    else localStorage.removeItem(FLAG);
  } catch {
    // Storage off: the staff link still works, it just asks again after a reload.
  }
}
