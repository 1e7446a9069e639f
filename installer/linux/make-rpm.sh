#!/usr/bin/env bash
# Makes the .rpm from jpackage's app-image, with the same installed tree as the .deb (stage-tree.sh:
# /opt/medlist with its AppCDS archive, /usr/bin/medlist, menu entry, hicolor icons, AppStream metainfo,
# man page, bash and zsh completion) and the licence where RPM distributions keep it. Built by rpmbuild
# from a spec written here; no scriptlets (RPM distributions update the menu, icon and man caches by
# their own file triggers), so removing it leaves only the user's own data.
#   installer/linux/make-rpm.sh APP_IMAGE DOCS VERSION MAINTAINER OUT
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
app="$1"; docs="$2"; version="$3"; maintainer="$4"; out="$5"
command -v rpmbuild >/dev/null || { echo "rpm: rpmbuild not found (Debian: the rpm package; Fedora: rpm-build)" >&2; exit 1; }
work="$(cd "$out" && pwd)/work/rpm"
root="$work/root"
rm -rf "$work" && mkdir -p "$work"/{rpmbuild,home}
bash "$here/stage-tree.sh" "$app" "$docs" "$version" "$root"
# zsh on RPM distributions reads site-functions (vendor-completions is Debian's)
mkdir -p "$root/usr/share/zsh/site-functions"
mv "$root/usr/share/zsh/vendor-completions/_medlist" "$root/usr/share/zsh/site-functions/_medlist"
rmdir "$root/usr/share/zsh/vendor-completions"
email="$(echo "$maintainer" | sed 's/.*<\(.*\)>.*/\1/')"
install -d -m 0755 "$root/usr/share/licenses/medlist"
sed "s/@MAINTAINER_EMAIL@/$email/" "$here/copyright" > "$root/usr/share/licenses/medlist/copyright"
chmod 0644 "$root/usr/share/licenses/medlist/copyright"

# Every file under /opt/medlist and each file and icon MedList puts under /usr; directories under /usr
# that the system owns (/usr/bin, /usr/share/applications...) are not claimed.
files="$work/files.txt"
{
  echo "/opt/medlist"
  (cd "$root" && find usr -type f | sort | sed 's|^|/|')
  echo "%dir /usr/share/licenses/medlist"
  # shared with bash-completion and zsh, which may not be installed: owned too, so that removal leaves none
  echo "%dir /usr/share/bash-completion"; echo "%dir /usr/share/bash-completion/completions"
  echo "%dir /usr/share/zsh"; echo "%dir /usr/share/zsh/site-functions"
} > "$files"
# Requires: found by rpmbuild from the ELF files (libc, libX11, libgtk-3...), except the libraries the bundled
# runtime brings itself; it provides none (they are MedList's own, not for other packages).
own="$(find "$root/opt/medlist" -name '*.so*' -printf '%f\n' | sed 's/\.so.*//' | sort -u | paste -sd'|')"

cat > "$work/medlist.spec" <<SPEC
Name: medlist
Version: $version
Release: 1
Summary: Medication list that checks every pair of medicines for interactions
License: MIT and CC-BY-NC-SA-4.0
URL: https://medlist.org/
Packager: $maintainer
# GTK 3 and GL are opened at run time (not linked), so they are named; the rest rpmbuild finds.
Requires: gtk3, mesa-libGL
Recommends: libnotify
AutoProv: no
%global __requires_exclude ^($own)[.]so

%global debug_package %{nil}
# Nothing may touch the laid-out files: the AppCDS archive matches the jar's exact size and time.
%global __os_install_post %{nil}

%description
$(cat "$here/description.txt")

%install
cp -a "$root/." "%{buildroot}/"

%files -f $files
%license /usr/share/licenses/medlist/copyright
SPEC
# the licence is listed once, by %license
sed -i '\|/usr/share/licenses/medlist/copyright|d' "$files"

# xz like the .deb (rpmbuild's default gzip makes it some 10 MB larger); a private HOME, so that the
# builder's own ~/.rpmmacros is neither read nor changed.
HOME="$work/home" rpmbuild -bb --quiet \
  --define "_topdir $work/rpmbuild" --define "_binary_payload w6.xzdio" --define "_build_id_links none" \
  "$work/medlist.spec"
rpm="$out/medlist-$version-1.x86_64.rpm"
cp "$work"/rpmbuild/RPMS/x86_64/medlist-"$version"-1.*.rpm "$rpm"
echo "rpm: $rpm $(du -b "$rpm" | awk '{printf "%.1f MB", $1 / 1000000}'), installs $(du -sb "$root" | awk '{printf "%.1f MB", $1 / 1000000}')"
