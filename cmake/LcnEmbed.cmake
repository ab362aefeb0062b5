# lcn_embed_files(OUT_CPP NAMESPACE ns FUNCTION fn BASE_DIR dir FILES f1 f2 ...)
# Generates a .cpp defining `const std::vector<lcn::EmbeddedFile>& ns::fn()` with each file's
# path relative to BASE_DIR and its bytes. Regenerated when any listed file changes.
function(lcn_embed_files)
  cmake_parse_arguments(ARG "" "OUT_CPP;NAMESPACE;FUNCTION;BASE_DIR" "FILES" ${ARGN})
  add_custom_command(
    OUTPUT ${ARG_OUT_CPP}
    COMMAND ${CMAKE_COMMAND} -DOUT=${ARG_OUT_CPP} -DNS=${ARG_NAMESPACE} -DFN=${ARG_FUNCTION}
            -DBASE=${ARG_BASE_DIR} "-DFILES=${ARG_FILES}"
            -P ${PROJECT_SOURCE_DIR}/cmake/LcnEmbedScript.cmake
    DEPENDS ${ARG_FILES} ${PROJECT_SOURCE_DIR}/cmake/LcnEmbedScript.cmake
    COMMENT "Embedding ${ARG_FUNCTION}"
    VERBATIM)
endfunction()
