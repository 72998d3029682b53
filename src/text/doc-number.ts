/** Brackets that officials put around the year of a 文号: 〔〕 [] () （） 【】 ［］ 〈〉. */
const OPEN = '〔\\[(（【［〈';
const CLOSE = '〕\\])）】］〉';
const DOC_NUMBER = new RegExp(
  `([\\u4e00-\\u9fa5]{1,16}?)\\s*[${OPEN}]\\s*((?:19|20)\\d{2})\\s*[${CLOSE}]\\s*第?\\s*(\\d{1,5})\\s*号`,
  'g',
);
const ORDER_NUMBER = /([\u4e00-\u9fa5]{2,30}令)\s*[(（]?\s*第\s*(\d{1,5})\s*号/;

/** Every 文号 in a piece of text, normalised to `平政发〔2019〕12号`. */
export function findDocNumbers(text: string): string[] {
  return [...text.matchAll(DOC_NUMBER)].map((m) => `${m[1]}〔${m[2]}〕${Number(m[3])}号`);
}

/** The first 文号 in a piece of text, normalised. */
export function findDocNumber(text: string): string | null {
  return findDocNumbers(text)[0] ?? null;
}

/** Normalises a 文号 as typed by a user or cited in a text; returns the input trimmed when it has another form. */
export function normaliseDocNumber(input: string): string {
  const compact = input.replace(/\s+/g, '');
  return findDocNumber(compact) ?? findOrderNumber(compact) ?? compact;
}

/** A government order number, "平凉市人民政府令第5号". */
export function findOrderNumber(text: string): string | null {
  // A date written just before the order ("2022年9月26日平凉市人民政府令") is not part of its name.
  const match = ORDER_NUMBER.exec(text.replace(/\d{1,4}[年月日]/g, ' '));
  if (!match) return null;
  // "中华人民共和国国务院令" is cited as "国务院令", as on the orders themselves.
  return `${match[1]!.replace(/^中华人民共和国(?=国务院|中央军事委员会)/, '')}第${Number(match[2])}号`;
}

/** Whether the line holds a 文号 and little else (a 签发人 may stand beside it). */
export function isDocNumberLine(line: string): boolean {
  const number = findDocNumber(line);
  if (!number) return false;
  const rest = line.replace(/\s+/g, '').replace(DOC_NUMBER, '').replace(/签发人[:：]?.*$/, '');
  return rest.length <= 2;
}

/** The 机关代字 and kind of a 文号, what stands before the year: "平政发" of "平政发〔2019〕12号". */
export function docNumberPrefix(docNumber: string): string | null {
  const match = /^([\u4e00-\u9fa5]{1,16})〔/.exec(docNumber);
  return match ? match[1]! : null;
}
