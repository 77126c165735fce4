# `make package`: a .deb built by CPack from the install rules.
#   /usr/bin/custos, /usr/share/custos (data), /usr/share/man/man1/custos.1.gz,
#   /usr/share/doc/custos (docs), /lib/systemd/system/custos.service,
#   /etc/custos/custos.toml (a conffile); maintainer scripts make the system
#   user `custos` and /var/lib/custos (packaging/deb/).
# tests/package/check_deb.sh checks what the .deb holds (dpkg-deb -c and -I).
set(CUSTOS_PACKAGING_DIR ${CMAKE_CURRENT_LIST_DIR}/../packaging)

find_program(GZIP_EXECUTABLE gzip REQUIRED)
add_custom_command(
  OUTPUT ${CMAKE_BINARY_DIR}/custos.1.gz
  COMMAND ${GZIP_EXECUTABLE} -9 -n -c ${CUSTOS_PACKAGING_DIR}/custos.1 > ${CMAKE_BINARY_DIR}/custos.1.gz
  DEPENDS ${CUSTOS_PACKAGING_DIR}/custos.1
  COMMENT "Compressing the man page")
add_custom_target(custos_man ALL DEPENDS ${CMAKE_BINARY_DIR}/custos.1.gz)

install(FILES ${CMAKE_BINARY_DIR}/custos.1.gz DESTINATION share/man/man1)
install(FILES ${CUSTOS_SOURCE_DIR}/README.md ${CUSTOS_SOURCE_DIR}/docs/operations.md
              ${CUSTOS_SOURCE_DIR}/docs/security.md ${CUSTOS_SOURCE_DIR}/docs/scale-out.md
        DESTINATION share/doc/custos)
install(FILES ${CUSTOS_PACKAGING_DIR}/custos.service DESTINATION /lib/systemd/system)
install(FILES ${CUSTOS_PACKAGING_DIR}/custos.toml DESTINATION /etc/custos)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME custos)
set(CPACK_PACKAGE_VENDOR "The Custos project")
set(CPACK_PACKAGE_CONTACT "Custos maintainers <custos@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Open customs enforcement: risk targeting, screening, audit, JSON API server")
set(CPACK_PACKAGE_DESCRIPTION
    "Custos ingests customs declarations, assesses their risk, screens traders, identifies substances "
    "and serves a JSON API (custos serve) as a systemd service with a tamper-evident audit log.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "adduser")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "postgresql (>= 15), nginx | haproxy")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${CUSTOS_PACKAGING_DIR}/deb/postinst ${CUSTOS_PACKAGING_DIR}/deb/prerm ${CUSTOS_PACKAGING_DIR}/deb/postrm
    ${CUSTOS_PACKAGING_DIR}/deb/conffiles)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
