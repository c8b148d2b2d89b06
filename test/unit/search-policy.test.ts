import { describe, expect, it } from 'vitest';
import { earlierYears } from '../../src/lib/search-policy.ts';

const entry = (slug: string, year: number) => ({ department: { slug }, year });

describe('the department-years in the index of earlier years', () => {
  it('are every department\'s years but its latest, with the years they cover', () => {
    const entries = [entry('a', 2023), entry('a', 2021), entry('b', 2023), entry('c', 2021), entry('a', 2022), entry('c', 2022)];
    // a's 2021 and 2022, c's 2021; 2023 is every department's latest, or not there.
    expect(earlierYears(entries)).toEqual({ count: 3, years: [2021, 2022] });
  });

  it('are none when each department has one year', () => {
    expect(earlierYears([entry('a', 2022), entry('b', 2023)])).toEqual({ count: 0, years: [] });
  });
});
