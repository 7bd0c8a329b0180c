target_sources(touchline_engine PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ball_flight.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ball_model.h
  ${CMAKE_CURRENT_LIST_DIR}/goal_frame.cpp
  ${CMAKE_CURRENT_LIST_DIR}/kick_solver.cpp
  ${CMAKE_CURRENT_LIST_DIR}/lineup.cpp
  ${CMAKE_CURRENT_LIST_DIR}/moment_bake.cpp
  ${CMAKE_CURRENT_LIST_DIR}/moment_plan.cpp
  ${CMAKE_CURRENT_LIST_DIR}/moment_track.h
  ${CMAKE_CURRENT_LIST_DIR}/observed_event.cpp
  ${CMAKE_CURRENT_LIST_DIR}/offside.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pitch_world.cpp
  ${CMAKE_CURRENT_LIST_DIR}/set_piece.cpp
  ${CMAKE_CURRENT_LIST_DIR}/player_paths.cpp
  ${CMAKE_CURRENT_LIST_DIR}/set_piece_shape.cpp
  ${CMAKE_CURRENT_LIST_DIR}/shape_follower.cpp
  ${CMAKE_CURRENT_LIST_DIR}/shape_stage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/team_shape.cpp)
