#!/usr/bin/env bash
# Makes the AppCDS archive lib/app/medlist.jsa for an app tree that will be installed at /opt/medlist,
# so that the installed app maps its classes instead of loading and verifying them at each start.
#   installer/linux/train-cds.sh DIR      (DIR holds bin/, lib/app/, lib/runtime/)
#
# On JDK 17 an archive only matches the exact class path it was made with (path, size and
# modification time of the jar). So DIR is bind-mounted at /opt/medlist in a private mount namespace
# (the rest of the system, including an installed MedList, does not see it), and the app is started
# there once under Xvfb with -XX:ArchiveClassesAtExit: it opens its window, builds the interface and
# exits (--measure-startup). Needs Linux, root (for the mount), unshare and xvfb-run.
set -euo pipefail
tree="$(cd "$1" && pwd)"
cfg="$tree/lib/app/MedList.cfg"
for tool in unshare xvfb-run mount; do
  command -v "$tool" >/dev/null || { echo "AppCDS: skipped ($tool not found)"; exit 1; }
done
[ "$(id -u)" = 0 ] || { echo "AppCDS: skipped (the bind mount needs root)"; exit 1; }
grep -q 'SharedArchiveFile=$APPDIR/medlist.jsa' "$cfg" || { echo "AppCDS: $cfg does not name the archive"; exit 1; }

created_mountpoint=0
if [ ! -d /opt/medlist ]; then mkdir -p /opt/medlist; created_mountpoint=1; fi
scratch="$(mktemp -d)"
cp -p "$cfg" "$scratch/MedList.cfg"
trap 'cp -p "$scratch/MedList.cfg" "$cfg"; rm -rf "$scratch"; if [ "$created_mountpoint" = 1 ]; then rmdir /opt/medlist 2>/dev/null || true; fi' EXIT
# The training run writes the archive instead of reading it.
sed -i 's|-XX:SharedArchiveFile=$APPDIR/medlist.jsa|-XX:ArchiveClassesAtExit=$APPDIR/medlist.jsa|' "$cfg"
rm -f "$tree/lib/app/medlist.jsa"
unshare -m --propagation private bash -c "
  mount --bind '$tree' /opt/medlist
  xvfb-run -a -s '-screen 0 1400x900x24' /opt/medlist/bin/MedList --measure-startup --db '$scratch/training.db'
" > "$scratch/training.log" 2>&1 || { cat "$scratch/training.log"; echo "AppCDS: the training run failed"; exit 1; }
[ -s "$tree/lib/app/medlist.jsa" ] || { cat "$scratch/training.log"; echo "AppCDS: no archive was written"; exit 1; }
chmod 0644 "$tree/lib/app/medlist.jsa"
echo "AppCDS: $(du -h "$tree/lib/app/medlist.jsa" | cut -f1) archive made (training run: $(grep -h '_ms' "$scratch/training.log" | tr '\n' ' '))"
