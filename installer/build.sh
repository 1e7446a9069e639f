#!/usr/bin/env bash
# Builds MedList with jpackage: a self-contained app (a trimmed Java runtime with JavaFX as modules, plus the app).
#   installer/build.sh app-image   -> target/installer/MedList/                (any Linux; ~30 s)
#   installer/build.sh deb         -> target/installer/medlist_<v>-1_amd64.deb  (Debian/Ubuntu; needs dpkg-deb)
#   installer/build.sh rpm         -> target/installer/medlist-<v>-1.x86_64.rpm (needs rpmbuild)
# Windows (.msi) and macOS (.dmg): see installer/README.md. What each step saves: installer/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
type="${1:-app-image}"
case "$type" in app-image|deb|rpm) ;; *) echo "usage: installer/build.sh [app-image|deb|rpm]" >&2; exit 2 ;; esac
version="$(sed -n 's:.*<version>\([0-9][0-9.]*\)</version>.*:\1:p;T;q' pom.xml)"
javafx="$(sed -n 's:.*<javafx.version>\(.*\)</javafx.version>.*:\1:p' pom.xml)"
# The package's maintainer and home page (placeholders until the project has its own address).
maintainer="MedList developers <maintainers@medlist.org>"
out=target/installer
# Always package the current sources (a stale jar would be installed otherwise); CI, which has just run
# 'mvn -B verify', sets MEDLIST_JAR_BUILT=1 to reuse its jar.
if [ "${MEDLIST_JAR_BUILT:-0}" != 1 ]; then mvn -B -q package -DskipTests; fi
rm -rf "$out" && mkdir -p "$out/work"
work="$out/work"
size() { du -sb "$1" | awk '{printf "%.1f MB", $1 / 1000000}'; }

# JavaFX's platform jars (explicit modules with their Linux natives), as Maven resolved them for the build.
repo="${MAVEN_REPOSITORY:-$HOME/.m2/repository}"
fx_jars=()
for m in base graphics controls; do
  jar="$repo/org/openjfx/javafx-$m/$javafx/javafx-$m-$javafx-linux.jar"
  [ -f "$jar" ] || { echo "not found: $jar (run mvn -B package first)" >&2; exit 1; }
  fx_jars+=("$jar")
done
fx_path="$(IFS=:; echo "${fx_jars[*]}")"

# 1. The app's jar without what the runtime now provides: JavaFX (a module of the runtime, below) and
#    sqlite-jdbc's natives for other platforms (this platform's goes beside the jar, loaded from there).
mkdir -p "$work/jar" "$out/input"
(cd "$work/jar" && jar xf ../../../medlist.jar)
sqlite_native="$work/jar/org/sqlite/native/Linux/x86_64/libsqlitejdbc.so"
[ -f "$sqlite_native" ] || { echo "sqlite-jdbc has no Linux x86_64 library" >&2; exit 1; }
cp "$sqlite_native" "$out/input/libsqlitejdbc.so"
for jar in "${fx_jars[@]}"; do
  jar tf "$jar" | grep -v -e '/$' -e '^META-INF/' | (cd "$work/jar" && xargs rm -f)
done
rm -rf "$work/jar/org/sqlite/native"
find "$work/jar" -depth -type d -empty -delete
jar --create --file "$out/input/medlist.jar" --manifest "$work/jar/META-INF/MANIFEST.MF" -C "$work/jar" .
echo "jar: target/medlist.jar $(size target/medlist.jar) -> without JavaFX and other platforms' sqlite: $(size "$out/input/medlist.jar")"

# 2. The runtime: the JDK modules MedList uses plus JavaFX's, as modules (no class-path warning, no copy
#    of natives into ~/.openjfx/cache: JavaFX loads them from the runtime's lib/ folder).
#    jdeps --print-module-deps --ignore-missing-deps --multi-release 17 target/medlist.jar lists the JDK ones;
#    java.management: --measure-startup's JVM start time; jdk.jfr: the developer command 'bench'.
modules=java.base,java.desktop,java.management,java.sql,jdk.jfr,jdk.unsupported,javafx.controls
strip_native=()
jlink_help="$(jlink --help 2>&1)" # read whole: 'jlink --help | grep -q' can die of SIGPIPE under pipefail
if [[ "$jlink_help" == *--strip-native-debug-symbols* ]] && command -v objcopy >/dev/null; then
  strip_native=(--strip-native-debug-symbols objcopy="$(command -v objcopy)")
fi
jlink --module-path "$fx_path" --add-modules "$modules" --output "$work/runtime" \
  --strip-debug "${strip_native[@]}" --no-header-files --no-man-pages --generate-cds-archive \
  --exclude-resources 'glob:/javafx.graphics/lib*.so'
# JavaFX's natives where JavaFX looks first (the runtime's lib/), instead of inside its module (stripped below).
mkdir -p "$work/natives"
(cd "$work/natives" && jar xf "${fx_jars[1]}" $(jar tf "${fx_jars[1]}" | grep '^lib[^/]*\.so$'))
cp "$work"/natives/*.so "$work/runtime/lib/"
chmod 0644 "$work"/runtime/lib/*.so
# Not needed by an app launched by jpackage's launcher: the JDK's own commands (java, keytool...), and the
# CDS archive for heaps over 32 GB (classes_nocoops.jsa; classes.jsa stays: the AppCDS archive builds on it).
# Sound and the AWT splash screen are never used (and would pull in libasound2 and libgif7).
rm -rf "$work/runtime/bin" "$work/runtime/lib/server/classes_nocoops.jsa" "$work/runtime/lib/libjsound.so" "$work/runtime/lib/libsplashscreen.so"
# Debian's JDK ships its libraries with their symbol tables (the debug info is in separate packages).
chmod -R u+w "$work/runtime"
if command -v strip >/dev/null; then
  find "$work/runtime/lib" -name '*.so' -print0 | xargs -0 strip --strip-unneeded
fi
echo "runtime: $(size "$work/runtime")"

# 3. The app-image. The installed launcher maps the app's classes from an AppCDS archive (made below for
#    the .deb) and uses the client compiler only: both shorten start-up, and MedList's work is light enough for C1.
jpackage --type app-image --name MedList --app-version "$version" --vendor "MedList developers" \
  --copyright "MedList developers; code MIT, knowledge base CC BY-NC-SA 4.0" \
  --description "Keeps a medication list on this computer and checks every pair for interactions, offline." \
  --dest "$out" --input "$out/input" --main-jar medlist.jar --main-class org.medlist.Launcher \
  --runtime-image "$work/runtime" \
  --java-options '-Dorg.sqlite.lib.path=$APPDIR' --java-options '-Dorg.sqlite.lib.name=libsqlitejdbc.so' \
  --java-options '--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED' \
  --java-options '-XX:SharedArchiveFile=$APPDIR/medlist.jsa' --java-options '-Xshare:auto' \
  --java-options '-XX:TieredStopAtLevel=1' --java-options '-XX:-UsePerfData' \
  --icon installer/linux/MedList.png
echo "app-image: $out/MedList $(size "$out/MedList")"

# 4. Man page and shell completion, from the command line's picocli model.
java -Dmedlist.date="$(date -u +%Y-%m-%d)" -cp target/medlist.jar org.medlist.cli.ShellDocs "$work/docs"
bash -n "$work/docs/medlist.bash"

case "$type" in
  app-image) ;;
  deb) bash installer/linux/make-deb.sh "$out/MedList" "$work/docs" "$version" "$maintainer" "$out" ;;
  rpm) bash installer/linux/make-rpm.sh "$out/MedList" "$work/docs" "$version" "$maintainer" "$out" ;;
esac
