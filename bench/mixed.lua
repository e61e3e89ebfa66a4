-- wrk mixed read/write load: nine in ten requests read lists, searches and dashboards, one in ten writes
-- (a rep logs an activity). Bearer tokens: TOKEN (rep1) for everything except the company KPIs, which
-- a rep may not read (403), DIRECTOR_TOKEN for those.
local token = os.getenv("TOKEN")
local director = os.getenv("DIRECTOR_TOKEN")
local today = os.getenv("TODAY")
local from = os.getenv("FROM")
local reads = {
  "/api/v1/customers?size=20",
  "/api/v1/customers?q=%E5%8D%8E%E8%81%94&size=20",
  "/api/v1/orders?size=20",
  "/api/v1/visits?size=20",
  "/api/v1/kpis?scope=company&from=" .. from .. "&to=" .. today .. "&codes=SALES,PROFIT,ORDERS",
  "/api/v1/kpis?scope=rep:rep1&from=" .. from .. "&to=" .. today .. "&codes=SALES,PROFIT,ORDERS",
  "/api/v1/orders?q=GN0000&size=20",
  "/api/v1/activities?size=20",
  "/api/v1/customers?size=20&page=3",
}
local n = 0
request = function()
  n = n + 1
  local headers = { ["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json" }
  if n % 10 == 0 then
    headers["Content-Type"] = "application/json"
    return wrk.format("POST", "/api/v1/activities", headers,
      '{"type":"TRAINING","date":"' .. today .. '","durationMinutes":30,"outcome":"bench"}')
  end
  local path = reads[(n % #reads) + 1]
  if path:find("scope=company", 1, true) then
    headers["Authorization"] = "Bearer " .. director
  end
  return wrk.format("GET", path, headers)
end

-- the first few failures of each thread are printed (status and the start of the body) so that the
-- results file can say why a request failed; wrk itself only counts them
local shown = 0
response = function(status, headers, body)
  if status >= 300 and shown < 3 then
    shown = shown + 1
    io.write(string.format("WRKFAIL %d %s\n", status, (body or ""):sub(1, 300):gsub("\n", " ")))
  end
end

done = function(summary, latency, requests)
  io.write(string.format("WRK p50=%.1f p95=%.1f p99=%.1f rps=%.1f requests=%d errors=%d timeouts=%d non2xx=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6), summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout,
    summary.errors.timeout, summary.errors.status))
end
