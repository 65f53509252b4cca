#!/usr/bin/env bash
# Launch-to-first-drawn-menu in a real terminal (tmux 80x24), against a `java` hello world run in
# alternation. whoowns stamps the wall-clock time right after its first screen refresh when
# WHOOWNS_STAMP names a file; the start time is taken by the shell just before it execs java.
# Usage: src/bench/startup.sh [RUNS] (default 10). Needs tmux and a built target/whoowns.jar.
set -euo pipefail
runs=${1:-10}
cd "$(dirname "$0")/../.."
jar=target/whoowns.jar
[ -f "$jar" ] || { echo "build first: mvn -q -B -DskipTests package" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
javac -d "$work" src/bench/Hello.java

measure() { # $1 = label, rest = command; prints milliseconds
  local stamp="$work/stamp" start="$work/start" socket="whoowns-bench-$$-$RANDOM"
  rm -f "$stamp" "$start"
  # A socket per run: a server that is still shutting down must not take the next session. The pane
  # outlives the program (sleep), or a hello world could end the server before new-session returns.
  tmux -L "$socket" -f /dev/null new-session -d -x 80 -y 24 \
    "export WHOOWNS_STAMP=$stamp TERM=xterm-256color LANG=C.UTF-8; date +%s%N > $start; ${*:2}; sleep 30"
  for _ in $(seq 1 300); do [ -s "$stamp" ] && break; sleep 0.01; done
  tmux -L "$socket" kill-server 2>/dev/null || true
  [ -s "$stamp" ] || { echo "no stamp from $1" >&2; exit 1; }
  echo $(( ($(cat "$stamp") - $(cat "$start")) / 1000 ))
}

hello=(); menu=()
for i in $(seq 1 "$runs"); do
  hello+=("$(measure hello java -cp "$work" Hello)")
  menu+=("$(measure whoowns java -jar "$jar")")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
mh=$(median "${hello[@]}"); mm=$(median "${menu[@]}")
echo "runs: $runs (alternating), times in microseconds"
echo "hello world:   ${hello[*]}"
echo "whoowns menu:  ${menu[*]}"
awk -v h="$mh" -v m="$mm" 'BEGIN {printf "median hello world %.1f ms, median first menu %.1f ms, ratio %.2f\n", h/1000, m/1000, m/h}'
