// The departments of a corpus: unique, realistic names (region + bureau), the same name
// every year, and the traits that stay put from year to year (size, vehicles, what the
// projects are spent on).
import { BUREAUS, bureauName, type Bureau } from '../catalogue/bureaus.ts';
import { REGIONS, type Region } from '../catalogue/regions.ts';
import { hashSeed, Random } from '../random.ts';

export interface Department {
  index: number;
  name: string;
  region: Region;
  bureau: Bureau;
  profile: DepartmentProfile;
}

export interface DepartmentProfile {
  /** Baseline total expenditure in 万元. */
  scaleWan: number;
  /** Shares in ‰: projects of the total, personnel of basic, 对个人和家庭的补助 of personnel. */
  projectPermille: number;
  personnelPermille: number;
  householdPermille: number;
  vehicles: number;
  /** The domain 项 this department's projects go to. */
  domainItems: string[];
  authorised: number;
}

const SCALE_BUCKETS = [[150, 400], [400, 1200], [1200, 3000], [3000, 8000], [8000, 15000]] as const;

function allNames(): { name: string; region: Region; bureau: Bureau }[] {
  const out: { name: string; region: Region; bureau: Bureau }[] = [];
  for (const region of REGIONS) {
    for (const bureau of BUREAUS) {
      const name = bureauName(bureau, region);
      if (name) out.push({ name: region.prefix + name, region, bureau });
    }
  }
  return out;
}

const ALL_NAMES = allNames();

/** How many distinct departments the catalogue can name. */
export const DEPARTMENT_CAPACITY = ALL_NAMES.length;

function profileFor(rng: Random, bureau: Bureau): DepartmentProfile {
  const [lo, hi] = rng.pick([SCALE_BUCKETS[0], SCALE_BUCKETS[1], SCALE_BUCKETS[1], SCALE_BUCKETS[2], SCALE_BUCKETS[2], SCALE_BUCKETS[3], SCALE_BUCKETS[4]]);
  const scaleWan = rng.int(lo, hi);
  return {
    scaleWan,
    projectPermille: rng.int(80, 650),
    personnelPermille: rng.int(560, 880),
    householdPermille: rng.int(60, 340),
    vehicles: rng.chance(0.25) ? 0 : rng.int(1, Math.min(20, 2 + Math.floor(scaleWan / 400))),
    domainItems: rng.sample(bureau.domain, rng.int(Math.min(2, bureau.domain.length), Math.min(5, bureau.domain.length))),
    authorised: 12 + Math.floor(scaleWan / 50) + rng.int(0, 30),
  };
}

/** The first `count` departments for a seed; the same seed always lists the same ones. */
export function departmentRoster(seed: number, count: number): Department[] {
  if (count > DEPARTMENT_CAPACITY) {
    throw new RangeError(`--departments ${count} is more than the ${DEPARTMENT_CAPACITY} distinct department names the catalogue can make`);
  }
  const order = new Random(hashSeed(seed, 'roster')).shuffle(ALL_NAMES).slice(0, count);
  return order.map((entry, index) => ({
    index,
    ...entry,
    profile: profileFor(new Random(hashSeed(seed, 'department', entry.name)), entry.bureau),
  }));
}
