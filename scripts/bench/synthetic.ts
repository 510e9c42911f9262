/**
 * SYNTHETIC benchmark data: generated entity records for measuring the tables at scale. Every record is
 * in a list named "Synthetic benchmark data (not real)" with a synthetic source; none of it is ever shown
 * as real, and none of it is committed (make-synthetic.ts writes to bench/synthetic/, ignored by git).
 * It lives with the benchmark, outside the product: only scripts/bench/ (and its bench app) import it.
 */
import type { Dataset } from "@/lib/data/types";
import type { EntityListRecord, EntityRecord, SourceRecord } from "@/lib/domain/schema";
import { prng } from "../prng.mjs";

export const SYNTHETIC_LIST = "synthetic-benchmark";
export const SYNTHETIC_SOURCE = "synthetic-generator";

const EN = [
  "Apex",
  "Nova",
  "Deep",
  "Quantum",
  "Bright",
  "Silk",
  "Jade",
  "Cloud",
  "Vector",
  "Pixel",
  "Orbit",
  "Zen",
  "Lumen",
  "Atlas",
  "Echo",
];
const EN2 = [
  "Vision",
  "Robotics",
  "Data",
  "Mind",
  "Logic",
  "Sense",
  "Motion",
  "Health",
  "Finance",
  "Drive",
  "Voice",
  "Grid",
];
const HANZI = "智云数科联创星辰海光远达华信安智慧天元博通汇新航力量子图灵深度视觉语音机器人";
const HANGUL = "가나다라마바사아자차카타파하지능데이터로봇클라우드비전";

export function syntheticEntities(
  count: number,
  ds: Pick<Dataset, "districts" | "sectors">,
  seed = 42,
): EntityRecord[] {
  const rnd = prng(seed);
  const pickOf = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const districts = ds.districts.map((d) => d.code);
  const sectors = ds.sectors.map((s) => s.code);
  const out: EntityRecord[] = [];
  for (let i = 1; i <= count; i++) {
    const n = String(i).padStart(6, "0");
    const zh = Array.from(
      { length: 2 + Math.floor(rnd() * 3) },
      () => HANZI[Math.floor(rnd() * HANZI.length)],
    ).join("");
    const ko = Array.from(
      { length: 2 + Math.floor(rnd() * 3) },
      () => HANGUL[Math.floor(rnd() * HANGUL.length)],
    ).join("");
    const year = 2015 + Math.floor(rnd() * 11);
    const month = String(1 + Math.floor(rnd() * 12)).padStart(2, "0");
    out.push({
      id: `synthetic-${n}`,
      list: SYNTHETIC_LIST,
      name: { en: `${pickOf(EN)} ${pickOf(EN2)} ${n}`, ko: `${ko} ${n}`, zh: `${zh}${n}` },
      domain: {
        en: `Synthetic domain ${1 + Math.floor(rnd() * 40)}`,
        ko: `합성 영역 ${1 + Math.floor(rnd() * 40)}`,
        zh: `合成领域${1 + Math.floor(rnd() * 40)}`,
      },
      sector: rnd() < 0.1 ? null : pickOf(sectors),
      date: rnd() < 0.08 ? null : rnd() < 0.5 ? `${year}` : `${year}-${month}`,
      district: rnd() < 0.12 ? null : pickOf(districts),
      source: SYNTHETIC_SOURCE,
      confidence: pickOf(["high", "medium", "secondary"] as const),
      note: {
        en: "SYNTHETIC: generated for benchmarks, not real",
        ko: "합성 데이터: 벤치마크용, 실제 아님",
        zh: "合成数据：仅用于基准测试，并非真实",
      },
    });
  }
  return out;
}

/** The real dataset with its entities replaced by synthetic ones (for the benchmark only). */
export function withSyntheticEntities(ds: Dataset, entities: EntityRecord[]): Dataset {
  const list: EntityListRecord = {
    id: SYNTHETIC_LIST,
    name: {
      en: "Synthetic benchmark data (not real)",
      ko: "합성 벤치마크 데이터(실제 아님)",
      zh: "合成基准测试数据（非真实）",
    },
    total: entities.length,
    direction: "foundations",
    source: SYNTHETIC_SOURCE,
    note: null,
    dateKind: "approved",
  };
  const source: SourceRecord = {
    id: SYNTHETIC_SOURCE,
    publisher: { en: "SYNTHETIC generator", ko: "합성 데이터 생성기", zh: "合成数据生成器" },
    title: null,
    description: { en: "Synthetic benchmark rows", ko: "합성 벤치마크 행", zh: "合成基准测试行" },
    published: null,
    url: null,
    retrievedFrom: null,
    language: "en",
    kind: "report",
    confidence: "secondary",
  };
  return {
    ...ds,
    entities,
    entityLists: [list],
    sources: [...ds.sources, source],
    index: {
      ...ds.index,
      source: new Map([...ds.index.source, [source.id, source]]),
      entityList: new Map([[list.id, list]]),
    },
  };
}
