# ctest fixture: creates the XDG runtime folder the tests point Qt at, private to its owner.
if(NOT DIR)
    message(FATAL_ERROR "runtimedir.cmake: pass -DDIR=<folder>")
endif()
file(MAKE_DIRECTORY "${DIR}")
file(CHMOD "${DIR}" DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
