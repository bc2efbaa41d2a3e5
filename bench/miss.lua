-- Every request gets a parameter value of its own, so the API's HTTP cache never has the answer:
-- this measures the miss path (the application builds the answer) while the answer stays the same.
local counter = 0

request = function()
  counter = counter + 1
  local sep = string.find(wrk.path, "?", 1, true) and "&" or "?"
  return wrk.format(nil, wrk.path .. sep .. "_miss=" .. counter)
end
