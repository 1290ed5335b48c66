#!/usr/bin/env bash
# Alert latency: time from a burst of negative messages about one product being ingested to its
# trend alert being listed by the API. Talks to a running Pulse server; needs curl and jq.
#
#   PULSE_URL=http://127.0.0.1:8080 PULSE_USER=admin PULSE_PASSWORD=... scripts/alert-latency.sh
#
# 1. Baseline: 28 days of history for a new product, one message an hour (mostly positive, some
#    neutral, one in ten negative), sent as one NDJSON bulk request.
# 2. Burst: negative messages about that product, one request each (as a live feed sends them),
#    each followed by GET /api/v1/alerts?series=product=...&kind=trend_drop,negative_share,
#    negative_count. Stops at the first trend alert and prints how many messages and how long it
#    took from sending the first burst message until the alert was listed.
# The user needs roles ingest and analyst (or admin). Texts suit both the real model and the test
# FakeScorer (good/great/thanks vs broken/terrible/worst).
set -euo pipefail
url="${PULSE_URL:-http://127.0.0.1:8080}"
user="${PULSE_USER:-admin}"
password="${PULSE_PASSWORD:?set PULSE_PASSWORD (e.g. \$(cat pulse-data/admin.password))}"
product="${1:-router-$(date +%s)}"
max_burst="${MAX_BURST:-60}"
auth=(-u "$user:$password")

positive=("Thanks, the $product works great" "Great product, thanks for the quick delivery"
  "Love the new $product, excellent setup" "Good value, works as described, thanks")
neutral=("The $product arrived today" "Question about the $product manual")
now=$(date -u +%s)
body=$(mktemp)
trap 'rm -f "$body"' EXIT
for ((h = 28 * 24; h >= 1; h--)); do
  ts=$(date -u -d "@$((now - h * 3600))" +%Y-%m-%dT%H:%M:%SZ)
  case $((h % 10)) in
    0) text="The $product arrived broken, terrible" ;;
    1 | 2) text="${neutral[$((h % 2))]}" ;;
    *) text="${positive[$((h % 4))]}" ;;
  esac
  printf '{"externalId":"%s-base-%d","channel":"email","timestamp":"%s","customer":"base-%d","product":"%s","text":"%s"}\n' \
    "$product" "$h" "$ts" "$((h % 97))" "$product" "$text" >>"$body"
done
created=$(curl -sf "${auth[@]}" -H 'Content-Type: application/x-ndjson' --data-binary "@$body" \
  "$url/api/v1/interactions/bulk?wait=PT60S" | jq .created)
echo "baseline: $created messages over 28 days for product=$product"

start=$(date +%s%N)
for ((i = 1; i <= max_burst; i++)); do
  ts=$(date -u +%Y-%m-%dT%H:%M:%SZ)
  sent=$(date +%s%N)
  curl -sf "${auth[@]}" -o /dev/null -H 'Content-Type: application/json' \
    -d "{\"externalId\":\"$product-burst-$i\",\"channel\":\"social\",\"timestamp\":\"$ts\",\"customer\":\"burst-$i\",\"product\":\"$product\",\"text\":\"The $product is broken again, worst service, terrible\"}" \
    "$url/api/v1/interactions?wait=PT10S"
  answered=$(date +%s%N)
  alerts=$(curl -sf "${auth[@]}" -G "$url/api/v1/alerts" --data-urlencode "series=product=$product" \
    --data-urlencode "kind=trend_drop,negative_share,negative_count")
  if [ "$(jq .total <<<"$alerts")" -gt 0 ]; then
    end=$(date +%s%N)
    echo "trend alert after $i burst messages, listed $(((end - start) / 1000000)) ms after the first was sent;"
    echo "the ingest request of message $i (store, queue, waiting for score and alert evaluation) took $(((answered - sent) / 1000000)) ms:"
    jq -c '.items[] | {kind, level, score, count, negatives, zScore, raisedAt}' <<<"$alerts"
    exit 0
  fi
done
echo "no trend alert after $max_burst burst messages" >&2
exit 1
