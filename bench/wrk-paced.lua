-- bench/wrk.lua with each connection pausing before each request: an offered load below what the
-- server can do, where latency says how long a request takes rather than how long the queue is.
-- One more argument after wrk.lua's four: the pause in milliseconds.

local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(dir .. "wrk.lua")

local measured_init = init
pause = 0

function init(args)
  measured_init(args)
  pause = tonumber(args[5] or "0")
end

function delay()
  return pause
end
