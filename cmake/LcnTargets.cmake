# Warnings, sanitizers and the add_library/test helpers, applied to our targets only.
set(LCN_WARNINGS -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
    -Wcast-align -Woverloaded-virtual -Wconversion -Wsign-conversion -Wnull-dereference
    -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough)

function(lcn_configure_target name)
  target_compile_options(${name} PRIVATE ${LCN_WARNINGS})
  if(LCN_WERROR)
    # GCC 12 at -O2 reports null dereferences inside nlohmann/json's inlined iterators (false
    # positives in a system header that -isystem cannot hide once inlined): a warning, not an
    # error, so that optimised builds of our JSON code compile.
    target_compile_options(${name} PRIVATE -Werror -Wno-error=null-dereference)
  endif()
  if(LCN_SANITIZE)
    target_compile_options(${name} PRIVATE -fsanitize=${LCN_SANITIZE} -fno-omit-frame-pointer)
    target_link_options(${name} PRIVATE -fsanitize=${LCN_SANITIZE})
  endif()
endfunction()

# lcn_add_library(name SOURCES ... PUBLIC_DEPS ... PRIVATE_DEPS ...)
function(lcn_add_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_DEPS;PRIVATE_DEPS" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(${name} PUBLIC ${ARG_PUBLIC_DEPS} PRIVATE ${ARG_PRIVATE_DEPS})
  lcn_configure_target(${name})
endfunction()

# lcn_add_test(name SOURCES ... DEPS ... LABELS ...)
function(lcn_add_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS;LABELS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_DEPS} GTest::gtest GTest::gmock GTest::gtest_main)
  lcn_configure_target(${name})
  gtest_discover_tests(${name} PROPERTIES LABELS "${ARG_LABELS}" DISCOVERY_TIMEOUT 60)
endfunction()
