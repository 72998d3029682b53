import { strToU8, zipSync } from 'fflate';
import { expect, test } from 'vitest';
import { exposeTextBoxes, parseDocx } from './docx.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
  + 'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
  + 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"';
const paragraph = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
/** A text box as DrawingML only, the way writers that leave out the VML fallback store it. */
const drawnTextBox = (text: string, withFallback: boolean) => `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>`
  + `<wps:wsp><wps:txbx><w:txbxContent>${paragraph(text)}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>`
  + (withFallback ? `<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>${paragraph(text)}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>` : '')
  + '</mc:AlternateContent></w:r></w:p>';

function docx(body: string): Buffer {
  return Buffer.from(zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    '_rels/.rels': strToU8('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    'word/document.xml': strToU8(`<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
  }));
}

test.each([
  ['without a VML fallback', false],
  ['with a VML fallback', true],
])('a red header in a DrawingML text box %s is read once, before the title', async (_, withFallback) => {
  const { text } = await parseDocx(docx(drawnTextBox('平凉市人民政府文件', withFallback) + paragraph('平政发〔2023〕1号') + paragraph('平凉市人民政府关于加强绿化的通知')), 10 * 1024 * 1024);
  expect(text.split('\n')).toEqual(['平凉市人民政府文件', '平政发〔2023〕1号', '平凉市人民政府关于加强绿化的通知']);
});

test('a document without DrawingML text boxes is left as it is', () => {
  const xml = `<w:document ${W}><w:body>${paragraph('正文')}</w:body></w:document>`;
  expect(exposeTextBoxes(xml)).toBe(xml);
});
