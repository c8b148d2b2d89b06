import { describe, expect, it } from 'vitest';
import {
  childrenOf, functionalEntries, functionalEntry, resolvePath, resolveWithinClass,
} from '../../src/lib/classification/functional.ts';

// Every code printed in the seed reports' tables (000, 001, 004) and resolved from 003's prose.
const SEED_CODES: [string, string][] = [
  ['201', '一般公共服务支出'], ['20103', '政府办公厅（室）及相关机构事务'], ['2010301', '行政运行'],
  ['2010302', '一般行政管理事务'], ['2010305', '专项业务及机关事务管理'], ['2010308', '信访事务'],
  ['2010399', '其他政府办公厅（室）及相关机构事务支出'], ['20104', '发展与改革事务'], ['2010404', '战略规划与实施'],
  ['20106', '财政事务'], ['2010601', '行政运行'], ['20129', '群众团体事务'], ['2012901', '行政运行'],
  ['2012902', '一般行政管理事务'], ['20199', '其他一般公共服务支出'], ['2019999', '其他一般公共服务支出'],
  ['206', '科学技术支出'], ['20601', '科学技术管理事务'], ['2060101', '行政运行'], ['2060199', '其他科学技术管理事务支出'],
  ['20602', '基础研究'], ['2060203', '自然科学基金'], ['2060299', '其他基础研究支出'],
  ['20604', '技术研究与开发'], ['2060404', '科技成果转化与扩散'], ['2060499', '其他技术研究与开发支出'],
  ['20605', '科技条件与服务'], ['2060599', '其他科技条件与服务支出'], ['20699', '其他科学技术支出'],
  ['2069901', '科技奖励'], ['2069999', '其他科学技术支出'],
  ['208', '社会保障和就业支出'], ['20805', '行政事业单位养老支出'], ['2080501', '行政单位离退休'],
  ['2080502', '事业单位离退休'], ['2080505', '机关事业单位基本养老保险缴费支出'], ['20806', '企业改革补助'],
  ['2080601', '企业关闭破产补助'], ['20808', '抚恤'], ['2080801', '死亡抚恤'], ['20899', '其他社会保障和就业支出'],
  ['2089999', '其他社会保障和就业支出'],
  ['210', '卫生健康支出'], ['21004', '公共卫生'], ['2100410', '突发公共卫生事件应急处理'], ['21011', '行政事业单位医疗'],
  ['2101101', '行政单位医疗'], ['2101102', '事业单位医疗'], ['2101103', '公务员医疗补助'],
  ['211', '节能环保支出'], ['21199', '其他节能环保支出'], ['2119901', '其他节能环保支出'],
  ['215', '资源勘探工业信息等支出'], ['21501', '资源勘探开发'], ['2150102', '一般行政管理事务'],
  ['21505', '工业和信息产业监管'], ['2150501', '行政运行'], ['2150508', '无线电及信息通信监管'],
  ['2150510', '工业和信息产业支持'], ['2150517', '产业发展'], ['2150599', '其他工业和信息产业监管支出'],
  ['21508', '支持中小企业发展和管理支出'], ['2150899', '其他支持中小企业发展和管理支出'],
  ['21599', '其他资源勘探工业信息等支出'], ['2159999', '其他资源勘探工业信息等支出'],
  ['221', '住房保障支出'], ['22102', '住房改革支出'], ['2210201', '住房公积金'],
  ['222', '粮油物资储备支出'], ['22205', '重要商品储备'], ['2220511', '应急物资储备'],
  ['229', '其他支出'], ['22999', '其他支出'], ['2299901', '其他支出'],
];

describe('functional classification reference', () => {
  it.each(SEED_CODES)('knows %s %s', (code, name) => {
    expect(functionalEntry(code)?.name).toBe(name);
  });

  it('has every 类 of the current catalogue', () => {
    expect(childrenOf().map((e) => e.code)).toEqual([
      '201', '202', '203', '204', '205', '206', '207', '208', '209', '210', '211', '212', '213', '214', '215', '216',
      '217', '219', '220', '221', '222', '223', '224', '227', '229', '230', '231', '232', '233', '234',
    ]);
  });

  it('has unique codes whose level and parent follow from the code', () => {
    const codes = functionalEntries.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const entry of functionalEntries) {
      expect({ [entry.code]: entry.level }).toEqual({ [entry.code]: { 3: '类', 5: '款', 7: '项' }[entry.code.length] });
      if (entry.parent) expect(functionalEntry(entry.parent), entry.code).toBeDefined();
    }
  });

  it.each(['201', '206', '208', '210', '211', '212', '213', '215', '216', '221', '222', '224'])(
    '%s has 款 with 项', (code) => {
      expect(childrenOf(code).some((kuan) => childrenOf(kuan.code).length > 0)).toBe(true);
    });

  it('describes an entry with its older names', () => {
    expect(functionalEntry('20604')).toEqual({
      code: '20604', name: '技术研究与开发', level: '款', parent: '206', aliases: ['技术与开发'],
    });
    expect(functionalEntry('2150508')?.aliases).toContain('无线电监管');
    expect(functionalEntry('222')?.aliases).toContain('粮油物质储备支出');
    expect(functionalEntry('2010301')?.parent).toBe('20103');
    expect(functionalEntry('999')).toBeUndefined();
  });

  it('lists children in code order', () => {
    expect(childrenOf('20805').map((e) => e.code).slice(0, 4)).toEqual(['2080501', '2080502', '2080503', '2080505']);
  });
});

describe('resolvePath', () => {
  it.each<[string[], string | undefined]>([
    [['科学技术'], '206'],
    [['科学技术支出'], '206'],
    [['资源勘探工业信息等'], '215'],
    [['粮油物质储备'], '222'],
    [['科学技术支出', '技术与开发', '其他技术与开发支出'], '2060499'],
    [['科学技术支出', '技术研究与开发', '其他技术研究与开发支出'], '2060499'],
    [['一般公共服务', '政府办公厅(室)及相关机构事务', ' 信访事务'], '2010308'],
    [['一般公共服务支出', '政府办公厅（室）及相关机构事务', '其他政府办公厅（室）及相关机构事务支出'], '2010399'],
    [['资源勘探工业信息等支出', '工业和信息产业监管', '无线电监管'], '2150508'],
    [['粮油物资储备支出', '重要商品储备', '应急物资储备'], '2220511'],
    [['社会保障和就业支出', '行政事业单位养老支出'], '20805'],
    [['社会保障和就业支出（类）', '抚恤（款）', '死亡抚恤（项）'], '2080801'],
    // 类 misnamed but the 款 exists under one 类 only
    [['工业信息', '工业和信息产业监管', '行政运行'], '2150501'],
    [['科学技术支出', '技术与开发', '其他科学技术支出'], undefined],
    [['不存在的支出', '虚构', '乱写'], undefined],
    [[], undefined],
  ])('%j → %s', (names, code) => expect(resolvePath(names)).toBe(code));

  it('finds a 项 written under the wrong 款 when its name is unique in the 类', () => {
    expect(resolveWithinClass(['科学技术支出', '技术与开发', '其他科学技术支出'])).toBe('2069999');
    expect(resolveWithinClass(['科学技术支出', '技术与开发', '不存在的项'])).toBeUndefined();
    // 机构运行 is a 项 of several 款 of 206: ambiguous
    expect(resolveWithinClass(['科学技术支出', '社会科学', '机构运行'])).toBeUndefined();
  });
});
