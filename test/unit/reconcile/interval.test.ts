import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  claimInterval,
  closed,
  contains,
  containsPoint,
  hull,
  intersect,
  intersects,
  isEmpty,
  width,
  writtenPrecision,
  type Interval,
} from '../../../main/core/reconcile';

const B = 1e9;

describe('claimInterval', () => {
  it('reads each qualifier as the interval it asserts', () => {
    expect(claimInterval({ value: 50 * B, qualifier: 'up_to', low: null, high: 50 * B })).toEqual({
      low: 0,
      high: 50 * B,
      lowOpen: true,
      highOpen: false,
    });
    expect(claimInterval({ value: 10 * B, qualifier: 'at_least', low: 10 * B, high: null })).toEqual({
      low: 10 * B,
      high: Infinity,
      lowOpen: false,
      highOpen: true,
    });
    expect(claimInterval({ value: 10 * B, qualifier: 'more_than', low: 10 * B, high: null }).lowOpen).toBe(
      true,
    );
    expect(claimInterval({ value: 5, qualifier: 'less_than', low: null, high: 5 })).toEqual({
      low: 0,
      high: 5,
      lowOpen: true,
      highOpen: true,
    });
    expect(claimInterval({ value: 3 * B, qualifier: 'range', low: 3 * B, high: 5 * B })).toEqual(
      closed(3 * B, 5 * B),
    );
  });

  it('about is ±5%, exact ±1% at least', () => {
    const about = claimInterval({
      value: 70e12,
      qualifier: 'about',
      low: null,
      high: null,
      text: '약 70조원',
    });
    expect(about.low).toBeCloseTo(66.5e12, -6);
    expect(about.high).toBeCloseTo(73.5e12, -6);
    const exact = claimInterval({
      value: 141e8,
      qualifier: 'exact',
      low: null,
      high: null,
      text: '141억 달러',
    });
    expect(exact.low).toBeCloseTo(141e8 * 0.99, -3);
  });

  it('widens a coarse written number to its precision ("20조원" = ±0.5조, capped at 10%)', () => {
    expect(writtenPrecision('20조원', 20e12)).toBeCloseTo(0.025);
    expect(writtenPrecision('20.1 trillion won', 20.1e12)).toBeCloseTo(0.05 / 20.1);
    expect(writtenPrecision('71조 6000억 원', 71.6e12)).toBeNull();
    expect(writtenPrecision('三千亿元', 3e11)).toBeNull();
    expect(writtenPrecision('１４１５兆ウォン', 1415e12)).toBeCloseTo(0.5 / 1415);
    const coarse = claimInterval({ value: 20e12, qualifier: 'exact', low: null, high: null, text: '20조원' });
    expect(containsPoint(coarse, 20.1e12)).toBe(true);
    const five = claimInterval({
      value: 5 * B,
      qualifier: 'exact',
      low: null,
      high: null,
      text: '$5 billion',
    });
    expect(five.high).toBeCloseTo(5.5 * B);
  });

  it('a floor and a later ceiling can both hold; a ceiling below a floor cannot', () => {
    const floor = claimInterval({ value: 10 * B, qualifier: 'at_least', low: 10 * B, high: null });
    const ceiling = claimInterval({ value: 50 * B, qualifier: 'up_to', low: null, high: 50 * B });
    expect(intersect(floor, ceiling)).toEqual(closed(10 * B, 50 * B));
    expect(
      intersects(ceiling, claimInterval({ value: 60 * B, qualifier: 'at_least', low: 60 * B, high: null })),
    ).toBe(false);
  });

  it('open ends touching at a point do not intersect', () => {
    const below = claimInterval({ value: 5, qualifier: 'less_than', low: null, high: 5 });
    const above = claimInterval({ value: 5, qualifier: 'at_least', low: 5, high: null });
    expect(intersects(below, above)).toBe(false);
    expect(intersects(claimInterval({ value: 5, qualifier: 'up_to', low: null, high: 5 }), above)).toBe(true);
  });
});

const finite = fc.double({ min: 0, max: 1e6, noNaN: true });
const interval: fc.Arbitrary<Interval> = fc
  .tuple(finite, finite, fc.boolean(), fc.boolean(), fc.boolean())
  .map(([a, b, lo, hi, unbounded]) => ({
    low: Math.min(a, b),
    high: unbounded ? Infinity : Math.max(a, b),
    lowOpen: lo,
    highOpen: unbounded ? true : hi,
  }));

const same = (a: Interval, b: Interval) => (isEmpty(a) && isEmpty(b)) || (contains(a, b) && contains(b, a));

describe('interval algebra (property-based)', () => {
  it('intersection is commutative, associative and idempotent', () => {
    fc.assert(
      fc.property(interval, interval, interval, (a, b, c) => {
        expect(same(intersect(a, b), intersect(b, a))).toBe(true);
        expect(same(intersect(intersect(a, b), c), intersect(a, intersect(b, c)))).toBe(true);
        expect(same(intersect(a, a), a)).toBe(true);
      }),
    );
  });

  it('the intersection lies in both, and is the largest such set for the points tried', () => {
    fc.assert(
      fc.property(interval, interval, finite, (a, b, x) => {
        const i = intersect(a, b);
        expect(contains(a, i) && contains(b, i)).toBe(true);
        expect(containsPoint(i, x)).toBe(containsPoint(a, x) && containsPoint(b, x));
        expect(width(i)).toBeLessThanOrEqual(Math.min(width(a), width(b)));
      }),
    );
  });

  it('intersects ⇔ the intersection is not empty; containment is reflexive and transitive', () => {
    fc.assert(
      fc.property(interval, interval, interval, (a, b, c) => {
        expect(intersects(a, b)).toBe(!isEmpty(intersect(a, b)));
        expect(contains(a, a)).toBe(true);
        if (contains(a, b) && contains(b, c)) expect(contains(a, c)).toBe(true);
        if (contains(a, b) && !isEmpty(b)) expect(intersects(a, b)).toBe(true);
      }),
    );
  });

  it('the hull contains both', () => {
    fc.assert(
      fc.property(interval, interval, (a, b) => {
        expect(contains(hull(a, b), a) && contains(hull(a, b), b)).toBe(true);
      }),
    );
  });

  it('every claim interval holds its value, except the open side of more/less than', () => {
    const qualifiers = ['exact', 'about', 'up_to', 'at_least', 'range'] as const;
    fc.assert(
      fc.property(
        fc.double({ min: 1e-3, max: 1e15, noNaN: true }),
        fc.constantFrom(...qualifiers),
        (v, q) => {
          const i = claimInterval({
            value: v,
            qualifier: q,
            low: q === 'range' ? v : null,
            high: q === 'range' ? v * 2 : null,
          });
          expect(containsPoint(i, v)).toBe(true);
          expect(
            containsPoint(claimInterval({ value: v, qualifier: 'more_than', low: v, high: null }), v),
          ).toBe(false);
          expect(
            containsPoint(claimInterval({ value: v, qualifier: 'less_than', low: null, high: v }), v),
          ).toBe(false);
        },
      ),
    );
  });

  it('an about-claim contains the exact claim of the same value', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e15, noNaN: true }), (v) => {
        const about = claimInterval({ value: v, qualifier: 'about', low: null, high: null });
        const exact = claimInterval({ value: v, qualifier: 'exact', low: null, high: null });
        expect(contains(about, exact)).toBe(true);
      }),
    );
  });
});
