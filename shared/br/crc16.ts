/**
 * CRC-16/CCITT-FALSE: poly 0x1021, init 0xFFFF, no reflection, no final xor.
 * Input is treated as bytes of its UTF-8 encoding (Pix payloads are ASCII).
 * Check value: crc16("123456789") = 0x29B1.
 */
export function crc16(text: string): number {
  const bytes = new TextEncoder().encode(text);
  let crc = 0xffff;
  for (const b of bytes) {
    crc ^= b << 8;
    for (let i = 0; i < 8; i++) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    }
  }
  return crc;
}

/** crc16 as 4 uppercase hex digits, zero padded. */
export function crc16Hex(text: string): string {
  return crc16(text).toString(16).toUpperCase().padStart(4, '0');
}
