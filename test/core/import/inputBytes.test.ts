import { bytesFormat, decodeText, looksLikeHtml } from '../../../src/core/import/inputBytes';

const bytes = (...b: number[]) => Uint8Array.from(b);

describe('decodeText', () => {
  test('UTF-8 with and without a byte-order mark', () => {
    const utf8 = new TextEncoder().encode('项目名称\t业务工作经费');
    expect(decodeText(utf8)).toEqual({ text: '项目名称\t业务工作经费', encoding: 'utf-8' });
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text: '项目名称\t业务工作经费', encoding: 'utf-8' });
  });

  test("UTF-16 with a byte-order mark (Excel's 'Unicode text')", () => {
    const le = [0xff, 0xfe, 0x79, 0x98, 0xee, 0x76, 0x09, 0x00, 0x41, 0x00]; // 项目\tA
    expect(decodeText(Uint8Array.from(le))).toEqual({ text: '项目\tA', encoding: 'utf-16le' });
    const be = [0xfe, 0xff, 0x98, 0x79, 0x76, 0xee];
    expect(decodeText(Uint8Array.from(be))).toEqual({ text: '项目', encoding: 'utf-16be' });
  });

  test('GBK (Chinese Windows) when the bytes are not UTF-8', () => {
    // 项目名称 in GBK.
    expect(decodeText(bytes(0xcf, 0xee, 0xc4, 0xbf, 0xc3, 0xfb, 0xb3, 0xc6))).toEqual({ text: '项目名称', encoding: 'gb18030' });
  });
});

test('bytesFormat looks at the content, not the name', () => {
  expect(bytesFormat(bytes(0x50, 0x4b, 0x03, 0x04, 0))).toBe('zip');
  expect(bytesFormat(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0))).toBe('ole2');
  expect(bytesFormat(new TextEncoder().encode('<html><table>'))).toBe('text');
  expect(bytesFormat(bytes())).toBe('text');
});

test('looksLikeHtml wants a table', () => {
  expect(looksLikeHtml('<html><body><TABLE border=1>')).toBe(true);
  expect(looksLikeHtml('<p>没有表格</p>')).toBe(false);
  expect(looksLikeHtml('<tablet>')).toBe(false);
});
