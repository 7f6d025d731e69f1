-- wrk script: the HTTP stack's own ceiling for the pledge benchmark: GET /api/v1/me with the same bearer token
-- (Tomcat, the security filter chain, the token check, Jackson), no database write. Environment: TOKEN.
function init(args)
  wrk.method = "GET"
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
end

function done(summary, latency, requests)
  io.write(string.format("RESULT requests=%d duration_s=%.2f rps=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f non2xx=%d connect_errors=%d timeouts=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000, summary.errors.status,
    summary.errors.connect, summary.errors.timeout))
end
