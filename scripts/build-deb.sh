#!/usr/bin/env bash
# Build the stand's Debian package from the one-folder bundle: dist/ehealth-kiosk_<version>_<arch>.deb.
#
#   bash scripts/build-deb.sh [--bundle DIR] [--out DIR] [--compress xz|gzip|none]
#
# --bundle: the bundle folder (default dist/kiosk; built with scripts/build-bundle.sh if it is
# missing); --out: where the .deb goes (default dist/); --compress: xz for a release (the
# default), none for a test that installs it at once. Needs only dpkg-deb (no debhelper).
# What goes where is in packaging/deb/ (the files, the maintainer scripts, the dependencies):
#   /opt/ehealth-kiosk/               the bundle, and bin/kiosk-stand (cage with the kiosk inside)
#   /usr/bin/kiosk                    runs the bundle's kiosk
#   /lib/systemd/system/ehealth-kiosk.service, /etc/pam.d/ehealth-kiosk, /etc/default/ehealth-kiosk
set -euo pipefail
cd "$(dirname "$0")/.."

bundle=dist/kiosk
out=dist
compress=xz
while [ $# -gt 0 ]; do
  case "$1" in
    --bundle) bundle=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --compress) compress=$2; shift 2 ;;
    *) echo "build-deb: unknown option $1" >&2; exit 2 ;;
  esac
done

if [ ! -x "$bundle/kiosk" ]; then
  [ "$bundle" = dist/kiosk ] || { echo "build-deb: no bundle in $bundle" >&2; exit 1; }
  bash scripts/build-bundle.sh --no-tar
fi
record="$bundle/_internal/kiosk/_build_info.json"
version=$(sed -n 's/.*"version": *"\([^"]*\)".*/\1/p' "$record")
[ -n "$version" ] || { echo "build-deb: no version in $record" >&2; exit 1; }
arch=$(dpkg --print-architecture)
src=packaging/deb

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
root="$stage/ehealth-kiosk"
install -d "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/lib/systemd/system" \
  "$root/etc/pam.d" "$root/etc/default"
cp -a "$bundle" "$root/opt/ehealth-kiosk"
install -D -m 0755 "$src/kiosk-stand" "$root/opt/ehealth-kiosk/bin/kiosk-stand"
install -m 0755 "$src/kiosk-wrapper" "$root/usr/bin/kiosk"
install -m 0644 "$src/ehealth-kiosk.service" "$root/lib/systemd/system/ehealth-kiosk.service"
install -m 0644 "$src/pam-ehealth-kiosk" "$root/etc/pam.d/ehealth-kiosk"
install -m 0644 "$src/default-ehealth-kiosk" "$root/etc/default/ehealth-kiosk"
# Everyone may read and run the bundle (the kiosk user is not its owner); only root writes.
chmod -R u+rwX,go+rX,go-w "$root/opt/ehealth-kiosk"

glibc=$(dpkg-query -W -f='${Version}' libc6 | sed 's/-[^-]*$//')
depends=$(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' -e "s/@GLIBC@/$glibc/" "$src/depends" |
  paste -sd, | sed 's/,/, /g')
size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@SIZE@/$size/" \
  -e "s/@DEPENDS@/$depends/" "$src/control.in" > "$root/DEBIAN/control"
printf '%s\n' /etc/pam.d/ehealth-kiosk /etc/default/ehealth-kiosk > "$root/DEBIAN/conffiles"
for script in postinst prerm postrm; do
  install -m 0755 "$src/$script" "$root/DEBIAN/$script"
done

mkdir -p "$out"
deb="$out/ehealth-kiosk_${version}_${arch}.deb"
dpkg-deb --root-owner-group "-Z$compress" --build "$root" "$deb" >/dev/null
echo "build-deb: $deb $(du -m "$deb" | cut -f1) MB"
