// Word lists for plausible, made-up Chinese distributor names
// (city + two-character trade name + line of business + 有限公司).

const words = (list: string): readonly string[] => list.split(' ');

export const regions = ['华东', '华南', '华北', '西南'] as const;
export type Region = (typeof regions)[number];

export const citiesByRegion: Record<Region, readonly string[]> = {
  华东: words('上海 杭州 南京 苏州 宁波 无锡 合肥 温州 济南 青岛 福州 厦门'),
  华南: words('广州 深圳 东莞 佛山 珠海 汕头 南宁 海口'),
  华北: words('北京 天津 石家庄 太原 保定 唐山 呼和浩特'),
  西南: words('成都 重庆 昆明 贵阳 绵阳 遵义'),
};

export const tradeNames = words(
  '瑞丰 新禾 百川 鹏程 恒泰 嘉禾 永盛 鑫源 汇通 宏达 金桥 隆盛 德信 泰和 福源 鼎盛 信达 安泰 昌盛 润丰 万通 兴隆 广源 荣达 天润 益丰 丰泽 佳禾 宝丰 博远 通达 和瑞 华盛 聚源 万嘉 盛世 中意 长丰 富邦 祥和',
);

export const businessLines = [
  '商贸有限公司',
  '贸易有限公司',
  '食品有限公司',
  '供应链有限公司',
] as const;

/** Sales reps (their user codes), three or four to a region. */
export const salesRepsByRegion: Record<Region, readonly string[]> = {
  华东: words('rep01 rep02 rep03 rep04'),
  华南: words('rep05 rep06 rep07'),
  华北: words('rep08 rep09 rep10'),
  西南: words('rep11 rep12'),
};
