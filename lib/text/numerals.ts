/** The Chinese numeral characters and their values: one table for every reader of numbers. */
export const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
/** Units inside a section (十 百 千) and the section markers (万 亿). */
export const CHINESE_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
export const CHINESE_MAGNITUDES: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };
