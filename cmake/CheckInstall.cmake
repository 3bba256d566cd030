# ctest -R install_tree: `cmake --install` into a scratch prefix installs the binary, the
# launcher, the metainfo, the icon and the man page. Variables: BUILD_DIR, DESTDIR.
file(REMOVE_RECURSE "${DESTDIR}")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${DESTDIR}/usr"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${out}")
endif()
foreach(path
        bin/smtp-codes
        share/applications/org.smtpcodes.SmtpCodes.desktop
        share/metainfo/org.smtpcodes.SmtpCodes.metainfo.xml
        share/icons/hicolor/scalable/apps/org.smtpcodes.SmtpCodes.svg
        share/icons/hicolor/16x16/apps/org.smtpcodes.SmtpCodes.png
        share/icons/hicolor/48x48/apps/org.smtpcodes.SmtpCodes.png
        share/icons/hicolor/256x256/apps/org.smtpcodes.SmtpCodes.png
        share/doc/smtp-codes/LICENSE
        share/man/man1/smtp-codes.1)
    if(NOT EXISTS "${DESTDIR}/usr/${path}")
        message(FATAL_ERROR "not installed: ${path}")
    endif()
endforeach()
message(STATUS "install tree complete")
