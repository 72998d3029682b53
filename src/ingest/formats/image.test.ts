import { describe, expect, test } from 'vitest';
import { sniffImage } from './image.js';

describe('sniffImage', () => {
  test.each([
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'jpg'],
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'png'],
    ['TIFF, little-endian', [0x49, 0x49, 0x2a, 0x00, 8, 0], 'tif'],
    ['TIFF, big-endian', [0x4d, 0x4d, 0x00, 0x2a, 0, 0], 'tif'],
    ['PDF', [0x25, 0x50, 0x44, 0x46, 0x2d], null],
    ['text', [...Buffer.from('平凉市')], null],
    ['PNG signature cut short', [0x89, 0x50, 0x4e, 0x47], null],
  ])('%s', (_name, bytes, expected) => {
    expect(sniffImage(Uint8Array.from(bytes))).toBe(expected);
  });
});
