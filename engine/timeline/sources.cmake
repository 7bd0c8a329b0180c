target_sources(touchline_engine PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/bake.cpp
  ${CMAKE_CURRENT_LIST_DIR}/clip_plan.cpp
  ${CMAKE_CURRENT_LIST_DIR}/event_text.cpp
  ${CMAKE_CURRENT_LIST_DIR}/frame.cpp
  ${CMAKE_CURRENT_LIST_DIR}/highlight_reel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/match_score.cpp
  ${CMAKE_CURRENT_LIST_DIR}/match_summary.cpp
  ${CMAKE_CURRENT_LIST_DIR}/plausibility.cpp
  ${CMAKE_CURRENT_LIST_DIR}/seam_walk.cpp
  ${CMAKE_CURRENT_LIST_DIR}/timeline.cpp)
