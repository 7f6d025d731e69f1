-- wrk script: every request is a new pledge to ONE campaign, with its own Idempotency-Key, through the
-- full HTTP stack (bearer token, validation, idempotency, group-commit storage).
-- Environment: TOKEN, CAMPAIGN; ACCEPTED_LOG (optional): a file prefix where each thread writes the
-- ids of the pledges answered 2xx (for the crash test's reconciliation).
local counter = 0
local thread_id = 0
local log = nil
local threads = {}
local path = nil

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  thread_id = id
  math.randomseed(os.time() + thread_id * 7919)
  local prefix = os.getenv("ACCEPTED_LOG")
  if prefix and prefix ~= "" then
    log = io.open(prefix .. "." .. thread_id, "w")
  end
  wrk.method = "POST"
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
  wrk.headers["Content-Type"] = "application/json"
  path = "/api/v1/campaigns/" .. os.getenv("CAMPAIGN") .. "/pledges"
end

function request()
  counter = counter + 1
  local key = string.format("bench-%d-%d-%d-%d", thread_id, os.time(), counter, math.random(1, 1000000000))
  wrk.headers["Idempotency-Key"] = key
  local amount = math.random(1, 100000) / 100
  local body = string.format('{"method":"BANK_TRANSFER","amount":"%.2f"}', amount)
  return wrk.format(nil, path, nil, body)
end

-- wrk hands every answer's headers and body to Lua only when the script defines response(): the crash test needs
-- the ids, the throughput run does not (the load generator shares the two cores with what it measures)
if os.getenv("ACCEPTED_LOG") and os.getenv("ACCEPTED_LOG") ~= "" then
  function response(status, headers, body)
    if log and status >= 200 and status < 300 then
      local pledge = string.match(body, '"id":"([0-9a-f%-]+)"')
      if pledge then
        log:write(pledge, "\n")
        log:flush()
      end
    end
  end
end

function done(summary, latency, requests)
  local non2xx = summary.errors.status
  io.write(string.format("RESULT requests=%d duration_s=%.2f rps=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f non2xx=%d connect_errors=%d timeouts=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000, non2xx,
    summary.errors.connect, summary.errors.timeout))
end
