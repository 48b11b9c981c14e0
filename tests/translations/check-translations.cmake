# Runs lupdate over every source with user-visible text into a copy of the committed catalogue
# and fails when any tr() string has no finished Indonesian translation there: a string added
# without its translation, or a translation left unfinished. The committed file is not touched.
#
#   cmake -DLUPDATE=… -DTS=…/tepat_id.ts -DSOURCES_LIST=… -DWORK_DIR=… -P check-translations.cmake
file(MAKE_DIRECTORY ${WORK_DIR})
set(copy ${WORK_DIR}/tepat_id.ts)
configure_file(${TS} ${copy} COPYONLY)
execute_process(COMMAND ${LUPDATE} -no-obsolete -locations none @${SOURCES_LIST} -ts ${copy}
                RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "lupdate failed:\n${output}")
endif()
file(READ ${copy} catalogue)
string(REGEX MATCHALL "<source>[^<]*</source>[ \t\r\n]*<translation type=\"unfinished\"" missing
       "${catalogue}")
list(LENGTH missing count)
if(count GREATER 0)
    string(REPLACE "<translation type=\"unfinished\"" "" missing "${missing}")
    string(REPLACE ";" "\n" missing "${missing}")
    message(FATAL_ERROR "${count} string(s) of core/ui have no Indonesian translation in "
                        "resources/translations/tepat_id.ts (run the update_translations target, "
                        "then translate them):\n${missing}")
endif()
message(STATUS "every tr() string of core and ui has its Indonesian translation")
