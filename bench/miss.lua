-- Every request a miss of the API's HTTP cache with the same answer: a `cursor` (a parameter the
-- list routes declare, so it is part of the cache key) that points before the list's first row, at
-- a position of its own (-1, -2, ...). The API reads the first page from the database every time.
-- Junk parameters no longer do it: the cache drops parameters no route declares.
--   wrk -s bench/miss.lua 'http://host/v1/statistics?limit=60' [-- RESOURCE]   (default: statistic)
-- The URL must be a list in the article's order (no `sort`, no `cursor`).
local alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
local resource = "statistic"
local counter = 0

local function base64url(text)
  local out = {}
  for i = 1, #text, 3 do
    local a, b, c = text:byte(i, i + 2)
    local n = a * 65536 + (b or 0) * 256 + (c or 0)
    local chars = (c and 4) or (b and 3) or 2
    for k = 1, chars do
      local index = math.floor(n / 64 ^ (4 - k)) % 64
      out[#out + 1] = alphabet:sub(index + 1, index + 1)
    end
  end
  return table.concat(out)
end

function init(args)
  if args[1] then
    resource = args[1]
  end
end

request = function()
  counter = counter + 1
  local cursor = base64url('["' .. resource .. '","article",' .. -counter .. ',""]')
  local sep = string.find(wrk.path, "?", 1, true) and "&" or "?"
  return wrk.format(nil, wrk.path .. sep .. "cursor=" .. cursor)
end
