-- wrk script of `skupaj-bench cluster`: mixed load through nginx. Sends POST requests whose
-- bearer token and JSON body come from the file named by BENCH_BODIES, one "token<TAB>body" per
-- line, in turn (each thread from its own place). Every answer that is not a 200 or whose body
-- has "errors" counts as bad (the first few are printed to stderr, with the status), split into
-- answers that were not a 2xx and 2xx answers carrying GraphQL errors. The id of
-- every referral an answer acknowledges is appended to "$BENCH_ACKS-<thread>.txt", so that the
-- driver can check each one is in the database with its audit entry.
-- Prints one line, "RESULT {json}", that skupaj-bench reads, with wrk's socket errors by kind:
-- connect (a connection to the balancer failed), read (the connection was closed or reset, or
-- its bytes were not HTTP, before a whole answer came), write (sending failed) and timeout (an
-- answer came after wrk's --timeout).

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
  thread:set("number", started)
  table.insert(threads, thread)
end

-- Globals of each thread's Lua state, read back by done() through thread:get.
bad = 0
non_2xx = 0
acked = 0
place = 1
number = 0
local acks = nil
local shown = 0

function init(args)
  bad = 0
  non_2xx = 0
  acked = 0
  acks = assert(io.open(os.getenv("BENCH_ACKS") .. "-" .. number .. ".txt", "a"))
end

function request()
  place = place % #lines + 1
  local line = lines[place]
  local headers = { ["Content-Type"] = "application/json" }
  if #line.token > 0 then
    headers["Authorization"] = "Bearer " .. line.token
  end
  return wrk.format("POST", "/graphql", headers, line.body)
end

function response(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"', 1, true) then
    bad = bad + 1
    if status < 200 or status > 299 then
      non_2xx = non_2xx + 1
    end
    if shown < 5 then
      shown = shown + 1
      io.stderr:write("bad answer " .. status .. ": " .. string.sub(body or "", 1, 300) .. "\n")
    end
    return
  end
  local id = string.match(body, '"createReferral":{"referral":{"id":"([^"]+)"')
  if id then
    acked = acked + 1
    acks:write(id, "\n")
    acks:flush()
  end
end

function done(summary, latency, requests)
  local bad_total = 0
  local non_2xx_total = 0
  local acked_total = 0
  for _, thread in ipairs(threads) do
    bad_total = bad_total + thread:get("bad")
    non_2xx_total = non_2xx_total + thread:get("non_2xx")
    acked_total = acked_total + thread:get("acked")
  end
  local e = summary.errors
  io.write(string.format(
    'RESULT {"requests":%d,"duration_us":%d,"bad":%d,"non_2xx":%d,"socket_errors":%d,'
      .. '"connect_errors":%d,"read_errors":%d,"write_errors":%d,"timeout_errors":%d,'
      .. '"p50_us":%d,"p99_us":%d,"acked":%d,"status_errors":%d}\n',
    summary.requests, summary.duration, bad_total, non_2xx_total,
    e.connect + e.read + e.write + e.timeout, e.connect, e.read, e.write, e.timeout,
    latency:percentile(50), latency:percentile(99), acked_total, e.status))
end
