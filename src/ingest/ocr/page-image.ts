import sharp from 'sharp';
import { openPdf } from '../formats/pdf.js';

/**
 * PDF pages are rendered at 144 dpi (2 × 72): the body text of a 公文 (三号, 16 pt) comes out about 44
 * pixels high, which the recogniser reads as well as larger renderings, in less time.
 */
const PDF_RENDER_SCALE = 2;

/**
 * One page of a scan as a PNG, the picture OCR reads. A PDF page is rendered whole (pdfjs on a skia
 * canvas) rather than its embedded images taken out: the page is then what a reader sees, whatever
 * the scanner did (strips, masks, rotation, a watermark image beside the scan).
 */
export async function renderScanPage({ bytes, format, pageNumber, fileName }: { bytes: Uint8Array; format: string; pageNumber: number; fileName: string }): Promise<Buffer> {
  if (format !== 'pdf') {
    return sharp(bytes, { page: pageNumber - 1 }).rotate().flatten({ background: '#ffffff' }).png({ compressionLevel: 1 }).toBuffer();
  }
  const { pdf, task } = await openPdf(bytes, fileName);
  try {
    const page = await pdf.getPage(pageNumber);
    const viewport = page.getViewport({ scale: PDF_RENDER_SCALE });
    const { canvas, context } = (pdf as unknown as { canvasFactory: CanvasFactory }).canvasFactory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({ canvasContext: context, viewport, canvas } as unknown as Parameters<typeof page.render>[0]).promise;
    return canvas.toBuffer('image/png');
  } finally {
    await task.destroy();
  }
}

type CanvasFactory = {
  create(width: number, height: number): {
    canvas: { width: number; height: number; toBuffer(mime: 'image/png'): Buffer };
    context: { fillStyle: string; fillRect(x: number, y: number, w: number, h: number): void };
  };
};

/** The page as shown on the document page: a JPEG no wider than 1240 pixels (A4 at 150 dpi). */
export async function displayImage(png: Buffer): Promise<{ jpeg: Buffer; width: number; height: number }> {
  const { data, info } = await sharp(png).resize({ width: 1240, withoutEnlargement: true }).jpeg({ quality: 72, mozjpeg: true }).toBuffer({ resolveWithObject: true });
  return { jpeg: data, width: info.width, height: info.height };
}
