#!/usr/bin/env bash
# The classroom soak (issue 15), one command: src/bench/soak.sh [MINUTES] [STUDENTS] (default 10 and 200).
# Starts `java -Xmx128m -jar target/whoowns.jar serve` in a private tmux server (80x24) and runs
# org.whoowns.classroom.ssh.ServeSoak against it: STUDENTS MINA SSH clients join (a tenth of them late), answer
# every question the instructor opens (Enter through tmux, one question every ~4 s for the whole run), and a
# tenth of them per question drop abruptly and rejoin under the same name. Every 10 s it samples the server's
# RSS, heap, threads, descriptors and CPU, and every 30 s, just before a question opens, the heap after a full
# GC (jcmd's commands, through the attach API). At the end it checks that every answer a client saw
# acknowledged is in the results file, that threads and descriptors came back and that the heap after GC
# stayed flat. Exit 0 = PASS. Output also goes to target/soak/soak-TIME.log.
#
# Builds nothing. Needs, once after each change:
#   mvn -q -B -o -DskipTests package test-compile
#   mvn -q -B -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/soak-cp.txt
# and tmux, jcmd (the JDK's) on the PATH. SOAK_XMX sets the server's -Xmx (default 128m).
# Leaves no tmux socket or process behind.
set -euo pipefail
minutes=${1:-10}
students=${2:-200}
xmx=${SOAK_XMX:-128m}
cd "$(dirname "$0")/../.."
root=$PWD
jar=$root/target/whoowns.jar
cp_file=$root/target/soak-cp.txt
for need in "$jar" "$root/target/test-classes/org/whoowns/classroom/ssh/ServeSoak.class" "$cp_file"; do
  if [ ! -e "$need" ]; then
    echo "soak: missing $need; build first:" >&2
    echo "  mvn -q -B -o -DskipTests package test-compile" >&2
    echo "  mvn -q -B -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/soak-cp.txt" >&2
    exit 2
  fi
done
for tool in tmux jcmd java; do
  command -v "$tool" >/dev/null || { echo "soak: $tool not found" >&2; exit 2; }
done

# One question per ~4 s over the run, at most what a drill of the shipped pack holds.
questions=$(awk -v m="$minutes" 'BEGIN { q = int(m * 60 / 4); if (q > 268) q = 268; if (q < 3) q = 3; print q }')
work=$(mktemp -d)
sock="soak-$$"
server_pid=""
client_pid=""
cleanup() {
  if [ -n "$client_pid" ] && kill -0 "$client_pid" 2>/dev/null; then kill "$client_pid" 2>/dev/null || true; fi
  tmux -L "$sock" kill-server 2>/dev/null || true
  if [ -n "$server_pid" ]; then
    for _ in $(seq 1 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$server_pid" 2>/dev/null || true
  fi
  rm -f "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$sock"
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

mkdir -p "$work/home" "$root/target/soak"
log=$root/target/soak/soak-$(date +%Y%m%d-%H%M%S).log
tmux -L "$sock" -f /dev/null new-session -d -s srv -x 80 -y 24 \
  "env TERM=xterm-256color LANG=C.UTF-8 WHOOWNS_HOME=$work/home java -Xmx$xmx -jar $jar serve --bind 127.0.0.1 \
--port 0 --code K7Q2M --count $questions --seconds 60; echo SERVE-EXIT=\$?; sleep 600"
port=""
for _ in $(seq 1 200); do
  port=$(tmux -L "$sock" capture-pane -p -t srv:0 | sed -n 's/.*ssh -p \([0-9]*\) K7Q2M@127\.0\.0\.1.*/\1/p' | head -1)
  [ -n "$port" ] && break
  sleep 0.1
done
if [ -z "$port" ]; then
  echo "soak: the server's lobby did not appear:" >&2
  tmux -L "$sock" capture-pane -p -t srv:0 >&2
  exit 1
fi
pane=$(tmux -L "$sock" list-panes -t srv:0 -F '#{pane_pid}')
server_pid=$(ps -o pid= --ppid "$pane" | awk '{print $1; exit}')
echo "soak: $minutes min, $students students, $questions questions; serve -Xmx$xmx pid $server_pid port $port;" \
  "$(nproc) cores, $(java -version 2>&1 | head -1)" | tee "$log"

java -Xmx512m --add-exports jdk.attach/sun.tools.attach=ALL-UNNAMED -cp "$root/target/test-classes:$root/target/classes:$(cat "$cp_file")" \
  org.whoowns.classroom.ssh.ServeSoak "$port" "$server_pid" "$sock" srv:0 "$students" "$minutes" "$questions" \
  "$work/home" > >(tee -a "$log") 2> >(tee -a "$log" >&2) &
client_pid=$!
status=0
wait "$client_pid" || status=$?
client_pid=""
cp "$work"/home/drills/*.csv "$root/target/soak/" 2>/dev/null || true
echo "soak: exit $status; log $log" | tee -a "$log"
exit "$status"
