target_sources(touchline_engine PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/export_pipeline.cpp
  ${CMAKE_CURRENT_LIST_DIR}/frame_sink.cpp
  ${CMAKE_CURRENT_LIST_DIR}/gif_sink.cpp
  ${CMAKE_CURRENT_LIST_DIR}/image.cpp
  ${CMAKE_CURRENT_LIST_DIR}/png_frame_writer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/png_sequence_sink.cpp
  ${CMAKE_CURRENT_LIST_DIR}/staged_output.cpp
  ${CMAKE_CURRENT_LIST_DIR}/subprocess.cpp
  ${CMAKE_CURRENT_LIST_DIR}/video_sink.cpp)
