import { KessanPeriod, type KessanPeriodInput } from '../../../shared/lokaben/schema';
import type { LokabenResult } from '../../../shared/lokaben/indicators';

/** A period with every figure entered (round numbers), overridden by `o`. */
export function period(o: Partial<KessanPeriodInput> = {}): KessanPeriod {
  return KessanPeriod.parse({
    label: '2024年3月期',
    uriageDaka: 120_000_000,
    zenkiUriageDaka: 100_000_000,
    eigyoRieki: 6_000_000,
    genkaShokyakuHi: 2_000_000,
    jugyoinSu: 10,
    kariireKin: 50_000_000,
    genYokin: 10_000_000,
    uriageSaiken: 10_000_000,
    tanaoroshiShisan: 5_000_000,
    kaiireSaimu: 5_000_000,
    junShisan: 30_000_000,
    soShisan: 150_000_000,
    ...o,
  });
}

export function valueOf(r: LokabenResult): number {
  if (!r.ok) throw new Error(`expected a value, got 算出不可: ${r.message}`);
  return r.value;
}

export function reasonOf(r: LokabenResult): string {
  if (r.ok) throw new Error(`expected 算出不可, got ${r.value}`);
  return r.reason;
}
