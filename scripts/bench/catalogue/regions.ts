// Real prefecture-level cities of Hunan, Henan, Jiangxi and Hubei with some of their
// districts (区) and counties or county-level cities (县, 县级市). A district's departments
// carry the city in their name (株洲市芦淞区…); a county's do not (醴陵市…, 攸县…).

export interface Region {
  /** The name a department name starts with: 株洲市, 株洲市芦淞区, 醴陵市. */
  prefix: string;
  /** 地区 for the data contract: [city] or [city, district or county]. */
  region: string[];
  level: 'city' | 'district' | 'county';
}

const CITIES = `
长沙市 芙蓉区 天心区 岳麓区 开福区 雨花区 望城区 | 浏阳市 宁乡市 长沙县
株洲市 荷塘区 芦淞区 石峰区 天元区 渌口区 | 醴陵市 攸县 茶陵县 炎陵县
湘潭市 雨湖区 岳塘区 | 湘乡市 韶山市 湘潭县
衡阳市 珠晖区 雁峰区 石鼓区 蒸湘区 南岳区 | 耒阳市 常宁市 衡阳县 衡南县
邵阳市 双清区 大祥区 北塔区 | 武冈市 邵东市 新邵县
岳阳市 岳阳楼区 云溪区 君山区 | 汨罗市 临湘市 华容县
常德市 武陵区 鼎城区 | 津市市 澧县 桃源县
张家界市 永定区 武陵源区 | 慈利县 桑植县
益阳市 资阳区 赫山区 | 沅江市 南县 桃江县
郴州市 北湖区 苏仙区 | 资兴市 桂阳县 宜章县
永州市 零陵区 冷水滩区 | 祁阳市 东安县 道县
怀化市 鹤城区 | 洪江市 沅陵县 辰溪县
娄底市 娄星区 | 冷水江市 涟源市 双峰县
郑州市 中原区 二七区 金水区 惠济区 | 巩义市 新郑市
开封市 龙亭区 鼓楼区 禹王台区 | 杞县 兰考县
洛阳市 老城区 西工区 涧西区 洛龙区 | 新安县 宜阳县
平顶山市 新华区 卫东区 石龙区 湛河区 | 舞钢市 汝州市 宝丰县 郏县
安阳市 文峰区 北关区 殷都区 龙安区 | 林州市 汤阴县
新乡市 红旗区 卫滨区 凤泉区 牧野区 | 辉县市 长垣市
焦作市 解放区 中站区 马村区 山阳区 | 沁阳市 孟州市
许昌市 魏都区 建安区 | 禹州市 长葛市
漯河市 源汇区 郾城区 召陵区 | 舞阳县 临颍县
南阳市 宛城区 卧龙区 | 邓州市 南召县 方城县
商丘市 梁园区 睢阳区 | 永城市 虞城县
信阳市 浉河区 平桥区 | 固始县 潢川县
南昌市 东湖区 西湖区 青云谱区 青山湖区 新建区 | 南昌县 进贤县
九江市 濂溪区 浔阳区 柴桑区 | 瑞昌市 共青城市
赣州市 章贡区 南康区 赣县区 | 瑞金市 龙南市
宜春市 袁州区 | 丰城市 樟树市 高安市
吉安市 吉州区 青原区 | 井冈山市 吉安县
上饶市 信州区 广丰区 广信区 | 德兴市 玉山县
萍乡市 安源区 湘东区 | 莲花县 芦溪县
景德镇市 昌江区 珠山区 | 乐平市 浮梁县
黄石市 黄石港区 西塞山区 下陆区 铁山区 | 大冶市 阳新县
十堰市 茅箭区 张湾区 郧阳区 | 丹江口市 竹山县
宜昌市 西陵区 伍家岗区 点军区 夷陵区 | 宜都市 当阳市
襄阳市 襄城区 樊城区 襄州区 | 老河口市 枣阳市
荆州市 沙市区 荆州区 | 松滋市 洪湖市
孝感市 孝南区 | 应城市 汉川市
`;

function parseRegions(): Region[] {
  const regions: Region[] = [];
  for (const line of CITIES.trim().split('\n')) {
    const [cityPart, countyPart] = line.split('|');
    const [city, ...districts] = cityPart.trim().split(' ');
    regions.push({ prefix: city, region: [city], level: 'city' });
    for (const d of districts) regions.push({ prefix: city + d, region: [city, d], level: 'district' });
    for (const c of countyPart.trim().split(' ')) regions.push({ prefix: c, region: [city, c], level: 'county' });
  }
  return regions;
}

export const REGIONS: readonly Region[] = parseRegions();

/** 市, 区 or 县 as a region calls itself in prose (全市, 区委, 县人民政府). */
export function regionWord(region: Region): string {
  const last = region.prefix.at(-1)!;
  return last === '区' || last === '县' ? last : '市';
}
