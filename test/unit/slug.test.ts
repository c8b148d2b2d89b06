import { describe, expect, it } from 'vitest';
import { departmentSlug } from '../../scripts/ingest/slug.ts';

const SLUG = /^[a-z0-9][a-z0-9-]*$/;

describe('departmentSlug on the seed departments', () => {
  it.each([
    ['株洲市工业和信息化局', /^zhuzhoushi-gongyehexinxihuaju-[0-9a-f]{6}$/],
    ['株洲市人民政府办公室（本级）', /^zhuzhoushi-renminzhengfubangongshi-benji-[0-9a-f]{6}$/],
    ['浏阳市工业和信息化局', /^liuyangshi-gongyehexinxihuaju-[0-9a-f]{6}$/],
    ['株洲市芦淞区科技和工业信息化局', /^zhuzhoushi-lusongqu-kejihegongyexinxihuaju-[0-9a-f]{6}$/],
    ['平顶山市工业和信息化局', /^pingdingshanshi-gongyehexinxihuaju-[0-9a-f]{6}$/],
    ['湖南省株洲市攸县财政局', /^hunansheng-zhuzhoushi-youxian-caizhengju-[0-9a-f]{6}$/],
  ])('%s', (name, pattern) => {
    expect(departmentSlug(name)).toMatch(pattern);
  });

  it('is stable: the same name always gives the same slug', () => {
    expect(departmentSlug('株洲市工业和信息化局')).toBe(departmentSlug('株洲市工业和信息化局'));
  });

  it('normalises before hashing: half-width brackets and spaces give the same slug', () => {
    expect(departmentSlug('株洲市人民政府办公室 (本级)')).toBe(departmentSlug('株洲市人民政府办公室（本级）'));
  });

  it('keeps homophones apart', () => {
    // 株洲 and 珠洲 both spell zhuzhou
    const a = departmentSlug('株洲市工业和信息化局');
    const b = departmentSlug('珠洲市工业和信息化局');
    expect(a.slice(0, -7)).toBe(b.slice(0, -7));
    expect(a).not.toBe(b);
  });
});

describe('departmentSlug on hostile names', () => {
  it.each([
    ['<script>alert(1)</script>'],
    ['../../etc/passwd'],
    ['/'],
    ['😀🎉'],
    [''],
    ['   '],
    ['株洲市"工信局"?&#x27;'],
    ['Ａ局ｂ１'],
    ['绿色'.repeat(60)],
  ])('%j gives a safe slug', (name) => {
    const slug = departmentSlug(name);
    expect(slug).toMatch(SLUG);
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).not.toMatch(/--|-$/);
  });

  it('names with nothing spellable fall back to dept-<hash>', () => {
    expect(departmentSlug('😀')).toMatch(/^dept-[0-9a-f]{6}$/);
    expect(departmentSlug('/')).not.toBe(departmentSlug('😀'));
  });

  it('spells full-width letters and ü as ASCII', () => {
    expect(departmentSlug('Ａ局ｂ１')).toMatch(/^ajub1-[0-9a-f]{6}$/);
    expect(departmentSlug('绿化局')).toMatch(/^lvhuaju-/);
  });
});
