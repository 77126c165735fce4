#!/bin/bash
# Builds the .deb of the build tree $1 with CPack into a temporary folder
# and checks what it holds. Exit 0 when everything is where it belongs.
set -euo pipefail
build=$(cd "${1:?usage: check_deb.sh BUILD_DIR}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "check_deb: $*" >&2; exit 1; }

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 ||
  { cat "$work/cpack.log" >&2; fail "cpack failed"; }
deb=$(ls "$work"/out/custos_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || fail "no custos_*.deb was written (see cpack's output above)"
echo "built $(basename "$deb") ($(stat -c %s "$deb") bytes)"

dpkg-deb -c "$deb" | awk '{print $1, $2, $NF}' >"$work/contents"
has() { grep -qE " \./$1\$" "$work/contents" || fail "the package lacks /$1"; }
has usr/bin/custos
has lib/systemd/system/custos.service
has etc/custos/custos.toml
has usr/share/man/man1/custos.1.gz
has usr/share/doc/custos/operations.md
has usr/share/doc/custos/security.md
has usr/share/custos/mappings/
grep -qE '^-rwxr-xr-x root/root \./usr/bin/custos$' "$work/contents" ||
  fail "/usr/bin/custos is not an executable owned by root: $(grep usr/bin/custos "$work/contents")"
# Only the program, its data, docs and service: no headers, libraries, tests or build paths.
if grep -E '\./usr/(include|lib)/|_tests$|bench_|/work/|CMakeFiles' "$work/contents"; then
  fail "the package holds files that are not the program's (above)"
fi

[ "$(dpkg-deb -f "$deb" Package)" = custos ] || fail "Package is not custos"
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libc6 libsqlite3 libpqxx libsodium adduser; do
  grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib: $depends"
done
dpkg-deb -e "$deb" "$work/control"
grep -qx /etc/custos/custos.toml "$work/control/conffiles" || fail "/etc/custos/custos.toml is not a conffile"
grep -q 'adduser --system' "$work/control/postinst" || fail "postinst does not make the system user"
grep -q '/var/lib/custos' "$work/control/postinst" || fail "postinst does not make /var/lib/custos"
for s in postinst prerm postrm; do
  [ -x "$work/control/$s" ] || fail "$s is not executable"
  sh -n "$work/control/$s" || fail "$s is not valid sh"
done

dpkg-deb -x "$deb" "$work/root"
unit="$work/root/lib/systemd/system/custos.service"
grep -qx 'User=custos' "$unit" || fail "the unit does not run as the custos user"
grep -qx 'StateDirectory=custos' "$unit" || fail "the unit does not own /var/lib/custos"
grep -qx 'ExecStart=/usr/bin/custos serve --config /etc/custos/custos.toml' "$unit" ||
  fail "the unit does not start custos serve with /etc/custos/custos.toml"
# The packaged binary runs, and reads the packaged settings as they are.
# (Output goes to files first: `grep -q` closing a pipe early would fail the pipeline.)
"$work/root/usr/bin/custos" --version >"$work/version" || fail "the packaged custos does not run"
grep -q '^custos ' "$work/version" || fail "custos --version said: $(cat "$work/version")"
"$work/root/usr/bin/custos" serve --help >"$work/help" || fail "custos serve --help failed"
grep -q -- '--tls-cert' "$work/help" || fail "custos serve --help lacks --tls-cert"
"$work/root/usr/bin/custos" --db "$work/check.db" serve --config "$work/root/etc/custos/custos.toml" \
  --check-config >"$work/config.json" || fail "the packaged custos.toml is refused"
grep -q '"lodging_body_limit":67108864' "$work/config.json" || fail "custos.toml's limits were not read"
gzip -t "$work/root/usr/share/man/man1/custos.1.gz" || fail "the man page is not gzip"
echo "check_deb: ok ($(wc -l <"$work/contents") entries)"
