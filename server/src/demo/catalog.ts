// The demo company's product range: three own brands over eight consumer
// goods categories. Prices are list prices per unit, excluding VAT, in fen.

export interface CategorySpec {
  category: string;
  /** Short code used in SKUs. */
  skuPrefix: string;
  brand: string;
  items: readonly string[];
  /** Pack sizes with their unit (箱 case, 件 piece, 桶 drum). */
  packs: readonly { spec: string; unit: string }[];
  priceFen: { min: number; max: number };
  /** Items sold at the 9 % VAT rate (grain, edible oil, plain milk). */
  lowVatItems: readonly string[] | 'all';
}

const words = (list: string): readonly string[] => list.split(' ');

export const catalog: readonly CategorySpec[] = [
  {
    category: '饮料',
    skuPrefix: 'YL',
    brand: '清泉',
    items: words(
      '矿泉水 苏打水 绿茶 乌龙茶 柠檬茶 橙汁 椰子水 功能饮料 气泡水 酸梅汤',
    ),
    packs: [
      { spec: '350ml*24', unit: '箱' },
      { spec: '500ml*15', unit: '箱' },
      { spec: '550ml*24', unit: '箱' },
      { spec: '1L*12', unit: '箱' },
      { spec: '1.5L*6', unit: '箱' },
    ],
    priceFen: { min: 2_800, max: 9_600 },
    lowVatItems: [],
  },
  {
    category: '粮油',
    skuPrefix: 'LY',
    brand: '金穗',
    items: words(
      '东北大米 五常大米 挂面 高筋面粉 菜籽油 花生油 玉米油 调和油 小米 燕麦片',
    ),
    packs: [
      { spec: '1kg*10', unit: '箱' },
      { spec: '2.5kg*6', unit: '箱' },
      { spec: '5kg*4', unit: '箱' },
      { spec: '5L', unit: '桶' },
      { spec: '10kg', unit: '件' },
    ],
    priceFen: { min: 6_000, max: 26_000 },
    lowVatItems: 'all',
  },
  {
    category: '休闲食品',
    skuPrefix: 'XX',
    brand: '乐享',
    items: words(
      '薯片 苏打饼干 夹心饼干 坚果 牛肉干 海苔 沙琪玛 蛋黄酥 辣条 爆米花',
    ),
    packs: [
      { spec: '70g*40', unit: '箱' },
      { spec: '200g*30', unit: '箱' },
      { spec: '500g*12', unit: '箱' },
      { spec: '1kg*8', unit: '箱' },
      { spec: '礼盒*6', unit: '件' },
    ],
    priceFen: { min: 5_000, max: 18_000 },
    lowVatItems: [],
  },
  {
    category: '乳品',
    skuPrefix: 'RP',
    brand: '清泉',
    items: words(
      '纯牛奶 低脂牛奶 鲜牛奶 原味酸奶 果粒酸奶 乳酸菌饮品 奶粉 奶酪棒 高钙奶 儿童奶',
    ),
    packs: [
      { spec: '250ml*24', unit: '箱' },
      { spec: '200ml*16', unit: '箱' },
      { spec: '1L*12', unit: '箱' },
      { spec: '400g*12', unit: '箱' },
      { spec: '100g*48', unit: '箱' },
    ],
    priceFen: { min: 4_000, max: 12_000 },
    lowVatItems: words('纯牛奶 低脂牛奶 鲜牛奶 高钙奶'),
  },
  {
    category: '调味品',
    skuPrefix: 'TW',
    brand: '金穗',
    items: words('生抽 老抽 香醋 蚝油 料酒 鸡精 食盐 白糖 豆瓣酱 火锅底料'),
    packs: [
      { spec: '500ml*12', unit: '箱' },
      { spec: '1.9L*6', unit: '箱' },
      { spec: '400g*20', unit: '箱' },
      { spec: '1kg*10', unit: '箱' },
      { spec: '20L', unit: '桶' },
    ],
    priceFen: { min: 3_000, max: 15_000 },
    lowVatItems: [],
  },
  {
    category: '日化',
    skuPrefix: 'RH',
    brand: '乐享',
    items: words(
      '洗衣液 洗洁精 洗发水 沐浴露 牙膏 抽纸 卷纸 洗手液 消毒液 湿巾',
    ),
    packs: [
      { spec: '2kg*6', unit: '箱' },
      { spec: '500ml*12', unit: '箱' },
      { spec: '120g*48', unit: '箱' },
      { spec: '10卷*6', unit: '件' },
      { spec: '5L', unit: '桶' },
    ],
    priceFen: { min: 4_000, max: 20_000 },
    lowVatItems: [],
  },
  {
    category: '酒类',
    skuPrefix: 'JL',
    brand: '清泉',
    items: words(
      '啤酒 精酿啤酒 黄酒 米酒 干红葡萄酒 白葡萄酒 浓香白酒 酱香白酒 果酒 梅酒',
    ),
    packs: [
      { spec: '330ml*24', unit: '箱' },
      { spec: '500ml*12', unit: '箱' },
      { spec: '750ml*6', unit: '箱' },
      { spec: '500ml*6', unit: '件' },
      { spec: '礼盒*2', unit: '件' },
    ],
    priceFen: { min: 6_000, max: 120_000 },
    lowVatItems: [],
  },
  {
    category: '冷冻食品',
    skuPrefix: 'LD',
    brand: '金穗',
    items: words('水饺 汤圆 馄饨 包子 手抓饼 速冻玉米 鱼丸 牛肉丸 春卷 烧麦'),
    packs: [
      { spec: '500g*20', unit: '箱' },
      { spec: '1kg*10', unit: '箱' },
      { spec: '300g*24', unit: '箱' },
      { spec: '2.5kg*4', unit: '箱' },
      { spec: '整箱10kg', unit: '件' },
    ],
    priceFen: { min: 6_000, max: 22_000 },
    lowVatItems: [],
  },
];
