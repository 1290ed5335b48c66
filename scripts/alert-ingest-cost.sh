#!/usr/bin/env bash
# Cost of alerting on bulk ingest of live data: sends ROUNDS bulk requests of 5,000 interactions
# from the last 12 hours (1,000 customers, 20 products, 12 topics, 30% negative, 50% positive, so
# most messages raise or repeat an alert) and prints wall time and the server's CPU time per
# request. Run it once against a server with pulse.alerts.enabled=true and once with false.
#
#   PULSE_URL=http://127.0.0.1:18092 PULSE_USER=bench PULSE_PASSWORD=bench-pw PULSE_PID=<server pid> \
#     scripts/alert-ingest-cost.sh
#
# Needs curl; PULSE_PID (the server's process id, same machine) for the CPU column.
set -euo pipefail
url="${PULSE_URL:-http://127.0.0.1:8080}"
auth=(-u "${PULSE_USER:-admin}:${PULSE_PASSWORD:?set PULSE_PASSWORD}")
rounds="${ROUNDS:-7}"
pid="${PULSE_PID:-}"
body=$(mktemp)
trap 'rm -f "$body"' EXIT
cpu_ms() { [ -n "$pid" ] && awk '{print ($14 + $15) * 1000 / '"$(getconf CLK_TCK)"'}' "/proc/$pid/stat" || echo 0; }
now=$(date -u +%s)
for ((r = 1; r <= rounds; r++)); do
  awk -v seed="$r" -v now="$now" -v run="cost-$now-$r" 'BEGIN {
    srand(seed); split("email chat social", ch, " ");
    for (i = 0; i < 5000; i++) {
      t = strftime("%Y-%m-%dT%H:%M:%SZ", now - 60 - int(rand() * 43140), 1);
      x = rand(); text = x < 0.3 ? "terrible, broken again" : (x < 0.8 ? "great, thanks" : "ok");
      printf "{\"externalId\":\"%s-%d\",\"channel\":\"%s\",\"timestamp\":\"%s\",\"customer\":\"cust-%d\",\"product\":\"p%d\",\"tags\":[\"t%d\"],\"text\":\"%s\"}\n",
        run, i, ch[1 + int(rand() * 3)], t, int(rand() * 1000), int(rand() * 20), int(rand() * 12), text
    } }' >"$body"
  c0=$(cpu_ms)
  s=$(date +%s%N)
  curl -sf "${auth[@]}" -o /dev/null -H 'Content-Type: application/x-ndjson' --data-binary "@$body" \
    "$url/api/v1/interactions/bulk?wait=PT60S"
  e=$(date +%s%N)
  c1=$(cpu_ms)
  echo "round $r: 5000 interactions, wall $(((e - s) / 1000000)) ms, server cpu $((${c1%.*} - ${c0%.*})) ms"
done
