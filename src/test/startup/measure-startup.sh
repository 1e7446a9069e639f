#!/usr/bin/env bash
# Start-up benchmark: MedList's window against an empty JavaFX stage launched the same way.
#   src/test/startup/measure-startup.sh [-n RUNS] [jar [JAR] | app-image [DIR]] [-- JAVA_FLAGS...]
#     jar        java [JAVA_FLAGS] -jar JAR --measure-startup [--baseline]   (default target/medlist.jar)
#     app-image  DIR/bin/MedList --measure-startup [--baseline]            (default target/installer/MedList)
#     classes    as jar, with target/classes ahead of the jar (to try a change without repackaging)
# MEASURE_TRAIN_CDS=1 with app-image first makes the app-image's AppCDS archive (lib/app/medlist.jsa,
# which its launcher names) where the image lies, by one training run, as add-cds-to-deb.sh does for
# the .deb at /opt/medlist; an archive only matches the path it was made at.
# MEASURE_FLOOR=1 also runs --controls-floor in each round: a stage with one control of each kind the main
# window shows, in its theme and nothing else; the interface cannot be ready sooner than that.
# MEASURE_VARIANT="JAVA_FLAGS" (jar and classes modes) also runs the app with those flags added, in the
# same rounds, to compare a change (e.g. MEASURE_VARIANT=-XX:TieredStopAtLevel=1); MEASURE_VARIANT_JAR=JAR
# runs another jar as the variant (e.g. one built from an earlier commit).
# Runs the baseline and the app RUNS times each (default 9), interleaved and alternating which goes
# first, so that a machine shared with other work slows both alike; one discarded run of each first
# warms the file cache. Every run gets a new database folder. Runs under a private Xvfb display.
# Prints each run and the medians: baseline ready_ms, outline startup_ms, app ready_ms and the ratios.
set -euo pipefail
runs=9
[ "${1:-}" = -n ] && { runs="$2"; shift 2; }
mode="${1:-jar}"; [ $# -gt 0 ] && shift
target=""
if [ $# -gt 0 ] && [ "$1" != -- ]; then target="$1"; shift; fi
[ "${1:-}" = -- ] && shift
flags=("$@")
cd "$(dirname "$0")/../../.."
case "$mode" in
  jar) target="${target:-target/medlist.jar}"; cmd=(java "${flags[@]}" -jar "$target") ;;
  app-image) target="${target:-target/installer/MedList}"; cmd=("$target/bin/MedList") ;;
  classes) target="${target:-target/medlist.jar}"   # while developing: target/classes ahead of the jar, no repackaging
           cmd=(java "${flags[@]}" -cp "target/classes:$target" org.medlist.Launcher) ;;
  *) echo "usage: $0 [-n RUNS] [jar [JAR] | app-image [DIR]] [-- JAVA_FLAGS...]" >&2; exit 2 ;;
esac
scratch="$(mktemp -d)"
display=:$(( 200 + RANDOM % 300 ))
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true; rm -rf "$scratch"' EXIT
sleep 1

# one run: prints "startup ready" in ms
run() {
  local kind="$1" n="$2" out
  mkdir -p "$scratch/$kind$n"
  local extra=() c=("${cmd[@]}"); [ "$kind" = baseline ] && extra=(--baseline); [ "$kind" = floor ] && extra=(--controls-floor)
  # shellcheck disable=SC2206
  [ "$kind" = variant ] && c=("${cmd[0]}" ${MEASURE_VARIANT:-} "${cmd[@]:1}")
  [ "$kind" = variant ] && [ -n "${MEASURE_VARIANT_JAR:-}" ] && c=("${c[@]/#$target/$MEASURE_VARIANT_JAR}")
  out="$(DISPLAY="$display" "${c[@]}" --measure-startup "${extra[@]}" --db "$scratch/$kind$n/medlist.db" 2>"$scratch/err")" \
    || { cat "$scratch/err" >&2; echo "run failed: $kind $n" >&2; exit 1; }
  echo "$(sed -n 's/^startup_ms: \([0-9]*\).*/\1/p' <<<"$out") $(sed -n 's/^ready_ms: \([0-9]*\).*/\1/p' <<<"$out") $(sed -n 's/^cpu_ms: \([0-9]*\).*/\1/p' <<<"$out")"
  [ "$n" = 1 ] && [ "$kind" = app ] && sed -n 's/^jvm_flags: /# JVM flags (both): /p' <<<"$out" >&2
  return 0
}
f1() { cut -d' ' -f1 <<<"$1"; }; f2() { cut -d' ' -f2 <<<"$1"; }; f3() { cut -d' ' -f3 <<<"$1"; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }

if [ "$mode" = app-image ] && [ "${MEASURE_TRAIN_CDS:-0}" = 1 ]; then
  cfg="$target/lib/app/MedList.cfg"
  cp -p "$cfg" "$scratch/cfg"
  rm -f "$target/lib/app/medlist.jsa"
  sed -i 's|-XX:SharedArchiveFile=|-XX:ArchiveClassesAtExit=|' "$cfg"
  DISPLAY="$display" "$target/bin/MedList" --measure-startup --db "$scratch/training/medlist.db" >/dev/null 2>&1 || true
  cp -p "$scratch/cfg" "$cfg"
  echo "# AppCDS archive: $(du -h "$target/lib/app/medlist.jsa" | cut -f1) trained at $target"
fi
run baseline 0 >/dev/null; run app 0 >/dev/null
: > "$scratch/base"; : > "$scratch/app"; : > "$scratch/variant"; : > "$scratch/floor"
for i in $(seq 1 "$runs"); do
  v=""
  if [ $((i % 2)) = 1 ]; then b="$(run baseline "$i")"; a="$(run app "$i")"; [ -n "${MEASURE_VARIANT:-}${MEASURE_VARIANT_JAR:-}" ] && v="$(run variant "$i")"
  else [ -n "${MEASURE_VARIANT:-}${MEASURE_VARIANT_JAR:-}" ] && v="$(run variant "$i")"; a="$(run app "$i")"; b="$(run baseline "$i")"; fi
  echo "$b" >> "$scratch/base"; echo "$a" >> "$scratch/app"; [ -n "$v" ] && echo "$v" >> "$scratch/variant"
  [ "${MEASURE_FLOOR:-0}" = 1 ] && { fl="$(run floor "$i")"; echo "$fl" >> "$scratch/floor"; echo "run $i: floor $(f2 "$fl") ms"; }
  echo "run $i: baseline $(f2 "$b") ms (cpu $(f3 "$b")) | app outline $(f1 "$a") ms, ready $(f2 "$a") ms (cpu $(f3 "$a"))${v:+ | variant outline $(f1 "$v") ms, ready $(f2 "$v") ms (cpu $(f3 "$v"))}"
done
base=$(cut -d' ' -f2 "$scratch/base" | median)
outline=$(cut -d' ' -f1 "$scratch/app" | median)
ready=$(cut -d' ' -f2 "$scratch/app" | median)
basecpu=$(cut -d' ' -f3 "$scratch/base" | median); appcpu=$(cut -d' ' -f3 "$scratch/app" | median)
echo "# $mode ${target} ${flags[*]:-} | N=$runs | $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
printf 'medians: baseline %d ms | outline %d ms (%.2fx) | ready %d ms (%.2fx)\n' \
  "$base" "$outline" "$(echo "$outline / $base" | bc -l)" "$ready" "$(echo "$ready / $base" | bc -l)"
[ -n "$basecpu" ] && [ -n "$appcpu" ] && printf 'process CPU until ready (medians): baseline %d ms | app %d ms (%.2fx)\n' "$basecpu" "$appcpu" "$(echo "$appcpu / $basecpu" | bc -l)"
if [ -s "$scratch/variant" ]; then
  voutline=$(cut -d' ' -f1 "$scratch/variant" | median); vready=$(cut -d' ' -f2 "$scratch/variant" | median)
  vcpu=$(cut -d' ' -f3 "$scratch/variant" | median)
  printf 'variant (%s): outline %d ms (%.2fx) | ready %d ms (%.2fx) | cpu %d ms (%.2fx)\n' "${MEASURE_VARIANT:-}${MEASURE_VARIANT_JAR:-}" \
    "$voutline" "$(echo "$voutline / $base" | bc -l)" "$vready" "$(echo "$vready / $base" | bc -l)" "$vcpu" "$(echo "$vcpu / $basecpu" | bc -l)"
fi
if [ -s "$scratch/floor" ]; then
  floor=$(cut -d' ' -f2 "$scratch/floor" | median); floorcpu=$(cut -d' ' -f3 "$scratch/floor" | median)
  printf 'floor (one control of each kind, --controls-floor): ready %d ms (%.2fx)%s\n' "$floor" "$(echo "$floor / $base" | bc -l)" \
    "${floorcpu:+ | cpu $floorcpu ms}"
fi
