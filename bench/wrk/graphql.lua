-- wrk script of skupaj-bench. Sends POST requests whose bearer token and JSON body come from the
-- file named by BENCH_BODIES, one "token<TAB>body" per line, used in turn (each thread starts
-- at its own place). Every answer that is not a 200 or whose body has "errors" counts as bad.
-- Prints one line, "RESULT {json}", that skupaj-bench reads.

local lines = {}
for line in io.lines(os.getenv("BENCH_BODIES")) do
  local tab = string.find(line, "\t", 1, true)
  if tab then
    lines[#lines + 1] = { token = string.sub(line, 1, tab - 1), body = string.sub(line, tab + 1) }
  end
end

local threads = {}
local started = 0

function setup(thread)
  started = started + 1
  thread:set("place", started * 7919)
  table.insert(threads, thread)
end

-- Globals of each thread's Lua state, read back by done() through thread:get.
bad = 0
place = 1

function init(args)
  bad = 0
end

function request()
  place = place % #lines + 1
  local line = lines[place]
  local headers = { ["Content-Type"] = "application/json" }
  if #line.token > 0 then
    headers["Authorization"] = "Bearer " .. line.token
  end
  return wrk.format("POST", nil, headers, line.body)
end

function response(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"', 1, true) then
    bad = bad + 1
  end
end

function done(summary, latency, requests)
  local bad_total = 0
  for _, thread in ipairs(threads) do
    bad_total = bad_total + thread:get("bad")
  end
  local e = summary.errors
  io.write(string.format(
    'RESULT {"requests":%d,"duration_us":%d,"bad":%d,"socket_errors":%d,"p50_us":%d,"p99_us":%d}\n',
    summary.requests, summary.duration, bad_total, e.connect + e.read + e.write + e.timeout,
    latency:percentile(50), latency:percentile(99)))
end
