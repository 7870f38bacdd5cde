# Warnings for our own targets only; Qt's generated code (moc, qmlcache) is left alone where it
# trips a warning we cannot fix.
function(civic_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                           -Wold-style-cast -Wcast-align -Woverloaded-virtual
                                           -Wnull-dereference -Wformat=2 -Wimplicit-fallthrough)
  # Product code spells out every string's encoding; tests may use plain literals.
  if(NOT target MATCHES "^tst_")
    target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII)
  endif()
  if(CIVIC_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
