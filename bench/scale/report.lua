-- Shared by the wrk scripts of bench/scale.sh: at the end of a run, one line "RESULT {json}" with the request count,
-- the duration, the throughput, the latency percentiles (microseconds) and the errors (non-2xx answers included).
-- The throughput ("rps") counts only the answers that succeeded (requests less non-2xx answers): a run whose answers
-- were all errors has none; "answered_rps" counts every answer.
function qs_done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'RESULT {"requests":%d,"ok":%d,"duration_us":%d,"rps":%.2f,"answered_rps":%.2f,"mean_us":%.1f,"p50_us":%d,"p90_us":%d,"p95_us":%d,"p99_us":%d,"max_us":%d,"errors":%d,"non2xx":%d}\n',
    summary.requests, summary.requests - e.status, summary.duration,
    (summary.requests - e.status) / (summary.duration / 1e6), summary.requests / (summary.duration / 1e6), latency.mean,
    latency:percentile(50), latency:percentile(90), latency:percentile(95), latency:percentile(99), latency.max,
    e.connect + e.read + e.write + e.timeout + e.status, e.status))
end
