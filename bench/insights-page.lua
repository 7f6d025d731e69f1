-- The campaign page as donors open it: a third arrive from a share link (?ref=), every request is a
-- new visitor (no cookie kept), so each one is also a recorded view. Prints p50/p95/p99 in a RESULT line.
local refs = { "", "?ref=whatsapp", "", "?ref=x", "" }
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", wrk.path .. refs[(n % #refs) + 1], { ["Accept-Language"] = "ar" })
end

done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d errors=%d rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f\n",
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
