const ITEMS = ['调取共享材料', '全城通办', '大都市圈', '长三角一站式户籍迁移', '户籍业务'];

/** SYNTHETIC services rows for benchmarks and load tests: 200 windows a period, each period+item unique. */
export function syntheticServicesCsv(rows: number): string {
  const lines = ['period,item,count'];
  for (let i = 0; i < rows; i++) {
    const year = 1000 + Math.floor(i / 200);
    const item = `${ITEMS[i % ITEMS.length]}（${String(i % 200).padStart(3, '0')}号窗口）`;
    lines.push(`${year},${item},${(i * 7919) % 100_000}`);
  }
  return lines.join('\r\n') + '\r\n';
}
