target_sources(touchline_engine PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/atomic_save.cpp
  ${CMAKE_CURRENT_LIST_DIR}/autosave.cpp
  ${CMAKE_CURRENT_LIST_DIR}/edit_command.cpp
  ${CMAKE_CURRENT_LIST_DIR}/edit_handles.cpp
  ${CMAKE_CURRENT_LIST_DIR}/edit_session.cpp
  ${CMAKE_CURRENT_LIST_DIR}/file_watch.cpp
  ${CMAKE_CURRENT_LIST_DIR}/moment_fields.cpp
  ${CMAKE_CURRENT_LIST_DIR}/moment_template.cpp
  ${CMAKE_CURRENT_LIST_DIR}/script_ids.cpp
  ${CMAKE_CURRENT_LIST_DIR}/script_nodes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/yaml_text.cpp)
