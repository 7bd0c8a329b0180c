target_sources(touchline_engine PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/action_parser.cpp
  ${CMAKE_CURRENT_LIST_DIR}/action_schema.cpp
  ${CMAKE_CURRENT_LIST_DIR}/diagnostics.cpp
  ${CMAKE_CURRENT_LIST_DIR}/loader.cpp
  ${CMAKE_CURRENT_LIST_DIR}/match_events.cpp
  ${CMAKE_CURRENT_LIST_DIR}/moment_parser.cpp
  ${CMAKE_CURRENT_LIST_DIR}/script.cpp
  ${CMAKE_CURRENT_LIST_DIR}/script_equality.cpp
  ${CMAKE_CURRENT_LIST_DIR}/script_parser.cpp
  ${CMAKE_CURRENT_LIST_DIR}/script_validator.cpp
  ${CMAKE_CURRENT_LIST_DIR}/script_writer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/typed_time.cpp
  ${CMAKE_CURRENT_LIST_DIR}/yaml_emit.cpp
  ${CMAKE_CURRENT_LIST_DIR}/yaml_document.cpp
  ${CMAKE_CURRENT_LIST_DIR}/yaml_prescan.cpp
  ${CMAKE_CURRENT_LIST_DIR}/yaml_reader.cpp)
