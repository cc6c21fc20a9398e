-- wrk driver for POST /v1/reports (bench/run.sh). Reads BENCH_TOKENS (one access token per line, one per
-- bench account) and BENCH_BODY (the fixed request body); every request takes the next account in turn
-- and a fresh random Idempotency-Key. Prints one "BENCH_RESULT ..." line for run.sh to parse.
-- Like the app, the driver honours Retry-After: every 429/503 with Retry-After makes the next request this
-- thread sends wait that long (wrk's delay() hook; the wait is not counted in the latency). A driver that
-- retried at once would measure a refusal storm no client of the API makes. BENCH_IGNORE_RETRY_AFTER=1 turns
-- it off.
local counter = 1
local threads = {}
local tokens = {}
local body

local function read_lines(path)
  local t = {}
  for line in io.lines(path) do if #line > 0 then t[#t + 1] = line end end
  return t
end

local function uuid4()
  local b = {}
  for i = 1, 16 do b[i] = math.random(0, 255) end
  b[7] = (b[7] % 16) + 64   -- version 4
  b[9] = (b[9] % 64) + 128  -- RFC 4122 variant
  return string.format("%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
    b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15], b[16])
end

function setup(thread)
  thread:set("id", counter)
  table.insert(threads, thread)
  counter = counter + 1
end

function init(args)
  tokens = read_lines(os.getenv("BENCH_TOKENS"))
  local f = assert(io.open(os.getenv("BENCH_BODY"), "rb"))
  body = f:read("*a")
  f:close()
  -- Distinct per thread and per run: keys never repeat across threads or steps.
  local seed = 0
  local u = io.open("/proc/sys/kernel/random/uuid", "r")
  if u then for c in u:read("*l"):gmatch("%x") do seed = (seed * 16 + tonumber(c, 16)) % 2147483647 end u:close() end
  math.randomseed(seed + id * 7919)
  next_token = id
  created, other = 0, 0
  statuses = {}
  honour = os.getenv("BENCH_IGNORE_RETRY_AFTER") ~= "1"
  waits_owed = {}
end

-- Called before each request of this thread: a refusal's Retry-After, once per refusal.
function delay()
  local n = #waits_owed
  if n == 0 then return 0 end
  local ms = waits_owed[n]
  waits_owed[n] = nil
  return ms
end

function request()
  next_token = next_token % #tokens + 1
  return wrk.format("POST", "/v1/reports", {
    ["Authorization"] = "Bearer " .. tokens[next_token],
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = uuid4(),
  }, body)
end

function response(status, headers, resp_body)
  if status == 201 then created = created + 1 else
    other = other + 1
    statuses[status] = (statuses[status] or 0) + 1
    local after = tonumber(headers["Retry-After"] or headers["retry-after"] or "")
    if honour and after and (status == 429 or status == 503) then
      waits_owed[#waits_owed + 1] = after * 1000
    end
  end
end

function done(summary, latency, requests)
  local c, o, by = 0, 0, {}
  for _, t in ipairs(threads) do
    c = c + t:get("created")
    o = o + t:get("other")
    for k, v in pairs(t:get("statuses")) do by[k] = (by[k] or 0) + v end
  end
  local parts = {}
  for k, v in pairs(by) do parts[#parts + 1] = k .. "x" .. v end
  local secs = summary.duration / 1e6
  io.write(string.format("BENCH_RESULT created=%d other=%d errors=%d seconds=%.2f rps201=%.1f p50_ms=%.1f p99_ms=%.1f non201=%s\n",
    c, o, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    secs, c / secs, latency:percentile(50) / 1000, latency:percentile(99) / 1000, table.concat(parts, ",")))
end
