import { describe, expect, it } from 'vitest';
import {
  isPrivateAddress,
  linkBase,
  loadPublicAddress,
  PUBLIC_ADDRESS_KEY,
  publicBase,
  savePublicAddress,
  shareLink
} from '../../src/lib/export/public-link';
import { queryToState } from '../../src/lib/model/url-state';
import { DEFAULT_STATE } from '../../src/lib/model/lab-state';

describe('private addresses', () => {
  const priv = [
    'http://localhost:4311/',
    'http://LOCALHOST/lab/',
    'http://app.localhost:5173/',
    'http://127.0.0.1:4173/',
    'http://127.255.3.4/',
    'http://[::1]:4173/',
    'http://0.0.0.0:4173/',
    'http://10.0.0.5/',
    'http://10.255.255.255/',
    'http://172.16.0.1/',
    'http://172.31.255.254/',
    'http://192.168.1.20:8080/lab/',
    'http://lecture-pc.local/',
    'http://lecture-pc.local./',
    'file:///home/me/lab/index.html',
    'not an address'
  ];
  const pub = [
    'https://course.example.edu/lab/',
    'http://172.15.255.255/', // just below 172.16/12
    'http://172.32.0.1/', // just above it
    'http://192.169.0.1/',
    'http://11.0.0.1/',
    'http://128.0.0.1/',
    'https://localhost.example.com/', // a public name that starts with "localhost"
    'https://example.local.edu/',
    'http://[2001:db8::1]/'
  ];
  for (const href of priv) it(`${href} is private`, () => expect(isPrivateAddress(href)).toBe(true));
  for (const href of pub) it(`${href} is public`, () => expect(isPrivateAddress(href)).toBe(false));
});

describe('the public address a lecturer types', () => {
  it('keeps origin and path, drops query and fragment, assumes https without a scheme', () => {
    expect(publicBase('https://course.example.edu/lab/?view=latch#x')).toBe('https://course.example.edu/lab/');
    expect(publicBase('  course.example.edu/lab/ ')).toBe('https://course.example.edu/lab/');
    expect(publicBase('http://example.org')).toBe('http://example.org/');
  });
  it('refuses what is not an http(s) address', () => {
    expect(publicBase('')).toBeNull();
    expect(publicBase('ftp://example.org/')).toBeNull();
    expect(publicBase('javascript:alert(1)')).toBeNull();
    expect(publicBase('http://')).toBeNull();
  });
});

describe('the base of the slide link', () => {
  it('a private page with no public address given: its own address, flagged unreachable', () => {
    expect(linkBase('http://localhost:4311/lab/?steps=10', '')).toEqual({
      base: 'http://localhost:4311/lab/',
      pagePrivate: true,
      unreachable: true
    });
  });
  it('a private page with a public address: the public one', () => {
    expect(linkBase('http://127.0.0.1:4173/?x=1', 'https://course.example.edu/lab/')).toEqual({
      base: 'https://course.example.edu/lab/',
      pagePrivate: true,
      unreachable: false
    });
  });
  it('a public page keeps its own address, whatever is remembered', () => {
    expect(linkBase('https://course.example.edu/gfl/index.html?a=b', 'https://other.example/')).toEqual({
      base: 'https://course.example.edu/gfl/index.html',
      pagePrivate: false,
      unreachable: false
    });
  });
  it('a public address that is itself private stays flagged', () => {
    expect(linkBase('http://localhost:4311/', 'http://192.168.0.2/lab/').unreachable).toBe(true);
  });
});

describe('the link', () => {
  const lab = { ...DEFAULT_STATE, steps: 500, forgetBias: 5 };
  it('carries the tour step, and reopens the same settings and step', () => {
    const link = shareLink(lab, 'https://course.example.edu/lab/', 8);
    expect(link.startsWith('https://course.example.edu/lab/?view=gradients&')).toBe(true);
    const query = new URL(link).search;
    expect(new URLSearchParams(query).get('tour')).toBe('8');
    const read = queryToState(query);
    expect(read.extra.tour).toBe('8');
    expect(read.notices).toEqual([]);
    expect(read.state).toEqual(lab);
  });
  it('has no tour parameter outside the tour', () => {
    expect(new URL(shareLink(lab, 'https://x.example/', 0)).searchParams.has('tour')).toBe(false);
  });
});

describe('remembered on this device', () => {
  it('saves, loads and clears the address in storage', () => {
    const data = new Map<string, string>();
    const storage = {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
      removeItem: (k: string) => void data.delete(k)
    };
    savePublicAddress(' https://course.example.edu/lab/ ', storage);
    expect(data.get(PUBLIC_ADDRESS_KEY)).toBe('https://course.example.edu/lab/');
    expect(loadPublicAddress(storage)).toBe('https://course.example.edu/lab/');
    savePublicAddress('', storage);
    expect(loadPublicAddress(storage)).toBe('');
  });
  it('a storage that refuses is no error', () => {
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => {
        throw new Error('denied');
      }
    };
    expect(loadPublicAddress(refusing)).toBe('');
    expect(() => savePublicAddress('x', refusing)).not.toThrow();
  });
});
