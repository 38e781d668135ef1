-- GET, round robin, the paths listed one per line in the file named by the first script argument (wrk URL -s mix.lua
-- -- paths.txt): a mix of public searches. Each thread starts at another line.
dofile(os.getenv("QS_WRK_DIR") .. "/report.lua")
local paths = {}
local i = 0
function init(args)
  for line in io.lines(args[1]) do
    if line ~= "" then
      paths[#paths + 1] = line
    end
  end
  i = math.random(#paths)
end
function request()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
done = qs_done
