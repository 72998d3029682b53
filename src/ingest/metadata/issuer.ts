const ORGAN_SUFFIX =
  /(人民政府|政府|办公室|办公厅|委员会|常委会|局|厅|部|委|院|署|会|处|室|科|中心|市委|县委|区委|党委|党组|公司|队|所|站|团)$/;
const SENTENCE_MARKS = /[，。；：,;:、！？!?《》“”"]/;

/** Whether a short line names one or several authorities ("平凉市人民政府", "中共平凉市委 平凉市人民政府"). */
export function isOrganName(line: string): boolean {
  if (line.length < 2 || line.length > 60 || SENTENCE_MARKS.test(line.replace(/\s+/g, ' '))) return false;
  return line.split(/\s+/).every((part) => part.length >= 2 && part.length <= 30 && ORGAN_SUFFIX.test(part));
}

/** Joins several authorities written side by side into one field: "中共平凉市委、平凉市人民政府". */
export function normaliseIssuer(raw: string): string {
  return raw.trim().split(/[\s、]+/).filter(Boolean).join('、');
}

/** The authority before "关于" in a title: "平凉市人民政府关于……的通知". */
export function issuerFromTitle(title: string): string | null {
  const match = /^(.+?)关于/.exec(title);
  if (!match) return null;
  const prefix = match[1]!.trim();
  return isOrganName(prefix) ? normaliseIssuer(prefix) : null;
}

/** The authority named in an event line: "……全国人民代表大会常务委员会第二十一次会议通过", "国务院令第5号公布". */
export function issuerFromEvent(line: string): string | null {
  const congress =
    /(全国|[\u4e00-\u9fa5]{2,10}?(?:省|市|自治区|自治州|县|区))?(?:第[一二三四五六七八九十\d]{1,4}届)?(全国)?(人民代表大会(?:常务委员会)?)/.exec(line);
  if (congress && (congress[1] ?? congress[2])) return (congress[1] ?? congress[2]) + congress[3]!;
  const order = /([\u4e00-\u9fa5]{2,30}?)令\s*第/.exec(line.replace(/^[^\u4e00-\u9fa5]*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*)?\d+日/, ''));
  if (order) return order[1]!.replace(/^中华人民共和国(?=国务院|中央军事委员会)/, '');
  return null;
}
