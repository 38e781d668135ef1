-- POST the JSON body in the file named by the first script argument (wrk URL -s post.lua -- body.json) to the URL
-- given to wrk: the Elasticsearch request the app builds, sent to Elasticsearch directly.
dofile(os.getenv("QS_WRK_DIR") .. "/report.lua")
function init(args)
  local f = assert(io.open(args[1], "rb"))
  wrk.body = f:read("*a")
  f:close()
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end
done = qs_done
