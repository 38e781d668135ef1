-- GET the URL given to wrk; report as report.lua says. Non-2xx answers count as errors.
dofile(os.getenv("QS_WRK_DIR") .. "/report.lua")
done = qs_done
