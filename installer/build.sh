#!/usr/bin/env bash
# Builds MedList with jpackage: a self-contained app (a trimmed Java runtime plus the app).
#   installer/build.sh app-image   -> target/installer/MedList/          (any OS; ~10 s)
#   installer/build.sh deb         -> target/installer/medlist_<v>_amd64.deb   (Debian/Ubuntu; needs fakeroot, dpkg-deb)
#   installer/build.sh rpm         -> target/installer/medlist-<v>.x86_64.rpm  (needs rpmbuild)
# Windows (.msi) and macOS (.dmg): see installer/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
type="${1:-app-image}"
version="$(sed -n 's:.*<version>\([0-9][0-9.]*\)</version>.*:\1:p' pom.xml | head -n 1)"
out=target/installer
# Always package the current sources (a stale jar would be installed otherwise); CI, which has just run
# 'mvn -B verify', sets MEDLIST_JAR_BUILT=1 to reuse its jar.
if [ "${MEDLIST_JAR_BUILT:-0}" != 1 ]; then mvn -B -q package -DskipTests; fi
rm -rf "$out" && mkdir -p "$out/input"
cp target/medlist.jar "$out/input/"

# Modules from: jdeps --print-module-deps --ignore-missing-deps --multi-release 17 target/medlist.jar
modules=java.base,java.desktop,java.management,java.sql,jdk.jfr,jdk.unsupported
common=(--name MedList --app-version "$version" --vendor "MedList developers"
        --copyright "MedList developers; code MIT, knowledge base CC BY-NC-SA 4.0"
        --description "Keeps a medication list on this computer and checks every pair for interactions, offline.")

# The installed launcher maps the app's classes from an AppCDS archive (made below on Linux) and uses
# the client compiler only: both shorten start-up, and MedList's work is light enough for C1.
jpackage --type app-image "${common[@]}" --dest "$out" \
  --input "$out/input" --main-jar medlist.jar --main-class org.medlist.Launcher \
  --add-modules "$modules" \
  --jlink-options "--strip-java-debug-attributes --no-header-files --no-man-pages --generate-cds-archive" \
  --java-options '-XX:SharedArchiveFile=$APPDIR/medlist.jsa' --java-options '-Xshare:auto' \
  --java-options '-XX:TieredStopAtLevel=1' \
  --icon installer/linux/MedList.png
echo "app-image: $out/MedList"

case "$type" in
  app-image) ;;
  deb|rpm)
    jpackage --type "$type" "${common[@]}" --dest "$out" --app-image "$out/MedList" \
      --resource-dir installer/linux --icon installer/linux/MedList.png \
      --license-file src/main/resources/META-INF/LICENSE \
      --linux-package-name medlist --linux-shortcut --linux-menu-group "Office;MedicalSoftware" \
      --linux-app-category misc --linux-package-deps "libgtk-3-0, libgl1" \
      --linux-deb-maintainer "medlist@localhost" --linux-rpm-license-type "MIT and CC-BY-NC-SA-4.0"
    if [ "$type" = deb ]; then
      bash installer/linux/add-cds-to-deb.sh "$out"/medlist_*.deb \
        || echo "AppCDS archive not added; the app works without it, only starts slower"
    fi
    ls -la "$out"/*."$type"
    ;;
  *) echo "usage: installer/build.sh [app-image|deb|rpm]" >&2; exit 2 ;;
esac
