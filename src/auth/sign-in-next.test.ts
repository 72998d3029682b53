import { expect, test } from 'vitest';
import { createTestApp } from '../test-app.js';
import { safeNextPath } from './next-path.js';

/** The path the sign-in page goes to after signing in, as it stands in the page. */
async function nextOfSignInPage(next: string) {
  const { rawApp } = createTestApp();
  const html = await (await rawApp.request(`/sign-in?next=${encodeURIComponent(next)}`)).text();
  return html.match(/data-next="([^"]*)"/)![1]!.replaceAll('&amp;', '&');
}

test.each([
  '/\t/evil.example/phish', '/\n/evil.example', '/\r/evil.example', '\t//evil.example', '//evil.example', '/\\evil.example',
  '\\/evil.example', '\\\\evil.example', '/.//evil.example', 'https://evil.example/', 'javascript:alert(1)', ' //evil.example',
  '/%09/evil.example', 'evil.example',
])('after signing in, %j never leads to another site', async (next) => {
  const followed = await nextOfSignInPage(next);
  expect(new URL(followed, 'https://zhidu.example/').origin).toBe('https://zhidu.example');
  expect(followed).toMatch(/^\/(?![/\\])/);
  expect(followed).not.toMatch(/[\t\r\n\\]/);
});

test('a path on this site, with its query, is kept', async () => {
  expect(await nextOfSignInPage('/documents?x=1')).toBe('/documents?x=1');
  expect(await nextOfSignInPage('/review/rounds/3#pending')).toBe('/review/rounds/3#pending');
});

test.each([
  ['/documents?x=1', '/documents?x=1'],
  ['/search?q=%E8%A1%8C%E6%94%BF', '/search?q=%E8%A1%8C%E6%94%BF'],
  ['/\t/evil.example', '/'],
  ['/%2F%2Fevil.example', '/%2F%2Fevil.example'],
  ['', '/'],
])('safeNextPath(%j) is %j', (next, expected) => {
  expect(safeNextPath(next)).toBe(expected);
});
