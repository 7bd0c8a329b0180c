target_sources(touchline_engine PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/assert.cpp
  ${CMAKE_CURRENT_LIST_DIR}/assert.h
  ${CMAKE_CURRENT_LIST_DIR}/color.cpp
  ${CMAKE_CURRENT_LIST_DIR}/match_clock.cpp
  ${CMAKE_CURRENT_LIST_DIR}/math.h
  ${CMAKE_CURRENT_LIST_DIR}/pitch.h
  ${CMAKE_CURRENT_LIST_DIR}/result.h
  ${CMAKE_CURRENT_LIST_DIR}/text.cpp
  ${CMAKE_CURRENT_LIST_DIR}/vec2.h
  ${CMAKE_CURRENT_LIST_DIR}/vec3.h)
