/**
 * Exact decimal arithmetic for amounts: a value is `m × 10^e` with an integer mantissa.
 *
 * Why: every scale word in the four languages is a power of ten, so "1.4兆" is 14 × 10^11 and
 * "$2.35 billion" is 235 × 10^7 — exact integers. Doing the same with floats (1.4 * 1e12) gives
 * 1400000000000.0002. Only when a mantissa outgrows 2^53 do we fall back to floats.
 */
export interface Dec {
  readonly m: number;
  readonly e: number;
}

export const DEC_ZERO: Dec = { m: 0, e: 0 };
export const DEC_ONE: Dec = { m: 1, e: 0 };

const POW10: number[] = [];
for (let k = 0, p = 1; k <= 22; k++, p *= 10) POW10.push(p);

/** 10^k, exact for 0 ≤ k ≤ 22. */
export function pow10(k: number): number {
  return k >= 0 && k <= 22 ? POW10[k]! : Math.pow(10, k);
}

export function decInt(n: number): Dec {
  return { m: n, e: 0 };
}

export function decIsZero(d: Dec): boolean {
  return d.m === 0;
}

/** d × 10^k. */
export function decShift(d: Dec, k: number): Dec {
  return d.m === 0 ? DEC_ZERO : { m: d.m, e: d.e + k };
}

export function decToNumber(d: Dec): number {
  if (d.m === 0) return 0;
  if (d.e >= 0) return d.m * pow10(d.e);
  // Division by an exact power of ten is correctly rounded: 235 / 100 === 2.35.
  return -d.e <= 22 ? d.m / pow10(-d.e) : d.m * Math.pow(10, d.e);
}

function fromFloat(x: number): Dec {
  return { m: x, e: 0 };
}

export function decAdd(a: Dec, b: Dec): Dec {
  if (a.m === 0) return b;
  if (b.m === 0) return a;
  if (a.e === b.e) {
    const m = a.m + b.m;
    if (Number.isSafeInteger(m)) return { m, e: a.e };
  } else {
    const lo = a.e < b.e ? a : b;
    const hi = a.e < b.e ? b : a;
    const diff = hi.e - lo.e;
    if (diff <= 15) {
      const m = hi.m * pow10(diff) + lo.m;
      if (Number.isSafeInteger(m)) return { m, e: lo.e };
    }
  }
  return fromFloat(decToNumber(a) + decToNumber(b));
}

export function decMul(a: Dec, b: Dec): Dec {
  const m = a.m * b.m;
  if (Number.isSafeInteger(m)) return m === 0 ? DEC_ZERO : { m, e: a.e + b.e };
  return fromFloat(decToNumber(a) * decToNumber(b));
}

/**
 * The JS number for an amount, trimmed of float noise: integers pass through, anything else is
 * rounded to 15 significant digits (more than any newspaper prints).
 */
export function toAmount(d: Dec): number {
  const x = decToNumber(d);
  // An integer mantissa over an exact power of ten is already the correctly rounded value.
  if (Number.isSafeInteger(d.m) && d.e >= -22) return x;
  if (Number.isInteger(x) || !Number.isFinite(x)) return x;
  return Number(x.toPrecision(15));
}
