# Fails when web-ui/openapi.json is not the OpenAPI document `lcn openapi` prints (the web UI's
# API types are generated from the checked-in file, so it must be the server's own contract).
# Usage: cmake -DLCN=<lcn binary> -DEXPECTED=<web-ui/openapi.json> -P tools/check-openapi.cmake
execute_process(COMMAND ${LCN} openapi OUTPUT_VARIABLE actual RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lcn openapi failed (exit ${rc})")
endif()
if(NOT EXISTS "${EXPECTED}")
  message(FATAL_ERROR "${EXPECTED} is missing: run tools/update-openapi.sh")
endif()
file(READ "${EXPECTED}" expected)
if(NOT actual STREQUAL expected)
  message(FATAL_ERROR "${EXPECTED} is not the document this build serves: run "
                      "tools/update-openapi.sh and commit the result (and regenerate the web "
                      "UI's types: cd web-ui && npm run build)")
endif()
message(STATUS "web-ui/openapi.json is current")
