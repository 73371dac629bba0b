/**
 * CRC-10 (the ATM polynomial x¹⁰+x⁹+x⁵+x⁴+x+1) over 5-bit symbols. A degree-10 CRC detects every
 * error burst of at most 10 bits anywhere in the code word, checksum included: one mistyped
 * character (5 bits) and two swapped neighbours (10 bits) are therefore always caught.
 */
const POLYNOMIAL = 0x233;
const WIDTH = 10;
const MASK = (1 << WIDTH) - 1;

export function crc10(symbols: readonly number[]): number {
  let crc = 0;
  for (const symbol of symbols) {
    for (let bit = 4; bit >= 0; bit -= 1) {
      const incoming = (symbol >> bit) & 1;
      const top = (crc >> (WIDTH - 1)) & 1;
      crc = (crc << 1) & MASK;
      if ((top ^ incoming) === 1) crc ^= POLYNOMIAL & MASK;
    }
  }
  return crc;
}

/** The checksum as two base32 symbols, high half first. */
export function checksumSymbols(symbols: readonly number[]): [number, number] {
  const crc = crc10(symbols);
  return [crc >> 5, crc & 31];
}
