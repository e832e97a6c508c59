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
  set_tests_properties(${T_NAME} PROPERTIES
    TIMEOUT ${T_TIMEOUT}
    LABELS "${T_LABELS}"
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;HC_SOURCE_DIR=${PROJECT_SOURCE_DIR};HC_CLI=$<TARGET_FILE:hitcraft-cli>")
endfunction()
