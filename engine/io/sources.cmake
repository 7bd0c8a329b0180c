target_sources(touchline_engine PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/image.cpp)
