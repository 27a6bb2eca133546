#!/bin/sh
# Grades a class in shards and summarises it: the plain-shell version of the GitHub Actions
# workflow beside this file. On one machine the shards run one after another; on several,
# run one `grade --shard I/N` per machine and give every shard's JSON to `report`.
#
#   tests/ci-example/grade-class.sh EXERCISE SUBMISSIONS_DIR [SHARDS] [OUT_DIR]
#
# JOBS (default 2) is the number of files graded at once per shard. LIFECYCLE_LAB is the
# command to run (default: npx lifecycle-lab, from the course folder).
set -eu

if [ "$#" -lt 2 ]; then
  echo "usage: grade-class.sh EXERCISE SUBMISSIONS_DIR [SHARDS] [OUT_DIR]" >&2
  exit 2
fi
exercise=$1
submissions=$2
shards=${3:-4}
out=${4:-class-results}
lab=${LIFECYCLE_LAB:-npx lifecycle-lab}
mkdir -p "$out"

shard=1
while [ "$shard" -le "$shards" ]; do
  status=0
  # Exit 1 only means some learner's file fails: that is what the report is for. Exit 2 is a
  # usage error or an unreadable file, which must stop the run.
  $lab grade --exercise "$exercise" "$submissions" --shard "$shard/$shards" --jobs "${JOBS:-2}" \
    --format json --out "$out/shard-$shard.json" || status=$?
  if [ "$status" -gt 1 ]; then
    echo "grade-class.sh: shard $shard/$shards: grade exited $status" >&2
    exit "$status"
  fi
  shard=$((shard + 1))
done

$lab report "$out"/shard-*.json --format json --out "$out/report.json"
$lab report "$out"/shard-*.json --format html --out "$out/report.html"
$lab report "$out"/shard-*.json
