// The guest identity of this browser: {userId, token} from POST /v1/auth/guest, kept in
// localStorage so that a reload (or a second tab) plays as the same guest.

import { RookeryApi } from './api.js';

const KEY = 'rookery.guest';

export function storedGuest(storage = window.localStorage) {
  try {
    const guest = JSON.parse(storage.getItem(KEY) ?? 'null');
    return guest && guest.userId && guest.token && !expired(guest.token) ? guest : null;
  } catch {
    return null;
  }
}

/** The stored guest, or a new one minted by the server (and stored). */
export async function ensureGuest(storage = window.localStorage) {
  const known = storedGuest(storage);
  if (known) return known;
  const guest = await new RookeryApi().guest();
  storage.setItem(KEY, JSON.stringify({ userId: guest.userId, token: guest.token }));
  return guest;
}

export function forgetGuest(storage = window.localStorage) {
  storage.removeItem(KEY);
}

// A token whose exp has passed is useless: mint a new guest rather than fail every call.
function expired(token) {
  try {
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
    return typeof payload.exp === 'number' && payload.exp * 1000 <= Date.now();
  } catch {
    return false;
  }
}
