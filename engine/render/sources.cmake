target_sources(touchline_engine PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/camera_director.cpp
  ${CMAKE_CURRENT_LIST_DIR}/canvas.cpp
  ${CMAKE_CURRENT_LIST_DIR}/clip_renderer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/font.cpp
  ${CMAKE_CURRENT_LIST_DIR}/hud_painter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/match_renderer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/overlay_painter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/palette.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pitch_layer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pitch_painter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/player_painter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/projection.cpp
  ${CMAKE_CURRENT_LIST_DIR}/raster.cpp
  ${CMAKE_CURRENT_LIST_DIR}/screen_texture.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sprite_cache.cpp
  ${CMAKE_CURRENT_LIST_DIR}/storyboard.cpp
  ${CMAKE_CURRENT_LIST_DIR}/storyboard_panels.cpp)
