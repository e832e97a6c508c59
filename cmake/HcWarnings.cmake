# One place for compiler flags shared by every target of ours.
add_library(hc_warnings INTERFACE)
target_compile_options(hc_warnings INTERFACE -Wall -Wextra -Wpedantic)
if(HC_WERROR)
  target_compile_options(hc_warnings INTERFACE -Werror)
endif()
# User text goes through tr(); Qt keywords stay out of the way of other libraries.
target_compile_definitions(hc_warnings INTERFACE
  QT_NO_KEYWORDS QT_NO_FOREACH QT_NO_URL_CAST_FROM_STRING QT_USE_QSTRINGBUILDER)
