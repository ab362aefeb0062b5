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
    # Every finding is fatal (-fno-sanitize-recover=all): UBSan otherwise prints and carries on.
    target_compile_options(${name} PRIVATE -fsanitize=${LCN_SANITIZE} -fno-sanitize-recover=all
                           -fno-omit-frame-pointer)
    target_link_options(${name} PRIVATE -fsanitize=${LCN_SANITIZE} -fno-sanitize-recover=all)
  endif()
endfunction()

# Sanitizer options for every test, however ctest is started (presets set the same): leaks are
# findings, and the first finding aborts the test.
set(LCN_SANITIZER_TEST_ENV
    "ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:halt_on_error=1"
    "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1"
    "TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1")

# lcn_add_library(name SOURCES ... PUBLIC_DEPS ... PRIVATE_DEPS ...)
function(lcn_add_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_DEPS;PRIVATE_DEPS" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(${name} PUBLIC ${ARG_PUBLIC_DEPS} PRIVATE ${ARG_PRIVATE_DEPS})
  lcn_configure_target(${name})
endfunction()

# lcn_add_test(name SOURCES ... DEPS ... LABELS ...)
# Every GoogleTest test of the executable gets all the LABELS (and, in a sanitizer build, the
# sanitizer options). gtest_discover_tests cannot pass a list-valued property, so they are set
# by a small script ctest includes after the discovered tests. An executable labelled
# `concurrency` joins the target lcn_concurrency_tests, the TSan build's (see CMakePresets.json).
function(lcn_add_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS;LABELS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_DEPS} GTest::gtest GTest::gmock GTest::gtest_main)
  lcn_configure_target(${name})
  gtest_discover_tests(${name} TEST_LIST ${name}_TESTS DISCOVERY_TIMEOUT 60)
  set(labels "${ARG_LABELS}")
  set(environment "")
  if(LCN_SANITIZE)
    set(environment "${LCN_SANITIZER_TEST_ENV}")
  endif()
  file(CONFIGURE OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/${name}_properties.cmake CONTENT [[
if(@name@_TESTS)
  set_tests_properties(${@name@_TESTS} PROPERTIES LABELS "@labels@" ENVIRONMENT "@environment@")
endif()
]] @ONLY)
  set_property(DIRECTORY APPEND PROPERTY TEST_INCLUDE_FILES
               ${CMAKE_CURRENT_BINARY_DIR}/${name}_properties.cmake)
  if("concurrency" IN_LIST ARG_LABELS)
    set_property(GLOBAL APPEND PROPERTY LCN_CONCURRENCY_TESTS ${name})
  endif()
endfunction()
