import { writeBenchXlsx } from './cli';
for (let i = 1; i <= 17; i++) await writeBenchXlsx(100000, 118, `/tmp/perf/region/книга-${i}.xlsx`, (i - 1) * 100000);
