-- One wrk script for every HTTP measurement, so the limit (hello) and the benchmarks pay the
-- same client-side cost. Arguments after "--":
--   mode      get | submit
--   expect    the status that counts as success (200, 201)
--   token     bearer token, or "-" for none
--   run       a prefix for Idempotency-Key values (unique per run)
-- done() prints one machine-readable line starting with "WRK ", read by bench/run.

local threads = {}
local next_id = 1

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

function init(args)
  mode = args[1] or "get"
  expect = tonumber(args[2] or "200")
  local token = args[3] or "-"
  run = args[4] or "run"
  ok = 0
  bad = 0
  bad_status = 0
  n = 0
  if token ~= "-" then
    wrk.headers["Authorization"] = "Bearer " .. token
  end
  if mode == "submit" then
    wrk.method = "POST"
    wrk.headers["Content-Type"] = "application/json"
    wrk.body = '{"serviceCode":"passport-renewal","fields":{"validityYears":"10","mobile":"0501234567"}}'
  end
  fixed = wrk.format()
end

function request()
  if mode ~= "submit" then
    return fixed
  end
  n = n + 1
  wrk.headers["Idempotency-Key"] = run .. "-" .. id .. "-" .. n
  return wrk.format()
end

function response(status, headers, body)
  if status == expect then
    ok = ok + 1
  else
    bad = bad + 1
    bad_status = status
  end
end

function done(summary, latency, requests)
  local oks, bads, last_bad = 0, 0, 0
  for _, t in ipairs(threads) do
    oks = oks + t:get("ok")
    bads = bads + t:get("bad")
    if t:get("bad_status") ~= 0 then last_bad = t:get("bad_status") end
  end
  local e = summary.errors
  io.write(string.format(
    "WRK requests=%d ok=%d bad=%d bad_status=%d duration_us=%d bytes=%d " ..
    "p50_us=%d p95_us=%d p99_us=%d max_us=%d connect_err=%d read_err=%d write_err=%d timeout_err=%d\n",
    summary.requests, oks, bads, last_bad, summary.duration, summary.bytes,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max,
    e.connect, e.read, e.write, e.timeout))
end
