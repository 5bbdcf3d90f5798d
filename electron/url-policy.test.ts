import { describe, expect, it } from 'vitest';
import { decideNavigation } from './url-policy';
import { isAllowedExternalUrl } from '../shared/desktop-api';

const origins = ['app://caderneta'];

describe('navigation guard', () => {
  it('allows the app itself', () => {
    expect(decideNavigation('app://caderneta/index.html#/clientes', origins)).toBe('allow');
  });

  it('hands WhatsApp, e-mail and phone links to the OS', () => {
    expect(decideNavigation('https://wa.me/5511912345678?text=Ol%C3%A1', origins)).toBe('external');
    expect(decideNavigation('mailto:maria@example.com?subject=Parcela', origins)).toBe('external');
    expect(decideNavigation('tel:+5511912345678', origins)).toBe('external');
  });

  it.each([
    'https://evil.example.com/',
    'http://wa.me/5511912345678',
    'https://wa.me.evil.com/55',
    'https://user:pw@wa.me/55',
    'https://wa.me:8443/55',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'app://other/index.html',
    'ftp://wa.me/',
    'tel:;rm -rf',
    '',
    'not a url',
  ])('denies %s', (url) => {
    expect(decideNavigation(url, origins)).toBe('deny');
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});
