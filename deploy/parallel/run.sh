#!/bin/sh
# The Kubernetes recipe on one machine, with GNU parallel as the engine: runs SHARDS shards of a
# projection, JOBS at a time (one core each), then merges them.
#   deploy/parallel/run.sh SCENARIO PATHS YEARS SEED SHARDS OUTDIR [JOBS]
#   deploy/parallel/run.sh scenarios/inner-mongolia-2025.json 1000 10 1 4 out 2
# writes OUTDIR/shard-1.arrow … OUTDIR/shard-SHARDS.arrow and OUTDIR/results.json. Run it from the
# checkout. JOBS defaults to the number of cores (nproc).
set -eu
if [ "$#" -lt 6 ]; then
  echo "usage: $0 SCENARIO PATHS YEARS SEED SHARDS OUTDIR [JOBS]" >&2
  echo "用法：$0 情景文件 路径数 年数 随机种子 分片数 输出目录 [并行数]" >&2
  exit 2
fi
SCENARIO=$1 PATHS=$2 YEARS=$3 SEED=$4 SHARDS=$5 OUT=$6
JOBS=${7:-$(nproc)}
mkdir -p "$OUT"
seq 1 "$SHARDS" | parallel --will-cite --halt now,fail=1 -j "$JOBS" \
  npx huzhu simulate --scenario "$SCENARIO" --paths "$PATHS" --years "$YEARS" --seed "$SEED" --threads 1 --shard {}/"$SHARDS" --out "$OUT"/shard-{}.arrow
npx huzhu merge "$OUT"/shard-*.arrow --out "$OUT"/results.json
