# The kiosk's .deb (CPack DEB): the three programs, the built-in pack, the systemd units and what a
# kiosk needs besides. Build it with deploy/raspberrypi/build-deb (configures with prefix /usr).
set(CIVIC_DEPLOY_DIR ${PROJECT_SOURCE_DIR}/deploy)

install(FILES
        ${CIVIC_DEPLOY_DIR}/systemd/civic-kiosk.service
        ${CIVIC_DEPLOY_DIR}/systemd/civic-kiosk-bootconfig.service
        ${CIVIC_DEPLOY_DIR}/systemd/civic-kiosk-health.path
        ${CIVIC_DEPLOY_DIR}/systemd/civic-kiosk-health.service
        ${CIVIC_DEPLOY_DIR}/systemd/civic-kiosk-requests.path
        ${CIVIC_DEPLOY_DIR}/systemd/civic-kiosk-requests.service
        ${CIVIC_DEPLOY_DIR}/systemd/civic-kioskctl-update.service
        ${CIVIC_DEPLOY_DIR}/systemd/civic-kioskctl-update.timer
        DESTINATION lib/systemd/system)
install(FILES ${CIVIC_DEPLOY_DIR}/systemd/civic-kiosk.sysusers DESTINATION lib/sysusers.d RENAME civic-kiosk.conf)
install(FILES ${CIVIC_DEPLOY_DIR}/systemd/civic-kiosk.tmpfiles DESTINATION lib/tmpfiles.d RENAME civic-kiosk.conf)
install(FILES ${CIVIC_DEPLOY_DIR}/udev/70-civic-kiosk-backlight.rules DESTINATION lib/udev/rules.d)
install(FILES ${CIVIC_DEPLOY_DIR}/systemd/civic-kiosk.pam DESTINATION /etc/pam.d RENAME civic-kiosk)
install(PROGRAMS ${CIVIC_DEPLOY_DIR}/libexec/display ${CIVIC_DEPLOY_DIR}/libexec/session DESTINATION ${CMAKE_INSTALL_LIBEXECDIR}/civic-kiosk)
install(FILES ${CIVIC_DEPLOY_DIR}/kiosk.toml.example DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples RENAME kiosk.toml)
install(FILES ${PROJECT_SOURCE_DIR}/docs/kiosk-config.md ${PROJECT_SOURCE_DIR}/docs/statistics.md
              ${PROJECT_SOURCE_DIR}/docs/pack-format.md ${CIVIC_DEPLOY_DIR}/raspberrypi/README.md
        DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME civic-kiosk)
set(CPACK_PACKAGE_VENDOR "civic-kiosk")
set(CPACK_PACKAGE_CONTACT "civic-kiosk maintainers <kiosk@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "A full-screen touch information terminal for town halls and transit stations:
prevention tips, projects and contacts from signed, downloadable content packs,
in many languages, with accessibility modes. Runs under the cage Wayland
compositor as a systemd service; civic-kioskctl keeps its packs up to date.")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# The libraries it links come from dpkg-shlibdeps; what Qt loads at run time (QML modules, the
# SQLite and image plugins, GStreamer's decoders, a Wayland platform) no linker sees.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libqt6svg6, qt6-image-formats-plugins, qt6-wayland, \
qml6-module-qtquick, qml6-module-qtquick-window, qml6-module-qtqml, qml6-module-qtqml-models, \
qml6-module-qtqml-workerscript, qml6-module-qtquick-layouts, \
qt6-virtualkeyboard-plugin, qml6-module-qtquick-virtualkeyboard, qml6-module-qt-labs-folderlistmodel, \
qml6-module-qtmultimedia, gstreamer1.0-plugins-base, gstreamer1.0-plugins-good, gstreamer1.0-libav, \
fonts-noto-core, fontconfig, cage, xwayland, libpam-systemd, systemd")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-speech-flite-plugin, v4l-utils, wlr-randr")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-speech-speechd-plugin, speech-dispatcher-espeak-ng, nftables")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${CIVIC_DEPLOY_DIR}/debian/postinst ${CIVIC_DEPLOY_DIR}/debian/prerm ${CIVIC_DEPLOY_DIR}/debian/postrm
    ${CIVIC_DEPLOY_DIR}/debian/conffiles)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
