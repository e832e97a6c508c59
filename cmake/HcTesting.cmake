# hc_add_qt_test(NAME tst_x SOURCES a.cpp LIBS hitcraft_core [GUI])
# Builds a Qt Test program linked to the layer under test and registers it with CTest.
# Every test runs on the offscreen platform with its own temporary HOME, so no test
# touches the developer's settings, keychain or data directory.
function(hc_add_qt_test)
  cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
  add_executable(${T_NAME} ${T_SOURCES})
  target_link_libraries(${T_NAME} PRIVATE Qt6::Test hc_warnings hc_test_support ${T_LIBS})
  add_test(NAME ${T_NAME} COMMAND ${T_NAME})
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 300)
  endif()
  # A HOME (and XDG dirs) of the test's own under the build tree, emptied at every configure.
  set(_home ${CMAKE_BINARY_DIR}/test-homes/${T_NAME})
  file(REMOVE_RECURSE ${_home})
  file(MAKE_DIRECTORY ${_home}/.config ${_home}/.local/share ${_home}/.cache)
  set_tests_properties(${T_NAME} PROPERTIES
    TIMEOUT ${T_TIMEOUT}
    LABELS "${T_LABELS}"
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;HC_SOURCE_DIR=${PROJECT_SOURCE_DIR};HC_CLI=$<TARGET_FILE:hitcraft-cli>;HOME=${_home};XDG_CONFIG_HOME=${_home}/.config;XDG_DATA_HOME=${_home}/.local/share;XDG_CACHE_HOME=${_home}/.cache")
endfunction()
