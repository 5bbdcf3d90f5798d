// Advance widths of the bundled Roboto (Regular for normal text, Medium for bold) so the
// slips can fit, clip and wrap text themselves: a single-line text node is one inline for
// pdfmake, far cheaper than letting it split every word. Widths ignore kerning, which only
// narrows text, so measured lines never overflow.

// Generated from pdfmake/build/fonts/Roboto with fontkit (units of 1/2048 em):
// printable ASCII 32-126, Latin-1 160-255, then the code points in EXTRA_CODES.
const REGULAR_ASCII = '508,528,656,1261,1151,1500,1274,358,701,713,882,1162,403,566,540,845,1151,1151,1151,1151,1151,1151,1151,1151,1151,1151,496,433,1041,1124,1071,968,1839,1336,1276,1333,1344,1164,1132,1395,1461,557,1130,1285,1103,1788,1461,1409,1292,1409,1262,1216,1222,1328,1304,1817,1284,1230,1227,543,841,543,856,924,633,1114,1150,1072,1155,1086,712,1150,1128,498,490,1038,498,1796,1131,1168,1150,1164,694,1057,670,1129,992,1539,1016,969,1016,693,500,693,1393';
const REGULAR_LATIN1 = '508,500,1121,1191,1461,1076,492,1256,857,1609,916,961,1134,566,1610,939,765,1095,751,751,642,1161,1002,535,508,751,932,960,1500,1589,1593,970,1336,1336,1336,1336,1336,1336,1914,1333,1164,1164,1164,1164,557,557,557,557,1374,1461,1409,1409,1409,1409,1409,1093,1409,1328,1328,1328,1328,1230,1210,1218,1114,1114,1114,1114,1114,1114,1730,1072,1086,1086,1086,1086,507,507,507,507,1201,1131,1168,1168,1168,1168,1168,1170,1161,1129,1129,1129,1129,969,1180,969';
const REGULAR_EXTRA = '1599,1344,1370,691,410,724,732,410,1151,1281';
const MEDIUM_ASCII = '509,542,654,1235,1164,1508,1313,343,709,716,908,1137,458,696,569,799,1164,1164,1164,1164,1164,1164,1164,1164,1164,1164,540,491,1042,1152,1064,996,1837,1358,1293,1337,1337,1157,1128,1395,1453,580,1138,1294,1106,1791,1453,1411,1307,1411,1289,1240,1248,1340,1322,1803,1293,1251,1235,556,853,556,878,917,656,1104,1151,1069,1154,1097,723,1161,1138,522,514,1068,522,1784,1140,1162,1151,1159,724,1054,682,1139,1016,1520,1030,1003,1030,683,509,683,1357';
const MEDIUM_LATIN1 = '509,543,1154,1205,1438,1088,504,1273,914,1609,912,995,1131,696,1610,986,783,1098,757,757,660,1217,1002,580,531,757,935,995,1482,1570,1628,997,1358,1358,1358,1358,1358,1358,1918,1337,1157,1157,1157,1157,580,580,580,580,1367,1453,1411,1411,1411,1411,1411,1090,1409,1340,1340,1340,1340,1251,1231,1259,1104,1104,1104,1104,1104,1104,1730,1069,1097,1097,1097,1097,535,535,535,535,1188,1140,1162,1162,1162,1162,1162,1169,1158,1139,1139,1139,1139,1003,1169,1003';
const MEDIUM_EXTRA = '1578,1315,1450,716,442,779,787,447,1164,1288';
const EXTRA_CODES = [0x2014, 0x2013, 0x2026, 0x2022, 0x2019, 0x201c, 0x201d, 0x2018, 0x20ac, 0x2122];

function table(ascii: string, latin1: string, extra: string): Map<number, number> {
  const m = new Map<number, number>();
  ascii.split(',').forEach((w, i) => m.set(32 + i, Number(w)));
  latin1.split(',').forEach((w, i) => m.set(160 + i, Number(w)));
  extra.split(',').forEach((w, i) => m.set(EXTRA_CODES[i] ?? 0, Number(w)));
  return m;
}

const REGULAR = table(REGULAR_ASCII, REGULAR_LATIN1, REGULAR_EXTRA);
const MEDIUM = table(MEDIUM_ASCII, MEDIUM_LATIN1, MEDIUM_EXTRA);
/** Width used for characters outside the table (a wide letter, to stay on the safe side). */
const UNKNOWN = 1400;

/** Width in pt of `text` set in Roboto at `fontSize` (bold = Roboto Medium, as pdfmake maps it). */
export function textWidth(text: string, fontSize: number, bold = false, characterSpacing = 0): number {
  const m = bold ? MEDIUM : REGULAR;
  let units = 0;
  let count = 0;
  for (const ch of text) {
    units += m.get(ch.codePointAt(0) ?? 0) ?? UNKNOWN;
    count++;
  }
  return (units / 2048) * fontSize + count * characterSpacing;
}

/** The text cut (with "…") to fit `width` pt on one line. */
export function fitLine(text: string, width: number, fontSize: number, bold = false): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (textWidth(t, fontSize, bold) <= width) return t;
  const room = width - textWidth('…', fontSize, bold);
  let lo = 0;
  let hi = t.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(t.slice(0, mid), fontSize, bold) <= room) lo = mid;
    else hi = mid - 1;
  }
  return `${t.slice(0, lo).trimEnd()}…`;
}

/** "R$" and the amount after it as one word: a line never ends with "R$". */
function keepMoneyTogether(words: string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k] ?? '';
    const next = words[k + 1];
    if (w === 'R$' && next !== undefined && /^-?\d/.test(next)) {
      out.push(`${w} ${next}`);
      k++;
    } else out.push(w);
  }
  return out;
}

/**
 * Greedy word wrap into lines of at most `width` pt; a word longer than a line is cut.
 * With `maxLines`, the last line ends in "…" when text is left over.
 */
export function wrapLines(text: string, width: number, fontSize: number, bold = false, maxLines = Infinity): string[] {
  const words = keepMoneyTogether(text.replace(/\s+/g, ' ').trim().split(' '));
  const lines: string[] = [];
  const space = textWidth(' ', fontSize, bold);
  let line = '';
  let lineWidth = 0;
  for (let k = 0; k < words.length; k++) {
    const word = words[k] ?? '';
    const w = textWidth(word, fontSize, bold);
    if (line !== '' && lineWidth + space + w <= width) {
      line += ` ${word}`;
      lineWidth += space + w;
      continue;
    }
    if (line !== '') lines.push(line);
    if (lines.length === maxLines) {
      lines[maxLines - 1] = fitLine(`${lines[maxLines - 1] ?? ''} ${words.slice(k).join(' ')}`, width, fontSize, bold);
      return lines;
    }
    line = w <= width ? word : fitLine(word, width, fontSize, bold);
    lineWidth = textWidth(line, fontSize, bold);
  }
  if (line !== '') lines.push(line);
  return lines;
}
