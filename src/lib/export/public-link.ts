// The address a slide's link and QR code point at. A page served from the lecturer's own
// machine or a private network (http://localhost:4311/...) would print a link no student can
// open, so the export dialog says so and takes the lab's public address instead, remembered
// on this device (localStorage).
import type { LabState } from '../model/lab-state';
import { stateToQuery } from '../model/url-state';
import { DEFAULT_LOCALE, getLocale } from '../i18n/index';

export const PUBLIC_ADDRESS_KEY = 'gradient-flow-lab:public-address';

/** An IPv4 address's four numbers, or null when `host` is not one. */
function ipv4(host: string): number[] | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (!m) return null;
  const parts = m.slice(1).map(Number);
  return parts.every((p) => p <= 255) ? parts : null;
}

/**
 * Whether `href` can only be opened on this machine or its private network: file:, localhost,
 * 127/8, ::1, 0.0.0.0, 10/8, 172.16/12, 192.168/16 (RFC 1918) and *.local (mDNS). Anything
 * that does not parse as an address counts as private: it is no link to hand out.
 */
export function isPrivateAddress(href: string): boolean {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return true;
  }
  if (url.protocol === 'file:') return true;
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (!host) return true;
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local')) return true;
  if (host === '[::1]' || host === '[::]') return true;
  const ip = ipv4(host);
  if (!ip) return false;
  const [a, b] = ip;
  return a === 127 || a === 10 || a === 0 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

/**
 * The page address a lecturer typed (https://course.example.edu/lab/), as the base of a link:
 * its origin and path, without query or fragment. Null when it is not an http(s) address.
 */
export function publicBase(text: string): string | null {
  const t = text.trim();
  if (!t) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(t) ? t : `https://${t}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return `${url.origin}${url.pathname}`;
}

export interface LinkBase {
  /** the page address links are built on, without a query */
  base: string;
  /** the page itself is served from a private address */
  pagePrivate: boolean;
  /** the base is still one only this machine or network can open */
  unreachable: boolean;
}

/** The base of the slide's link: the page's own address, or the public one given for a private page. */
export function linkBase(pageHref: string, stored: string | null): LinkBase {
  const page = new URL(pageHref);
  const own = page.protocol === 'file:' ? page.href.replace(/[?#].*$/, '') : `${page.origin}${page.pathname}`;
  const pagePrivate = isPrivateAddress(pageHref);
  const given = pagePrivate && stored ? publicBase(stored) : null;
  const base = given ?? own;
  return { base, pagePrivate, unreachable: isPrivateAddress(base) };
}

/**
 * The absolute link that reopens these settings, and the tour step when one is on (1-based). A
 * page in another language than English says so (lang=ru): students open the slide's link and
 * QR code in the language the lecturer shows; an English page's link is as it always was.
 */
export function shareLink(lab: LabState, base: string, tourStep = 0): string {
  const locale = getLocale();
  const extra: Record<string, string> = tourStep > 0 ? { tour: String(tourStep) } : {};
  if (locale !== DEFAULT_LOCALE) extra.lang = locale;
  return `${base}${stateToQuery(lab, extra)}`;
}

/** The address remembered on this device, or "" (no storage, or none saved). */
export function loadPublicAddress(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): string {
  try {
    return storage?.getItem(PUBLIC_ADDRESS_KEY) ?? '';
  } catch {
    return ''; // storage refused (a private window): nothing remembered
  }
}

export function savePublicAddress(
  text: string,
  storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined = globalThis.localStorage
): void {
  try {
    if (text.trim()) storage?.setItem(PUBLIC_ADDRESS_KEY, text.trim());
    else storage?.removeItem(PUBLIC_ADDRESS_KEY);
  } catch {
    // storage refused: the address still holds for this visit
  }
}
